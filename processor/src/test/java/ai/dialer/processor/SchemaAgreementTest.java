package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.GraalJSRegularExpressionFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the generated validator agree, context by context, on what is
 * valid: a third-party 2020-12 validator (networknt, with format assertions on and patterns run on
 * an ECMA-262 engine, GraalJS, as JSON Schema has them) and the generated code run over the same
 * large corpus, and any disagreement fails the test with the context.
 */
class SchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final long SEED = Long.getLong("corpus.seed", 20261125L);
  private static final int CONTEXTS = Integer.getInteger("corpus.size", 20_000);

  @Test
  void schemaAndGeneratedValidatorAgreeOnEveryContext() throws Exception {
    // A plugin with actions: the action is chosen first, then the action's reader reads.
    agree(FixturePlugin.get("CalendarPlugin"), List.of("action"), CONTEXTS);
  }

  @Test
  void schemaAndGeneratedValidatorAgreeForAFormOfEveryType() throws Exception {
    agree(FixturePlugin.get("FormPlugin"), List.of(), CONTEXTS / 4);
  }

  @Test
  void eachActionsToolSchemaAgreesWithTheValidatorOfThatAction() throws Exception {
    FixturePlugin calendar = FixturePlugin.get("CalendarPlugin");
    for (var action : calendar.descriptor().actions()) {
      // A tool is one action: the server adds the action key the tool name stands for.
      agree(
          calendar,
          action.inputSchema(),
          context ->
              "{\"action\":\""
                  + action.name()
                  + "\""
                  + (context.equals("{}") ? "}" : "," + context.substring(1)),
          List.of(),
          CONTEXTS / 8);
    }
  }

  /**
   * Runs the schema and the plugin's generated validator over {@code contexts} contexts of a corpus
   * made from the schema and fails on any disagreement about accept or reject.
   */
  private static void agree(FixturePlugin plugin, List<String> extraKeys, int contexts)
      throws Exception {
    agree(plugin, plugin.descriptor().jsonSchema(), context -> context, extraKeys, contexts);
  }

  private static void agree(
      FixturePlugin plugin,
      String schemaText,
      java.util.function.UnaryOperator<String> toValidator,
      List<String> extraKeys,
      int contexts)
      throws Exception {
    JsonNode schemaJson = JSON.readTree(schemaText);
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                schemaJson,
                SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    // pattern as JSON Schema has it, ECMA 262, not java.util.regex (the default)
                    .regularExpressionFactory(GraalJSRegularExpressionFactory.getInstance())
                    .build());
    List<String> keys = new ArrayList<>(extraKeys);
    collectKeys(schemaJson, keys);

    SchemaCorpus corpus = new SchemaCorpus(schemaJson, SEED);
    int accepted = 0;
    int rejected = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < contexts; i++) {
      JsonNode made =
          i % 5 == 4 ? corpus.randomObject(keys) : corpus.context(i % 5 == 0 ? 0.0 : 0.8);
      // Both sides read the same text: the generated validator through the server's strict parser,
      // the schema validator through a mapper that keeps numbers exact (a plain one turns 1e400
      // into Infinity, on which the schema validator throws).
      String context = JSON.writeValueAsString(made);
      Set<ValidationMessage> schemaErrors =
          schema.validate(expandIntegers(EXACT.readTree(context)));
      boolean ours = made.isObject();
      try {
        if (ours) {
          plugin.validate(toValidator.apply(context));
        }
      } catch (InvalidContextException e) {
        ours = false;
      }
      if (ours != schemaErrors.isEmpty()) {
        disagreements.add(
            context
                + "\n  generated: "
                + (ours ? "accepts" : "rejects")
                + "\n  schema: "
                + (schemaErrors.isEmpty() ? "accepts" : schemaErrors));
      }
      if (ours) {
        accepted++;
      } else {
        rejected++;
      }
    }
    assertEquals(
        List.of(),
        disagreements.subList(0, Math.min(5, disagreements.size())),
        disagreements.size() + " disagreements in " + contexts + " contexts (seed " + SEED + ")");
    // A corpus that is all valid or all invalid would prove nothing.
    assertTrue(accepted > contexts / 10, "accepted " + accepted);
    assertTrue(rejected > contexts / 10, "rejected " + rejected);
  }

  /**
   * The same numbers, with integral values in exponent form ({@code 1E+358}) written out as
   * integers. networknt 1.5.9 skips {@code minimum}/{@code maximum} against an integral bound for
   * the exponent form (it accepts {@code 1E+358} under {@code "maximum": 2147483647}); JSON Schema
   * holds both forms to be one number, so this changes no verdict the specification gives.
   */
  private static JsonNode expandIntegers(JsonNode node) {
    if (node.isBigDecimal()) {
      BigDecimal value = node.decimalValue();
      boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
      if (integral && (long) value.precision() - value.scale() < 2000) {
        return BigIntegerNode.valueOf(value.toBigIntegerExact());
      }
      return node;
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        property.setValue(expandIntegers(property.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, expandIntegers(array.get(i)));
      }
    }
    return node;
  }

  /** Every property name anywhere in {@code schema}, once each, in the order met. */
  static void collectKeys(JsonNode schema, List<String> keys) {
    if (schema.isObject()) {
      JsonNode properties = schema.get("properties");
      if (properties != null) {
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          if (!keys.contains(property.getKey())) {
            keys.add(property.getKey());
          }
        }
      }
    }
    if (schema.isContainerNode()) {
      schema.forEach(child -> collectKeys(child, keys));
    }
  }
}
