package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.runtime.FastPath;
import ai.dialer.runtime.InvalidContextException;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated validator's fast path ({@code FastPath}, tried first on the request parser) and its
 * general reader answer every context the same: the same arguments, the same violations or the
 * same JSON error, and the parser left at the same place. Each context of a schema-driven corpus
 * is read both ways in several spellings (compact, indented, keys reversed, letters escaped, a key
 * repeated, bytes inserted, replaced or removed at random): through the request parser, and through
 * a delegate of it, which the fast path does not read, so that only the general reader does.
 */
class FastPathAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = Long.getLong("corpus.seed", 20261201L);
  private static final int CONTEXTS = Integer.getInteger("corpus.size", 4_000);
  private static final byte[] NOISE =
      "{}[]\",:\\019-.eEtnu \n\t\u0000\u007fa".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] NON_ASCII = {(byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0xFF};

  private static Method validate;
  private static Method readPlain;
  private static JsonNode schema;

  @BeforeAll
  static void compile() throws Exception {
    FormFixture form = FormFixture.get();
    validate = form.validate;
    readPlain = form.readPlain;
    schema = JSON.readTree(form.descriptor.jsonSchema());
  }

  @Test
  void fastPathAndGeneralReaderAgreeOnEveryContext() throws Exception {
    List<String> keys = new ArrayList<>();
    SchemaAgreementTest.collectKeys(schema, keys);
    SchemaCorpus corpus = new SchemaCorpus(schema, SEED);
    Random random = new Random(SEED);
    List<String> disagreements = new ArrayList<>();
    int read = 0;
    int fast = 0;
    int fastCompact = 0;
    int compact = 0;
    for (int i = 0; i < CONTEXTS; i++) {
      JsonNode context =
          i % 5 == 4 ? corpus.randomObject(keys) : corpus.context(i % 5 == 0 ? 0.0 : 0.5);
      List<byte[]> spellings = spellings(context, random);
      for (int s = 0; s < spellings.size(); s++) {
        byte[] envelope = envelope(spellings.get(s));
        String general = outcome(new JsonParserDelegate(Json.parser(envelope)));
        String withFastPath = outcome(Json.parser(envelope));
        if (!general.equals(withFastPath)) {
          disagreements.add(
              new String(envelope, StandardCharsets.UTF_8)
                  + "\n  general:   " + general + "\n  fast path: " + withFastPath);
        }
        String plain = readPlain(envelope);
        if (plain != null) {
          fast++;
          // What the fast path returns is exactly what the general reader returns.
          if (!general.startsWith("returned " + plain + " then")) {
            disagreements.add(
                new String(envelope, StandardCharsets.UTF_8)
                    + "\n  general:   " + general + "\n  fast path read: " + plain);
          }
        }
        if (s == 0) {
          compact++;
          if (plain != null) {
            fastCompact++;
          }
        }
        read++;
      }
    }
    assertEquals(
        List.of(),
        disagreements.subList(0, Math.min(5, disagreements.size())),
        disagreements.size() + " disagreements in " + read + " readings (seed " + SEED + ")");
    // The fast path must be taken, or the agreement above says nothing about it.
    // (About a third of the compact contexts are valid and plain; every valid one it misses has a
    // number such as 9.0 for an int, which only the general reader reads.)
    assertTrue(fastCompact > compact / 4, "fast path took " + fastCompact + " of " + compact);
    assertTrue(fast > read / 20, "fast path took " + fast + " of " + read);
    System.out.println("FastPathAgreementTest: " + read + " readings, the fast path took " + fast + " (" + fastCompact + " of " + compact + " compact)");
  }

  @Test
  void writtenOnlyForOneActionOfTypesItReadsAndAtMost64Keys() throws Exception {
    Compilation calendar = Fixtures.compile(JavaFileObjects.forResource("fixtures/CalendarPlugin.java"));
    assertThat(calendar).succeededWithoutWarnings();
    assertFalse(source(calendar, "CalendarPlugin_Validator").contains("FastPath"));
    Compilation decimal =
        Fixtures.compile(
            Fixtures.source(
                "test.PricePlugin",
                "package test;",
                "import ai.dialer.annotation.*;",
                "import javax.inject.Inject;",
                "@Plugin(description = \"Prices.\")",
                "public final class PricePlugin {",
                "  @Inject public PricePlugin() {}",
                "  public record Line(String item, double price) {}",
                "  @Action(description = \"Price.\")",
                "  public String price(@Param(description = \"Line.\") Line line) { return \"\"; }",
                "}"));
    assertThat(decimal).succeededWithoutWarnings();
    assertFalse(source(decimal, "PricePlugin_Validator").contains("FastPath"));
    // 64 keys fill the fast reader's bits of keys seen; one more and it is not written.
    Compilation widest = wide(64);
    assertTrue(source(widest, "WidePlugin_Validator").contains("FastPath.at(parser)"));
    Method widestReader =
        Fixtures.load(widest).loadClass("test.WidePlugin_Validator").getDeclaredMethod("readPlain", FastPath.class);
    widestReader.setAccessible(true);
    StringBuilder all = new StringBuilder("{");
    for (int i = 0; i < 64; i++) {
      all.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v").append(i).append('"');
    }
    String withoutLast = all.substring(0, all.lastIndexOf(",")) + "}";
    all.append('}');
    assertTrue(readWith(widestReader, all.toString()).contains("p63=v63"));
    assertEquals("null", readWith(widestReader, withoutLast)); // the 64th key is required too
    assertFalse(source(wide(65), "WidePlugin_Validator").contains("FastPath"));
    assertTrue(source(FormFixture.get().compilation, "FormPlugin_Validator").contains("FastPath.at(parser)"));
  }

  /** What {@code reader} (a generated readPlain) makes of {@code context}, "null" for a miss. */
  private static String readWith(Method reader, String context) throws Exception {
    try (JsonParser parser = Json.parser(context.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      return String.valueOf(reader.invoke(null, FastPath.at(parser)));
    }
  }

  /** A plugin of {@code keys} required string parameters, compiled. */
  private static Compilation wide(int keys) {
    StringBuilder parameters = new StringBuilder();
    for (int i = 0; i < keys; i++) {
      parameters.append(i == 0 ? "" : ", ").append("@Param(description = \"P.\") String p").append(i);
    }
    Compilation compilation =
        Fixtures.compile(
            Fixtures.source(
                "test.WidePlugin",
                "package test;",
                "import ai.dialer.annotation.*;",
                "import javax.inject.Inject;",
                "@Plugin(description = \"Wide.\")",
                "public final class WidePlugin {",
                "  @Inject public WidePlugin() {}",
                "  @Action(description = \"Take.\")",
                "  public String take(" + parameters + ") { return \"\"; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static String source(Compilation compilation, String simpleName) throws IOException {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.getName().endsWith("/" + simpleName + ".java")) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("no " + simpleName);
  }

  /** The context written several ways; the first is the compact one. */
  private static List<byte[]> spellings(JsonNode context, Random random)
      throws JsonProcessingException {
    List<byte[]> spellings = new ArrayList<>();
    String compact = JSON.writeValueAsString(context);
    spellings.add(compact.getBytes(StandardCharsets.UTF_8));
    spellings.add(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(context));
    if (context instanceof ObjectNode object) {
      ObjectNode reversed = JSON.createObjectNode();
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
      for (int i = members.size() - 1; i >= 0; i--) {
        reversed.set(members.get(i).getKey(), members.get(i).getValue());
      }
      spellings.add(JSON.writeValueAsBytes(reversed));
      if (compact.length() > 2) {
        // A key repeated at the end: the parser refuses it, however each reader reads keys.
        String key = object.fieldNames().hasNext() ? object.fieldNames().next() : "title";
        spellings.add(
            (compact.substring(0, compact.length() - 1) + ",\"" + key + "\":1}")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    spellings.add(compact.replace("a", "\\u0061").getBytes(StandardCharsets.UTF_8));
    for (int k = 0; k < 3; k++) {
      spellings.add(mutate(compact.getBytes(StandardCharsets.UTF_8), random));
    }
    return spellings;
  }

  /** One byte inserted, replaced or removed somewhere. */
  private static byte[] mutate(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    byte noise =
        random.nextInt(6) == 0
            ? NON_ASCII[random.nextInt(NON_ASCII.length)]
            : NOISE[random.nextInt(NOISE.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    switch (random.nextInt(3)) {
      case 0 -> {
        out.write(noise);
        out.write(bytes, at, bytes.length - at);
      }
      case 1 -> {
        out.write(noise);
        out.write(bytes, Math.min(at + 1, bytes.length), bytes.length - Math.min(at + 1, bytes.length));
      }
      default -> out.write(bytes, Math.min(at + 1, bytes.length), bytes.length - Math.min(at + 1, bytes.length));
    }
    return out.toByteArray();
  }

  /** The context as the server meets it: inside an envelope, with more to read after it. */
  private static byte[] envelope(byte[] context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"context\": ".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(context);
    out.writeBytes(", \"after\": [true, {\"k\": 1}]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /**
   * What reading the context does: the arguments and every token after it, the violations, or
   * the JSON error, from wherever it came.
   */
  private static String outcome(JsonParser parser) {
    StringBuilder outcome = new StringBuilder();
    try (parser) {
      parser.nextToken();
      parser.nextToken();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return "no object: " + parser.currentToken();
      }
      Object arguments = validate.invoke(null, parser);
      outcome.append("returned ").append(arguments).append(" then");
      for (JsonToken token; (token = parser.nextToken()) != null; ) {
        outcome.append(' ').append(token).append(' ').append(parser.getText());
      }
      return outcome.toString();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidContextException invalid) {
        return outcome + "invalid " + invalid.violations();
      }
      if (e.getCause() instanceof JsonProcessingException malformed) {
        return outcome + "malformed " + malformed.getOriginalMessage();
      }
      throw new AssertionError(e.getCause());
    } catch (JsonProcessingException e) {
      return outcome + "malformed " + e.getOriginalMessage();
    } catch (IOException | IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The arguments the fast path alone reads from the envelope's context, or null for a miss. */
  private static String readPlain(byte[] envelope) throws Exception {
    try (JsonParser parser = Json.parser(envelope)) {
      parser.nextToken();
      parser.nextToken();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object arguments = readPlain.invoke(null, FastPath.at(parser));
      return arguments == null ? null : arguments.toString();
    } catch (JsonProcessingException e) {
      return null; // the envelope broke before the context
    }
  }
}
