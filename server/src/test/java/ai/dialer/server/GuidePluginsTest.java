package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.guide.api.FakeApi;
import ai.dialer.guide.weather.FakeOpenMeteo;
import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.server.config.PluginSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's plugins in the default server, over a real socket: listed with their metadata,
 * callable through the invoke API and as MCP tools, each against a local stand-in for what it
 * reaches (Open-Meteo, a web API, a directory) and configured only as an operator would.
 */
class GuidePluginsTest {
  private static final String SECRET = "api-secret-0815";
  private static final String KEY = "guide-test-key-0123456789";
  private static final List<String> GUIDE =
      List.of(
          "CalendarPlugin",
          "CodeExecutorPlugin",
          "DatabasePlugin",
          "FilePlugin",
          "HttpApiPlugin",
          "WeatherPlugin");

  @TempDir Path dataDir;
  @TempDir Path files;

  private Map<String, String> config(FakeOpenMeteo openMeteo, FakeApi api) {
    Map<String, String> config = new HashMap<>();
    config.putAll(openMeteo.config(2));
    config.putAll(api.config(SECRET));
    config.put("FILE_PLUGIN_ROOT", files.toString());
    config.put("CODE_EXECUTOR_PLUGIN_ENABLED", "true");
    config.put("CODE_EXECUTOR_PLUGIN_TIMEOUT_MILLIS", "2000");
    config.put("CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS", "2");
    return config;
  }

  /** A server with an API key (the plugins that reach outside need one), and a client using it. */
  private static TestServer start(Path dataDir, Map<String, String> config) {
    Map<String, String> keyed = new HashMap<>(config);
    keyed.put("API_KEYS", "guide:" + KEY);
    return TestServer.start(
            TestServer.settings(dataDir, 1 << 20, ChatBackendSettings.none(), keyed))
        .withKey(KEY);
  }

  private static String call(String plugin, ObjectNode context) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("plugin", plugin);
    body.set("context", context);
    return body.toString();
  }

  private static ObjectNode context() {
    return JsonNodeFactory.instance.objectNode();
  }

  private static JsonNode ok(TestServer.Response response) {
    assertEquals(200, response.status(), String.valueOf(response.json()));
    assertTrue(response.json().path("success").asBoolean(), response.json().toString());
    return response.json().path("result");
  }

  @Test
  void everyGuidePluginIsListedWithItsMetadata() throws Exception {
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi();
        TestServer server = start(dataDir, config(openMeteo, api))) {
      JsonNode listing = server.get("/api/plugins").json();
      List<String> names = new ArrayList<>();
      listing.path("plugins").forEach(plugin -> names.add(plugin.path("name").asText()));
      assertTrue(names.containsAll(GUIDE), names.toString());
      for (String name : GUIDE) {
        JsonNode plugin = server.get("/api/plugins/" + name).json();
        assertFalse(plugin.path("description").asText().isEmpty(), name);
        assertTrue(plugin.path("schema").isObject(), plugin.toString());
      }
      JsonNode calendar = server.get("/api/plugins/CalendarPlugin").json();
      String text = calendar.toString();
      for (String wire :
          List.of(
              "\"add\"",
              "\"list\"",
              "\"delete\"",
              "\"title\"",
              "\"date\"",
              "\"time\"",
              "\"event_id\"")) {
        assertTrue(text.contains(wire), wire + " in " + text);
      }
      String files = server.get("/api/plugins/FilePlugin").json().toString();
      for (String wire :
          List.of(
              "\"read\"", "\"write\"", "\"list\"", "\"delete\"", "\"filepath\"", "\"content\"")) {
        assertTrue(files.contains(wire), wire + " in " + files);
      }
      String http = server.get("/api/plugins/HttpApiPlugin").json().toString();
      assertTrue(http.contains("\"endpoint\"") && http.contains("\"params\""), http);
      assertTrue(
          server.get("/api/plugins/WeatherPlugin").json().toString().contains("\"location\""));
      assertTrue(
          server.get("/api/plugins/CodeExecutorPlugin").json().toString().contains("\"code\""));
    }
  }

  @Test
  void eachGuidePluginAnswersOverHttp() throws Exception {
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi()) {
      String log =
          TestServer.logOf(
              () -> {
                try (TestServer server = start(dataDir, config(openMeteo, api))) {
                  JsonNode weather =
                      ok(server.invoke(call("WeatherPlugin", context().put("location", "Berlin"))));
                  assertEquals("Berlin", weather.path("location").path("name").asText());
                  // The declared policy caches the answer: the backend is asked once.
                  ok(server.invoke(call("WeatherPlugin", context().put("location", "Berlin"))));
                  assertEquals(2, openMeteo.requests().size());
                  TestServer.Response nowhere =
                      server.invoke(call("WeatherPlugin", context().put("location", "Atlantis")));
                  assertEquals(400, nowhere.status());

                  JsonNode added =
                      ok(
                          server.invoke(
                              call(
                                  "CalendarPlugin",
                                  context()
                                      .put("action", "add")
                                      .put("title", "Standup")
                                      .put("date", "2026-12-24")
                                      .put("time", "09:30"))));
                  long id = added.path("event").path("id").asLong();
                  assertEquals(
                      1,
                      ok(server.invoke(call("CalendarPlugin", context().put("action", "list"))))
                          .path("count")
                          .asInt());
                  ok(
                      server.invoke(
                          call(
                              "CalendarPlugin",
                              context().put("action", "delete").put("event_id", id))));
                  TestServer.Response unknown =
                      server.invoke(
                          call(
                              "CalendarPlugin",
                              context().put("action", "delete").put("event_id", id)));
                  assertEquals(400, unknown.status());
                  assertEquals(
                      "/event_id", unknown.json().path("violations").path(0).path("path").asText());

                  ObjectNode save = context().put("collection", "leads");
                  save.putObject("record").put("name", "Ann").put("score", 7);
                  ok(server.invoke(call("DatabasePlugin", save)));
                  ObjectNode query = context().put("action", "query").put("collection", "leads");
                  query.putObject("where").put("score", 7);
                  assertEquals(
                      "Ann",
                      ok(server.invoke(call("DatabasePlugin", query)))
                          .path("records")
                          .path(0)
                          .path("record")
                          .path("name")
                          .asText());

                  ok(
                      server.invoke(
                          call(
                              "FilePlugin",
                              context()
                                  .put("action", "write")
                                  .put("filepath", "notes/a.txt")
                                  .put("content", "hello"))));
                  assertEquals("hello", Files.readString(files.resolve("notes/a.txt")));
                  assertEquals(
                      "hello",
                      ok(server.invoke(
                              call("FilePlugin", context().put("filepath", "notes/a.txt"))))
                          .path("content")
                          .asText());
                  TestServer.Response escape =
                      server.invoke(call("FilePlugin", context().put("filepath", "../secret")));
                  assertEquals(400, escape.status());
                  assertEquals(
                      "path_refused",
                      escape.json().path("violations").path(0).path("code").asText());

                  JsonNode user =
                      ok(
                          server.invoke(
                              call("HttpApiPlugin", context().put("endpoint", "users/42"))));
                  assertEquals("Ann", user.path("json").path("name").asText());
                  TestServer.Response echoed =
                      server.invoke(call("HttpApiPlugin", context().put("endpoint", "headers")));
                  assertFalse(echoed.raw().body().contains(SECRET), echoed.raw().body());
                  TestServer.Response slow =
                      server.invoke(call("HttpApiPlugin", context().put("endpoint", "slow")));
                  assertEquals(504, slow.status());
                  TestServer.Response away =
                      server.invoke(
                          call("HttpApiPlugin", context().put("endpoint", "http://example.com/")));
                  assertEquals(400, away.status());

                  JsonNode ran =
                      ok(
                          server.invoke(
                              call(
                                  "CodeExecutorPlugin",
                                  context().put("code", "console.log(6 * 7)"))));
                  assertEquals("42\n", ran.path("output").asText());
                  assertTrue(ran.path("success").asBoolean());
                }
              });
      assertTrue(
          api.received().stream().allMatch(r -> ("Bearer " + SECRET).equals(r.authorization())));
      assertFalse(log.contains(SECRET), "the secret is in the log:\n" + log);
    }
  }

  @Test
  void theCodeExecutorIsOffUnlessEnabled() throws Exception {
    try (TestServer server = start(dataDir, Map.of())) {
      TestServer.Response refused =
          server.invoke(call("CodeExecutorPlugin", context().put("code", "console.log(1)")));
      assertEquals(403, refused.status());
      assertEquals("plugin_disabled", refused.json().path("code").asText());
      // Nor is it offered as a tool.
      assertFalse(server.get("/api/tools").raw().body().contains("CodeExecutorPlugin"));
      // The other guide plugins that reach outside are off until configured.
      TestServer.Response files =
          server.invoke(call("FilePlugin", context().put("filepath", "a.txt")));
      assertEquals(503, files.status());
      assertEquals("file_plugin_off", files.json().path("code").asText());
      TestServer.Response api =
          server.invoke(call("HttpApiPlugin", context().put("endpoint", "x")));
      assertEquals(503, api.status());
      assertEquals("http_api_off", api.json().path("code").asText());
    }
  }

  @Test
  void thePluginsThatReachOutsideNeedAKeyEvenOnLoopback() throws Exception {
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi();
        TestServer server =
            TestServer.start(
                TestServer.settings(
                    dataDir, 1 << 20, ChatBackendSettings.none(), config(openMeteo, api)))) {
      Map<String, ObjectNode> calls =
          Map.of(
              "FilePlugin",
              context().put("action", "write").put("filepath", "a.txt").put("content", "x"),
              "HttpApiPlugin",
              context().put("endpoint", "users/42"),
              "CodeExecutorPlugin",
              context().put("code", "console.log(1)"));
      for (String plugin : calls.keySet()) {
        TestServer.Response refused = server.invoke(call(plugin, calls.get(plugin)));
        assertEquals(401, refused.status(), plugin);
        assertEquals("key_required", refused.json().path("code").asText(), plugin);
        assertTrue(
            refused
                .json()
                .path("error")
                .asText()
                .contains(PluginSettings.prefix(plugin) + "_REQUIRE_KEY=false"),
            refused.json().toString());
      }
      assertTrue(Files.list(files).findAny().isEmpty(), "nothing was written");
      assertEquals(0, api.received().size(), "the API was not called");
      // The others answer without one, as a server without keys always did.
      ok(server.invoke(call("WeatherPlugin", context().put("location", "Berlin"))));
    }
    // An operator may lift it for one plugin.
    Map<String, String> lifted = new HashMap<>();
    lifted.put("FILE_PLUGIN_ROOT", files.toString());
    lifted.put("FILE_PLUGIN_REQUIRE_KEY", "false");
    try (TestServer server =
        TestServer.start(
            TestServer.settings(dataDir, 1 << 20, ChatBackendSettings.none(), lifted))) {
      ok(
          server.invoke(
              call(
                  "FilePlugin",
                  context().put("action", "write").put("filepath", "a.txt").put("content", "x"))));
      assertTrue(Files.exists(files.resolve("a.txt")));
    }
  }

  @Test
  void helpShowsEachGuidePluginsSettingsAndTheCodeExecutorOffByDefault() {
    String help = TestServer.help();
    assertTrue(help.contains("CODE_EXECUTOR_PLUGIN_ENABLED (true or false; default false)"), help);
    assertTrue(help.contains("FILE_PLUGIN_ENABLED (true or false; default true)"), help);
    for (String setting :
        List.of(
            "WEATHER_PLUGIN_GEOCODING_URL",
            "WEATHER_PLUGIN_FORECAST_URL",
            "FILE_PLUGIN_ROOT",
            "HTTP_API_PLUGIN_BASE_URL",
            "HTTP_API_PLUGIN_SECRET",
            "HTTP_API_PLUGIN_ALLOW_PRIVATE",
            "CODE_EXECUTOR_PLUGIN_TIMEOUT_MILLIS",
            "CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS")) {
      assertTrue(help.contains(setting + " ("), setting + " in\n" + help);
    }
  }

  @Test
  void hostileSnippetsAtOnceEndInTimeAndTheServerKeepsServing() throws Exception {
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi();
        TestServer server = start(dataDir, config(openMeteo, api))) {
      List<String> hostile =
          List.of(
              "while (true) {}",
              "const a = []; while (true) a.push(new Array(1e6).fill(1.5));",
              "while (true) console.log('x'.repeat(1e6));",
              "java.lang.System.exit(0)",
              "load('/etc/passwd')");
      ExecutorService callers = Executors.newFixedThreadPool(100);
      try {
        List<Future<TestServer.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
          String code = hostile.get(i % hostile.size());
          answers.add(
              callers.submit(
                  () -> server.invoke(call("CodeExecutorPlugin", context().put("code", code)))));
        }
        // Meanwhile, the server answers everything else at once.
        long start = System.nanoTime();
        assertEquals(200, server.get("/api/plugins").status());
        ok(server.invoke(call("CalendarPlugin", context().put("action", "list"))));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        for (Future<TestServer.Response> answer : answers) {
          TestServer.Response response = answer.get();
          assertEquals(200, response.status(), String.valueOf(response.json()));
          JsonNode result = response.json().path("result");
          assertFalse(result.path("success").asBoolean(), result.toString());
          assertFalse(result.path("error").asText().isEmpty(), result.toString());
        }
      } finally {
        callers.shutdownNow();
      }
      JsonNode after =
          ok(
              server.invoke(
                  call("CodeExecutorPlugin", context().put("code", "console.log('still here')"))));
      assertEquals("still here\n", after.path("output").asText());
    }
  }

  @Test
  void guidePluginsAreMcpTools() throws Exception {
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi();
        TestServer server = start(dataDir, config(openMeteo, api))) {
      JsonNode listed = server.mcp("tools/list", null, JsonNodeFactory.instance.objectNode());
      List<String> tools = new ArrayList<>();
      listed.path("result").path("tools").forEach(tool -> tools.add(tool.path("name").asText()));
      assertTrue(
          tools.containsAll(
              List.of(
                  "WeatherPlugin",
                  "CalendarPlugin_add",
                  "CalendarPlugin_list",
                  "CalendarPlugin_delete",
                  "CodeExecutorPlugin",
                  "FilePlugin_read",
                  "DatabasePlugin_query",
                  "HttpApiPlugin")),
          tools.toString());
      ObjectNode params = JsonNodeFactory.instance.objectNode().put("name", "CodeExecutorPlugin");
      params.putObject("arguments").put("code", "console.log([3, 1, 2].sort().join(''))");
      JsonNode called = server.mcp("tools/call", "CodeExecutorPlugin", params);
      JsonNode structured = called.path("result").path("structuredContent");
      assertEquals("123\n", structured.path("output").asText(), called.toString());
      assertFalse(called.path("result").path("isError").asBoolean());
    }
  }

  /** One request of MCP's stateless revision. */
}
