package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/tools?format=…} for each model provider, each tool checked against the rules the
 * provider documents, written here independently of the code that produces the exports.
 */
class ToolExportsTest {
  private static final List<String> TOOLS =
      List.of(
          "CalendarPlugin_add",
          "CalendarPlugin_list",
          "CalendarPlugin_delete",
          "DatabasePlugin_save",
          "DatabasePlugin_query",
          "FilePlugin_read",
          "FilePlugin_write",
          "FilePlugin_list",
          "FilePlugin_delete",
          "HttpApiPlugin",
          "NoteTakerPlugin_add",
          "NoteTakerPlugin_list",
          "NoteTakerPlugin_delete",
          "NotesSummaryPlugin",
          "SummarizerPlugin",
          "TranslatorPlugin",
          "WeatherPlugin"); // the code executor is off by default, so not a tool

  /** OpenAI, Anthropic: "^[a-zA-Z0-9_-]{1,64}$". Gemini also starts with a letter or underscore. */
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private static final Pattern GEMINI_NAME = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_.-]{0,63}$");

  /** What OpenAI's strict mode (Structured Outputs) supports. */
  private static final Set<String> OPENAI_STRICT =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "enum",
          "const",
          "anyOf",
          "$ref",
          "$defs",
          "description",
          "pattern",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minItems",
          "maxItems");

  /** The fields of Gemini's Schema object (an OpenAPI 3.0 subset). */
  private static final Set<String> GEMINI_SCHEMA =
      Set.of(
          "type",
          "format",
          "title",
          "description",
          "nullable",
          "enum",
          "maxItems",
          "minItems",
          "properties",
          "required",
          "minProperties",
          "maxProperties",
          "minLength",
          "maxLength",
          "pattern",
          "example",
          "anyOf",
          "propertyOrdering",
          "default",
          "items",
          "minimum",
          "maximum");

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static JsonNode export(String format) {
    TestServer.Response response = server.get("/api/tools?format=" + format);
    assertEquals(200, response.status(), response.raw().body());
    assertEquals(format, response.json().get("format").asText());
    return response.json().get("tools");
  }

  private static void assertObjectRoot(JsonNode schema, String tool) {
    assertEquals("object", schema.path("type").asText(), tool + ": " + schema);
    for (String combinator : List.of("anyOf", "oneOf", "allOf", "not", "enum")) {
      assertFalse(schema.has(combinator), tool + " has " + combinator + " at its root");
    }
  }

  @Test
  void openAiChatCompletions() {
    List<String> names = new ArrayList<>();
    for (JsonNode tool : export("openai")) {
      assertEquals("function", tool.get("type").asText());
      JsonNode function = tool.get("function");
      String name = function.get("name").asText();
      names.add(name);
      assertTrue(NAME.matcher(name).matches(), name);
      assertFalse(function.get("description").asText().isBlank());
      assertObjectRoot(function.get("parameters"), name);
      if (function.get("strict").asBoolean()) {
        assertStrict(function.get("parameters"), name);
      }
    }
    assertEquals(TOOLS, names);
    // the summariser's "text or conversation" is in its description, in words
    JsonNode summarizer = export("openai").get(TOOLS.indexOf("SummarizerPlugin")).get("function");
    assertTrue(
        summarizer
            .get("description")
            .asText()
            .endsWith("Give at least one of: text, conversation."),
        summarizer.toString());
  }

  @Test
  void openAiResponses() {
    List<String> names = new ArrayList<>();
    for (JsonNode tool : export("openai-responses")) {
      assertEquals("function", tool.get("type").asText());
      String name = tool.get("name").asText();
      names.add(name);
      assertTrue(NAME.matcher(name).matches(), name);
      assertObjectRoot(tool.get("parameters"), name);
      if (tool.get("strict").asBoolean()) {
        assertStrict(tool.get("parameters"), name);
      }
    }
    assertEquals(TOOLS, names);
    assertTrue(
        export("openai-responses").findValues("strict").stream().anyMatch(JsonNode::asBoolean),
        "a schema that fits strict mode is exported strict");
  }

  /** Strict mode: every object closed with every key required, and only what it supports. */
  private static void assertStrict(JsonNode schema, String tool) {
    if (schema.isArray()) {
      schema.forEach(item -> assertStrict(item, tool));
      return;
    }
    if (!schema.isObject()) {
      return;
    }
    schema
        .fieldNames()
        .forEachRemaining(
            keyword ->
                assertTrue(OPENAI_STRICT.contains(keyword), tool + " strict with " + keyword));
    if (schema.has("properties")) {
      assertEquals(false, schema.get("additionalProperties").asBoolean(true), tool);
      List<String> keys = new ArrayList<>();
      schema.get("properties").fieldNames().forEachRemaining(keys::add);
      List<String> required = new ArrayList<>();
      schema.get("required").forEach(key -> required.add(key.asText()));
      assertEquals(keys, required, tool + ": strict mode requires every key");
      schema.get("properties").forEach(property -> assertStrict(property, tool));
    }
    for (String nested : List.of("items", "anyOf")) {
      if (schema.has(nested)) {
        assertStrict(schema.get(nested), tool);
      }
    }
    if (schema.has("$defs")) {
      schema.get("$defs").forEach(def -> assertStrict(def, tool));
    }
  }

  @Test
  void anthropic() {
    List<String> names = new ArrayList<>();
    for (JsonNode tool : export("anthropic")) {
      String name = tool.get("name").asText();
      names.add(name);
      assertTrue(NAME.matcher(name).matches(), name);
      assertObjectRoot(tool.get("input_schema"), name);
      assertEquals(Set.of("name", "description", "input_schema"), fields(tool));
    }
    assertEquals(TOOLS, names);
  }

  @Test
  void gemini() {
    JsonNode tools = export("gemini");
    assertEquals(1, tools.size());
    List<String> names = new ArrayList<>();
    for (JsonNode declaration : tools.get(0).get("functionDeclarations")) {
      String name = declaration.get("name").asText();
      names.add(name);
      assertTrue(GEMINI_NAME.matcher(name).matches(), name);
      assertObjectRoot(declaration.get("parameters"), name);
      assertGeminiSchema(declaration.get("parameters"), name);
    }
    assertEquals(TOOLS, names);
  }

  private static void assertGeminiSchema(JsonNode schema, String tool) {
    schema
        .fieldNames()
        .forEachRemaining(
            keyword ->
                assertTrue(
                    GEMINI_SCHEMA.contains(keyword), tool + " has " + keyword + ": " + schema));
    assertTrue(
        Set.of("string", "number", "integer", "boolean", "array", "object")
            .contains(schema.path("type").asText("object")),
        tool + ": " + schema);
    if (schema.has("properties")) {
      schema.get("properties").forEach(property -> assertGeminiSchema(property, tool));
    }
    if (schema.has("items")) {
      assertGeminiSchema(schema.get("items"), tool);
    }
    if (schema.has("anyOf")) {
      schema.get("anyOf").forEach(branch -> assertGeminiSchema(branch, tool));
    }
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void anUnknownOrMissingFormatIsA400ListingTheFormats() {
    for (String query : List.of("", "?format=claude")) {
      TestServer.Response response = server.get("/api/tools" + query);
      assertEquals(400, response.status());
      assertTrue(
          response
              .json()
              .get("error")
              .asText()
              .contains("openai, openai-responses, anthropic, gemini"),
          response.raw().body());
    }
  }
}
