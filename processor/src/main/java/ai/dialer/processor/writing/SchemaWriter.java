package ai.dialer.processor.writing;

import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.model.ValueType.VoidType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plugin's context as a JSON Schema (2020-12) document at compile time, saying exactly
 * what the generated validator accepts: types, ranges, constraints, formats, which keys are
 * required and (unless the plugin ignores them) that no other key is allowed. Records become {@code
 * $defs}, so a record that contains itself stays finite; a plugin with several actions is a {@code
 * oneOf} keyed by the {@code action} constant.
 */
public final class SchemaWriter {
  /** What the runtime's {@code Read.LOCAL_TIME_PATTERN} accepts. */
  private static final String LOCAL_TIME_PATTERN =
      "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two spaces an indent, one value a line, {@code "key": value}: for a person reading it. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayValueSpacing(Separators.Spacing.NONE)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""));

  private final ObjectNode defs = JSON.createObjectNode();
  private final boolean closed;

  /** Whether records are written as results are: every key present, any reference may be null. */
  private final boolean results;

  private SchemaWriter(boolean closed, boolean results) {
    this.closed = closed;
    this.results = results;
  }

  /**
   * An action as a tool: the schema of its arguments alone (no {@code action} key) and of its
   * result as an object ({@code wrapped} in {@code {"result": …}} unless it is a record), or null.
   */
  public record ToolSchemas(String input, String output, boolean wrapped) {}

  /** Each action's {@link ToolSchemas}, in action order. */
  public static List<ToolSchemas> tools(PluginModel plugin) {
    List<ToolSchemas> tools = new ArrayList<>();
    for (ActionModel action : plugin.actions()) {
      SchemaWriter in = new SchemaWriter(!plugin.ignoreUnknownKeys(), false);
      ObjectNode input = in.object(action.parameters());
      keyGroups(input, action.keyGroups());
      if (!action.description().isEmpty()) {
        input.put("description", action.description());
      }
      if (!in.defs.isEmpty()) {
        input.set("$defs", in.defs);
      }
      ObjectNode output = null;
      boolean wrapped = !(action.result() instanceof RecordType);
      if (!(action.result() instanceof VoidType)) {
        SchemaWriter out = new SchemaWriter(false, true);
        if (wrapped) {
          output = JSON.createObjectNode().put("type", "object");
          output.putObject("properties").set("result", out.resultSchema(action.result()));
          output.putArray("required").add("result");
        } else {
          output = out.object(((RecordType) action.result()).fields());
        }
        if (!out.defs.isEmpty()) {
          output.set("$defs", out.defs);
        }
      }
      tools.add(new ToolSchemas(print(input), output == null ? null : print(output), wrapped));
    }
    return tools;
  }

  /** A result's schema: a reference (not a primitive) may be null. */
  private ObjectNode resultSchema(ValueType type) {
    ObjectNode schema = schema(type);
    boolean primitive = type instanceof Scalar scalar && scalar.primitive();
    return primitive ? schema : orNull(schema);
  }

  private static String print(ObjectNode schema) {
    try {
      return JSON.writer(PRETTY).writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String write(PluginModel plugin) {
    SchemaWriter writer = new SchemaWriter(!plugin.ignoreUnknownKeys(), false);
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", plugin.name());
    schema.put("description", plugin.description());
    if (plugin.hasActions()) {
      ArrayNode oneOf = schema.putArray("oneOf");
      for (ActionModel action : plugin.actions()) {
        ObjectNode branch = writer.object(action.parameters());
        keyGroups(branch, action.keyGroups());
        if (!action.description().isEmpty()) {
          branch.put("description", action.description());
        }
        ObjectNode properties = (ObjectNode) branch.get("properties");
        ObjectNode actionKey = JSON.createObjectNode();
        if (action.isDefault()) {
          // As for every optional key, null means absent: the default action.
          actionKey.putArray("enum").add(action.name()).addNull();
        } else {
          actionKey.put("const", action.name());
        }
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set("action", actionKey);
        reordered.setAll(properties);
        branch.set("properties", reordered);
        if (!action.isDefault()) {
          ArrayNode required =
              branch.has("required")
                  ? (ArrayNode) branch.get("required")
                  : branch.putArray("required");
          required.insert(0, "action");
        }
        oneOf.add(branch);
      }
    } else {
      ObjectNode object = writer.object(plugin.actions().get(0).parameters());
      keyGroups(object, plugin.actions().get(0).keyGroups());
      schema.setAll(object);
    }
    if (!writer.defs.isEmpty()) {
      schema.set("$defs", writer.defs);
    }
    try {
      return JSON.writer(PRETTY).writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code @RequireAnyOf} as an {@code anyOf}, {@code @RequireOneOf} as a {@code oneOf}, of
   * branches that each require one key, not null (null means absent, as for every optional key);
   * both, under {@code allOf}.
   */
  private static void keyGroups(ObjectNode object, List<ActionModel.KeyGroup> groups) {
    List<ObjectNode> rules = new ArrayList<>();
    for (ActionModel.KeyGroup group : groups) {
      ObjectNode rule = JSON.createObjectNode();
      ArrayNode branches = rule.putArray(group.exactlyOne() ? "oneOf" : "anyOf");
      for (String key : group.keys()) {
        ObjectNode branch = branches.addObject();
        branch.putArray("required").add(key);
        branch.putObject("properties").putObject(key).putObject("not").put("type", "null");
      }
      rules.add(rule);
    }
    if (rules.size() == 1) {
      object.setAll(rules.get(0));
    } else if (rules.size() > 1) {
      object.putArray("allOf").addAll(rules);
    }
  }

  private ObjectNode object(Iterable<FieldModel> fields) {
    ObjectNode object = JSON.createObjectNode();
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    for (FieldModel field : fields) {
      if (results) {
        ObjectNode property = resultSchema(field.type());
        if (!field.description().isEmpty()) {
          property.put("description", field.description());
        }
        properties.set(field.wireName(), property);
        required.add(field.wireName());
        continue;
      }
      ObjectNode property = schema(field.type());
      constrain(property, field.constraints());
      if (!field.required()) {
        property = orNull(property);
      }
      if (!field.description().isEmpty()) {
        property.put("description", field.description());
      }
      if (field.defaultJson() != null) {
        property.set("default", parse(field.defaultJson()));
      }
      if (!field.examplesJson().isEmpty()) {
        ArrayNode examples = property.putArray("examples");
        field.examplesJson().forEach(example -> examples.add(parse(example)));
      }
      if (field.required()) {
        required.add(field.wireName());
      }
      properties.set(field.wireName(), property);
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    if (closed) {
      object.put("additionalProperties", false);
    }
    return object;
  }

  private static void constrain(ObjectNode schema, Constraints c) {
    if (c.minimum() != null) {
      schema.put(c.minimumExclusive() ? "exclusiveMinimum" : "minimum", number(c.minimum()));
    }
    if (c.maximum() != null) {
      schema.put(c.maximumExclusive() ? "exclusiveMaximum" : "maximum", number(c.maximum()));
    }
    if (c.minLength() != null) {
      schema.put("minLength", c.minLength());
    }
    if (c.maxLength() != null) {
      schema.put("maxLength", c.maxLength());
    }
    if (c.pattern() != null) {
      schema.put("pattern", c.pattern());
    }
    if (c.format() != null) {
      schema.put("format", c.format());
    }
    if (!c.allowedValues().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      c.allowedValues().forEach(values::add);
    }
    if (c.minItems() != null) {
      schema.put("minItems", c.minItems());
    }
    if (c.maxItems() != null) {
      schema.put("maxItems", c.maxItems());
    }
    if (c.uniqueItems()) {
      schema.put("uniqueItems", true);
    }
  }

  private static BigDecimal number(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** An optional key may be null, which means the same as absent. */
  private static ObjectNode orNull(ObjectNode property) {
    ObjectNode either = JSON.createObjectNode();
    either.putArray("anyOf").add(property).add(JSON.createObjectNode().put("type", "null"));
    return either;
  }

  private ObjectNode schema(ValueType type) {
    ObjectNode schema = JSON.createObjectNode();
    if (type instanceof Scalar scalar && scalar.kind() == ValueType.ScalarKind.JSON) {
      return schema; // any JSON value: no constraint at all
    }
    if (type instanceof Scalar scalar) {
      schema.put("type", scalar.jsonType());
      switch (scalar.kind()) {
        case INT -> schema.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        case LONG -> schema.put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        case DATE -> schema.put("format", "date");
        case TIME -> schema.put("pattern", LOCAL_TIME_PATTERN);
        case DATE_TIME, INSTANT -> schema.put("format", "date-time");
        default -> {}
      }
    } else if (type instanceof EnumType enumType) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      enumType.wireValues().forEach(values::add);
    } else if (type instanceof ListType list) {
      schema.put("type", "array");
      schema.set("items", schema(list.element()));
    } else if (type instanceof MapType map) {
      schema.put("type", "object");
      schema.set("additionalProperties", schema(map.value()));
    } else if (type instanceof OptionalType optional) {
      return schema(optional.element());
    } else if (type instanceof RecordType record) {
      String name = String.join(".", record.typeName().simpleNames());
      if (!defs.has(name)) {
        defs.putObject(name);
        defs.set(name, object(record.fields()));
      }
      schema.put("$ref", "#/$defs/" + name);
    }
    return schema;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Canonical default is not JSON: " + json, e);
    }
  }
}
