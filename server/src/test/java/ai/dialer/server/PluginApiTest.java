package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ParameterSpec;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.server.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint and every status of the API, over a real socket to the real server. */
class PluginApiTest {
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

  /** The uniform failure shape, and the server still serving afterwards. */
  static JsonNode assertError(Response response, int status, String code) {
    assertEquals(status, response.status(), response.json().toString());
    assertFalse(response.json().get("success").asBoolean());
    assertEquals(code, response.json().get("code").asText(), response.json().toString());
    assertTrue(response.json().get("error").asText().length() > 5);
    assertFalse(response.raw().body().contains("\tat "), "no stack trace in a body");
    assertTrue(response.header("Content-Type").startsWith("application/json"));
    assertEquals(response.header("X-Request-Id"), response.json().get("request_id").asText());
    assertEquals(200, server.get("/api/plugins").status(), "the server keeps serving");
    return response.json();
  }

  @Test
  void theListingShowsTheValuesAParameterTakes(@TempDir Path dir) throws Exception {
    PluginDescriptor descriptor =
        new PluginDescriptor(
            "Weather",
            "The weather.",
            List.of(
                new ActionDescriptor(
                    "",
                    true,
                    "",
                    List.of(
                        new ParameterSpec(
                            "units",
                            "string",
                            "Units.",
                            false,
                            "\"metric\"",
                            List.of("metric", "imperial")),
                        new ParameterSpec("city", "string", "A city.", true, null)))),
            "{}",
            TestPlugins.policy(1_000, 1));
    PluginInvoker plugin =
        new PluginInvoker() {
          @Override
          public PluginDescriptor descriptor() {
            return descriptor;
          }

          @Override
          public Call prepare(ai.dialer.runtime.ContextJson context) {
            return () -> TestPlugins.value("sunny");
          }
        };
    try (TestServer weather = TestServer.start(dir, TestPlugins.registry(plugin))) {
      JsonNode parameters =
          weather.get("/api/plugins").json().get("plugins").get(0).get("parameters");
      assertEquals("[\"metric\",\"imperial\"]", parameters.get(0).get("enum").toString());
      assertFalse(parameters.get(1).has("enum"), "a free string lists no values");
      assertEquals(parameters, weather.get("/api/plugins/Weather").json().get("parameters"));
    }
  }

  @Test
  void listsEveryShippedPluginWithItsParameters() {
    Response response = server.get("/api/plugins");
    assertEquals(200, response.status());
    JsonNode plugins = response.json().get("plugins");
    assertEquals(10, response.json().get("count").asInt());
    assertEquals(10, plugins.size());
    List<String> names = new ArrayList<>();
    plugins.forEach(p -> names.add(p.get("name").asText()));
    assertEquals(
        List.of(
            "CalendarPlugin",
            "CodeExecutorPlugin",
            "DatabasePlugin",
            "FilePlugin",
            "HttpApiPlugin",
            "NoteTakerPlugin",
            "NotesSummaryPlugin",
            "SummarizerPlugin",
            "TranslatorPlugin",
            "WeatherPlugin"),
        names);
    for (JsonNode plugin : plugins) {
      // The code executor runs code: off until an operator turns it on.
      assertEquals(
          !plugin.get("name").asText().equals("CodeExecutorPlugin"),
          plugin.get("enabled").asBoolean(),
          plugin.get("name").asText());
      assertFalse(plugin.get("description").asText().isBlank());
      assertTrue(plugin.get("parameters").isArray());
    }
    JsonNode translator = plugins.get(8).get("parameters");
    assertEquals("text", translator.get(0).get("name").asText());
    assertTrue(translator.get(0).get("required").asBoolean());
    assertEquals("source_language", translator.get(2).get("name").asText());
    assertEquals("auto", translator.get(2).get("default").asText());
  }

  @Test
  void trailingSlashListsTheSameWithoutARedirect() {
    Response slash = server.get("/api/plugins/");
    assertEquals(200, slash.status());
    assertEquals(server.get("/api/plugins").json(), slash.json());
  }

  @Test
  void describesOnePluginWithItsSchema() {
    Response response = server.get("/api/plugins/NoteTakerPlugin");
    assertEquals(200, response.status());
    JsonNode plugin = response.json();
    assertEquals("NoteTakerPlugin", plugin.get("name").asText());
    assertEquals(3, plugin.get("actions").size());
    assertEquals("add", plugin.get("actions").get(0).get("name").asText());
    JsonNode schema = plugin.get("schema");
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(3, schema.get("oneOf").size());
  }

  @Test
  void unknownPluginIs404() {
    JsonNode body = assertError(server.get("/api/plugins/NoSuchPlugin"), 404, "plugin_not_found");
    assertTrue(body.get("error").asText().contains("NoteTakerPlugin"), "lists the known plugins");
    assertError(server.invoke("{\"plugin\":\"NoSuchPlugin\"}"), 404, "plugin_not_found");
  }

  @Test
  void unknownPathIs404() {
    assertError(server.get("/api/nothing"), 404, "not_found");
    assertError(server.get("/api/plugins/a/b"), 404, "not_found");
  }

  @Test
  void wrongMethodIs405WithAllow() {
    Response post = server.post("/api/plugins", "{}", "application/json");
    assertError(post, 405, "method_not_allowed");
    assertEquals("GET", post.header("Allow"));
    Response get = server.get("/api/plugins/invoke");
    assertError(get, 405, "method_not_allowed");
    assertEquals("POST", get.header("Allow"));
    Response delete =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/plugins/NoteTakerPlugin")).DELETE().build());
    assertError(delete, 405, "method_not_allowed");
    assertEquals("GET", delete.header("Allow"));
  }

  @Test
  void malformedJsonIs400() {
    assertError(server.invoke("{\"plugin\": "), 400, "malformed_json");
    assertError(server.invoke(""), 400, "malformed_json");
    assertError(server.invoke("{\"plugin\":\"SummarizerPlugin\"} {}"), 400, "malformed_json");
    assertError(server.invoke("{\"plugin\":\"A\",\"plugin\":\"B\"}"), 400, "malformed_json");
    assertError(
        server.invoke("{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"a\",}}"),
        400,
        "malformed_json");
    assertError(
        server.invoke("{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":01}}"),
        400,
        "malformed_json");
  }

  @Test
  void invalidUtf8IsMalformedInput() throws Exception {
    byte[] body =
        "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"\u00ff\"}}"
            .getBytes(StandardCharsets.ISO_8859_1);
    String[] response =
        server.raw(TestServer.rawPost("/api/plugins/invoke", body, "application/json"));
    assertTrue(response[0].contains(" 400 "), response[0]);
    JsonNode json = TestServer.JSON.readTree(response[1]);
    assertEquals("malformed_json", json.get("code").asText());
    assertTrue(json.get("error").asText().contains("UTF-8"));
  }

  @Test
  void badEnvelopeIs400() {
    assertError(server.invoke("[1, 2]"), 400, "invalid_request");
    assertError(server.invoke("\"text\""), 400, "invalid_request");
    assertError(server.invoke("{}"), 400, "invalid_request");
    assertError(server.invoke("{\"plugin\": null}"), 400, "invalid_request");
    assertError(server.invoke("{\"plugin\": 42}"), 400, "invalid_request");
    assertError(
        server.invoke("{\"plugin\": \"SummarizerPlugin\", \"context\": [1]}"),
        400,
        "invalid_request");
  }

  @Test
  void missingKeysReadAsTheOriginal() {
    JsonNode body =
        assertError(
            server.invoke("{\"plugin\":\"TranslatorPlugin\",\"context\":{}}"),
            400,
            "invalid_context");
    assertEquals("Missing required keys: text, target_language", body.get("error").asText());
    JsonNode violations = body.get("violations");
    assertEquals(2, violations.size());
    assertEquals("text", violations.get(0).get("field").asText());
    assertEquals("/text", violations.get(0).get("path").asText());
    assertEquals("missing", violations.get(0).get("code").asText());
  }

  @Test
  void absentContextMeansEmpty() {
    JsonNode body =
        assertError(server.invoke("{\"plugin\":\"TranslatorPlugin\"}"), 400, "invalid_context");
    assertEquals("Missing required keys: text, target_language", body.get("error").asText());
  }

  @Test
  void everyViolationIsListedAndNullIsNotAValue() {
    JsonNode body =
        assertError(
            server.invoke(
                "{\"plugin\":\"NoteTakerPlugin\",\"context\":"
                    + "{\"content\":null,\"user_id\":7,\"tags\":[\"a\",null,3]}}"),
            400,
            "invalid_context");
    List<String> seen = new ArrayList<>();
    body.get("violations")
        .forEach(v -> seen.add(v.get("path").asText() + " " + v.get("code").asText()));
    assertEquals(List.of("/content null", "/user_id type", "/tags/1 null", "/tags/2 type"), seen);
  }

  @Test
  void integersDoNotTruncateOrOverflow() {
    for (String maxLength : List.of("2.5", "1e400", "123456789012345678901", "\"10\"")) {
      JsonNode body =
          assertError(
              server.invoke(
                  "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"Hello there.\","
                      + "\"max_length\":"
                      + maxLength
                      + "}}"),
              400,
              "invalid_context");
      assertEquals("/max_length", body.get("violations").get(0).get("path").asText(), maxLength);
    }
  }

  @Test
  void bodyOverTheLimitIs413(@TempDir Path otherDir) throws Exception {
    try (TestServer small =
        TestServer.start(
            TestServer.settings(otherDir, 64, ai.dialer.plugins.llm.ChatBackendSettings.none()))) {
      String big =
          "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"" + "a ".repeat(100) + "\"}}";
      Response declared = small.invoke(big);
      assertEquals(413, declared.status());
      assertEquals("payload_too_large", declared.json().get("code").asText());
      // Chunked: no Content-Length to refuse up front, so the limit applies while reading.
      Response chunked =
          small.send(
              HttpRequest.newBuilder(small.uri("/api/plugins/invoke"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () ->
                              new java.io.ByteArrayInputStream(
                                  big.getBytes(StandardCharsets.UTF_8))))
                  .build());
      assertEquals(413, chunked.status());
      assertEquals(200, small.get("/api/plugins").status());
    }
  }

  @Test
  void nonJsonContentTypeIs415() {
    assertError(
        server.post(
            "/api/plugins/invoke", "plugin=NoteTakerPlugin", "application/x-www-form-urlencoded"),
        415,
        "unsupported_media_type");
    assertError(
        server.post("/api/plugins/invoke", "{}", "application/json; charset=iso-8859-1"),
        415,
        "unsupported_media_type");
    Response utf8 =
        server.post(
            "/api/plugins/invoke",
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"Short.\"}}",
            "application/json; charset=UTF-8");
    assertEquals(200, utf8.status());
  }

  @Test
  void requestIdIsTakenFromTheClient() {
    Response response =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/plugins"))
                .header("X-Request-Id", "call-42")
                .GET()
                .build());
    assertEquals("call-42", response.header("X-Request-Id"));
  }

  @Test
  void noteTakerSavesListsAndDeletesWithIdsThatNeverRepeat() {
    Response saved =
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":"
                + "{\"content\":\"Call Bob back\",\"user_id\":\"ann\",\"tags\":[\"todo\"]}}");
    assertEquals(200, saved.status(), saved.json().toString());
    assertTrue(saved.json().get("success").asBoolean());
    assertEquals("NoteTakerPlugin", saved.json().get("plugin").asText());
    JsonNode result = saved.json().get("result");
    assertEquals("Note saved successfully", result.get("message").asText());
    assertEquals(1, result.get("total_notes").asInt());
    JsonNode note = result.get("note");
    assertEquals("Call Bob back", note.get("content").asText());
    assertEquals("ann", note.get("user_id").asText());
    assertEquals("todo", note.get("tags").get(0).asText());
    assertNotNull(java.time.Instant.parse(note.get("timestamp").asText()));
    long firstId = note.get("id").asLong();

    Response listed =
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"list\",\"user_id\":\"ann\"}}");
    assertEquals(1, listed.json().get("result").get("count").asInt());

    Response deleted =
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"delete\",\"user_id\":\"ann\","
                + "\"note_id\":"
                + firstId
                + "}}");
    assertEquals(200, deleted.status());
    assertTrue(deleted.json().get("result").get("deleted").asBoolean());
    assertError(
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"delete\",\"user_id\":\"ann\","
                + "\"note_id\":"
                + firstId
                + "}}"),
        400,
        "invalid_context");

    Response again =
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"Again\",\"user_id\":\"ann\"}}");
    assertTrue(again.json().get("result").get("note").get("id").asLong() > firstId);
    assertEquals(1, again.json().get("result").get("total_notes").asInt());
  }

  @Test
  void unknownActionListsTheValidOnes() {
    JsonNode body =
        assertError(
            server.invoke("{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"purge\"}}"),
            400,
            "invalid_context");
    String message = body.get("violations").get(0).get("message").asText();
    assertTrue(message.contains("\"add\", \"list\", \"delete\""), message);
  }

  @Test
  void summarizerAnswersTheOriginalFieldsAndRefusesBlankText() {
    Response response =
        server.invoke(
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"conversation\":["
                + "{\"role\":\"user\",\"content\":\"I need to move my dentist appointment to Friday.\"},"
                + "{\"role\":\"assistant\",\"content\":\"Sure. Friday at ten is free. Shall I book it?\"},"
                + "{\"role\":\"user\",\"content\":\"Yes, book Friday at ten.\"}],\"max_length\":12}}");
    assertEquals(200, response.status(), response.json().toString());
    JsonNode result = response.json().get("result");
    assertTrue(result.get("summary_length").asInt() <= 12);
    assertTrue(result.get("summary").asText().length() > 10);
    assertEquals(24, result.get("original_length").asInt());
    assertTrue(result.get("compression_ratio").asText().matches("\\d+\\.\\d%"));

    assertError(
        server.invoke("{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"   \"}}"),
        400,
        "invalid_context");
    JsonNode neither =
        assertError(server.invoke("{\"plugin\":\"SummarizerPlugin\"}"), 400, "invalid_context");
    assertEquals("one_of_required", neither.get("violations").get(0).get("code").asText());
  }

  @Test
  void translatorWithoutBackendAnswersThePhrasebookOrSaysHowToConfigure() {
    Response known =
        server.invoke(
            "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Good morning!\",\"target_language\":\"German\"}}");
    assertEquals(200, known.status());
    assertEquals("guten Morgen", known.json().get("result").get("translated_text").asText());
    assertEquals("de", known.json().get("result").get("target_language").asText());
    assertEquals("Good morning!", known.json().get("result").get("original_text").asText());

    JsonNode unknown =
        assertError(
            server.invoke(
                "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Where is the station?\",\"target_language\":\"es\"}}"),
            503,
            "translation_backend_not_configured");
    assertTrue(unknown.get("error").asText().contains("OPENAI_BASE_URL"));

    assertError(
        server.invoke(
            "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"hello\",\"target_language\":\"Klingon\"}}"),
        400,
        "invalid_context");
  }

  @Test
  void notesSummaryUsesTheOtherTwoPlugins() {
    server.invoke(
        "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"The client wants the quote by Monday\",\"user_id\":\"sam\"}}");
    server.invoke(
        "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"Send the quote to the client's finance team.\",\"user_id\":\"sam\"}}");
    Response response =
        server.invoke("{\"plugin\":\"NotesSummaryPlugin\",\"context\":{\"user_id\":\"sam\"}}");
    assertEquals(200, response.status(), response.json().toString());
    JsonNode result = response.json().get("result");
    assertEquals(2, result.get("note_count").asInt());
    assertTrue(result.get("summary").asText().contains("quote"));
    assertNull(result.get("tag"));
  }

  @Test
  void violationsCarryPointersExpectedAndActualValuesAndSuggestions() {
    JsonNode body =
        assertError(
            server.invoke(
                "{\"plugin\":\"SummarizerPlugin\",\"context\":"
                    + "{\"txt\":\"Hello.\",\"max_length\":0,\"conversation\":[{\"role\":\"user\"}]}}"),
            400,
            "invalid_context");
    JsonNode violations = body.get("violations");
    List<String> seen = new ArrayList<>();
    violations.forEach(v -> seen.add(v.get("path").asText() + " " + v.get("code").asText()));
    // In the order the keys were sent.
    assertEquals(
        List.of("/txt unknown", "/max_length minimum", "/conversation/0/content missing"), seen);
    JsonNode minimum = violations.get(1);
    assertEquals(">= 1", minimum.get("expected").asText());
    assertEquals("0", minimum.get("actual").asText());
    String unknown = violations.get(0).get("message").asText();
    assertTrue(unknown.contains("did you mean \"text\"?"), unknown);
    assertTrue(unknown.contains("Allowed keys: text, conversation, max_length."), unknown);
  }

  @Test
  void theSchemaCarriesTheConstraints() {
    JsonNode schema = server.get("/api/plugins/SummarizerPlugin").json().get("schema");
    JsonNode maxLength = schema.get("properties").get("max_length");
    assertEquals(1, maxLength.get("anyOf").get(0).get("minimum").asInt());
    assertEquals(100, maxLength.get("default").asInt());
    assertEquals(50, maxLength.get("examples").get(0).asInt());
    assertFalse(schema.get("additionalProperties").asBoolean());
  }

  @Test
  void aContextReadStraightFromTheBytesLeavesTheRestOfTheBodyInPlace() {
    // The plugin named first: the context is read from the body's bytes, where a valid, plain
    // one takes the generated validator's fast path; named last: it is held as a tree.
    String context = "{\"text\":\"Short. And plain.\",\"max_length\":3}";
    Response fromBytes =
        server.invoke(
            "{\"plugin\":\"SummarizerPlugin\",\"context\":"
                + context
                + ",\"note\":[1,{\"a\":null}]}");
    Response fromTree =
        server.invoke("{\"context\":" + context + ",\"plugin\":\"SummarizerPlugin\"}");
    assertEquals(200, fromBytes.status(), fromBytes.json().toString());
    assertEquals(fromTree.json().get("result"), fromBytes.json().get("result"));
    // What follows the context is still read, strictly.
    for (String after : List.of(" \"note\":1}", ",\"note\":}", ",\"context\":{}}", "")) {
      assertError(
          server.invoke("{\"plugin\":\"SummarizerPlugin\",\"context\":" + context + after),
          400,
          "malformed_json");
    }
  }

  @Test
  void contextMayComeBeforeThePluginsName() {
    Response response =
        server.invoke(
            "{\"context\":{\"text\":\"hello\",\"target_language\":\"it\"},\"plugin\":\"TranslatorPlugin\"}");
    assertEquals(200, response.status(), response.json().toString());
    assertEquals("ciao", response.json().get("result").get("translated_text").asText());
    JsonNode body =
        assertError(
            server.invoke("{\"context\":{\"text\":7},\"plugin\":\"TranslatorPlugin\"}"),
            400,
            "invalid_context");
    assertEquals(2, body.get("violations").size());
  }

  @Test
  void nothingRunsUntilTheWholeBodyIsWellFormed() {
    String note =
        "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"x\",\"user_id\":\"zed\"}";
    assertError(server.invoke(note + "} trailing"), 400, "malformed_json");
    assertError(server.invoke(note + ", \"plugin\": \"Other\"}"), 400, "malformed_json");
    assertError(server.invoke(note + ", "), 400, "malformed_json");
    assertError(
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"x\",\"content\":\"y\"}}"),
        400,
        "malformed_json");
    Response listed =
        server.invoke(
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"list\",\"user_id\":\"zed\"}}");
    assertEquals(0, listed.json().get("result").get("count").asInt(), "no note was saved");
  }

  @Test
  void malformedJsonWinsOverAnInvalidContext() {
    assertError(
        server.invoke("{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":7}, ]"),
        400,
        "malformed_json");
  }
}
