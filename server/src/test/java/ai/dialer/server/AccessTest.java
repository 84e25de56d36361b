package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.config.ConfigException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call what, over a real socket to the server with the shipped plugins: API keys (from a
 * list and a file), the plugins each key may call, the open and closed operations endpoints, the
 * refusal to serve a public address without keys, rate limits, and the audit log.
 */
class AccessTest {
  private static final String OPS_KEY = "ops-key-5f1c0a9e7d3b2468";
  private static final String NOTES_KEY = "notes-key-9a8b7c6d5e4f3210";
  private static final String ALL_KEY = "all-key-00112233445566778899";
  private static final String NOTE =
      "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"hi\"}}";
  private static final String LIST =
      "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"list\"}}";
  private static final String SUMMARY = "{\"plugin\":\"NotesSummaryPlugin\",\"context\":{}}";

  @TempDir Path dir;

  private Map<String, String> keyed() throws Exception {
    Path keys = dir.resolve("keys");
    Files.writeString(
        keys,
        "# label key [plugins]\n"
            + "ops "
            + OPS_KEY
            + " *\n"
            + "\n"
            + "notes   "
            + NOTES_KEY
            + "   NoteTakerPlugin   # the note-taking client\n"
            + "all "
            + ALL_KEY
            + "\n");
    Map<String, String> config = new HashMap<>();
    config.put("API_KEYS_FILE", keys.toString());
    return config;
  }

  private TestServer start(Map<String, String> config) {
    return TestServer.start(
        TestServer.settings(dir.resolve("data"), 1 << 20, ChatBackendSettings.none(), config));
  }

  private static void refused(TestServer.Response response, int status, String code) {
    assertEquals(status, response.status(), response.raw().body());
    assertEquals(code, response.json().path("code").asText(), response.raw().body());
    assertFalse(response.json().path("success").asBoolean(true));
  }

  @Test
  void eachAccessRuleOfTheInvokeApi() throws Exception {
    String log =
        TestServer.logOf(
            () -> {
              try (TestServer server = start(keyed())) {
                // No key: 401, and the header that says how to authenticate.
                TestServer.Response none = server.invoke(NOTE);
                refused(none, 401, "unauthorized");
                assertEquals("Bearer realm=\"aidialer\"", none.header("WWW-Authenticate"));
                assertTrue(none.json().path("error").asText().contains("Authorization: Bearer"));
                // A wrong key, a key of the wrong scheme, a key with one character changed.
                refused(
                    server.withKey("not-a-key-of-this-server").invoke(NOTE), 401, "unauthorized");
                refused(
                    server
                        .withKey(NOTES_KEY.substring(0, NOTES_KEY.length() - 1) + "1")
                        .invoke(NOTE),
                    401,
                    "unauthorized");
                refused(
                    server.send(
                        server
                            .withKey(null)
                            .request("/api/plugins/invoke")
                            .header("Authorization", "Basic " + NOTES_KEY)
                            .POST(HttpRequest.BodyPublishers.ofString(NOTE))
                            .build()),
                    401,
                    "unauthorized");
                // A key without the plugin: 403, naming the key's label, not the key.
                TestServer.Response other = server.withKey(NOTES_KEY).invoke(SUMMARY);
                refused(other, 403, "plugin_not_allowed");
                assertTrue(other.json().path("error").asText().contains("'notes'"));
                // A key with it.
                TestServer.Response saved = server.withKey(NOTES_KEY).invoke(NOTE);
                assertEquals(200, saved.status(), saved.raw().body());
                assertTrue(saved.json().path("success").asBoolean());
                // A key for every plugin: with *, and with no list.
                assertEquals(200, server.withKey(OPS_KEY).invoke(SUMMARY).status());
                assertEquals(200, server.withKey(ALL_KEY).invoke(SUMMARY).status());
                // The listing and a plugin's description stay open; so does /health.
                server.withKey(null);
                assertEquals(200, server.get("/api/plugins").status());
                assertEquals(200, server.get("/api/plugins/NoteTakerPlugin").status());
                assertEquals(200, server.get("/health").status());
                assertEquals(200, server.get("/openapi.json").status());
                // /metrics and /ready need a key unless opened.
                refused(server.get("/metrics"), 401, "unauthorized");
                refused(server.get("/ready"), 401, "unauthorized");
                server.withKey(NOTES_KEY);
                assertEquals(200, server.get("/metrics").status());
                assertEquals(200, server.get("/ready").status());
                // The tool exports and the chat need one too, and list only the key's plugins.
                server.withKey(null);
                refused(server.get("/api/tools?format=openai"), 401, "unauthorized");
                refused(
                    server.post("/api/chat", "{\"messages\":[]}", "application/json"),
                    401,
                    "unauthorized");
                String tools =
                    server.withKey(NOTES_KEY).get("/api/tools?format=openai").raw().body();
                assertTrue(tools.contains("NoteTakerPlugin"), tools);
                assertFalse(tools.contains("NotesSummaryPlugin"), tools);
                String all = server.withKey(OPS_KEY).get("/api/tools?format=openai").raw().body();
                assertTrue(all.contains("NotesSummaryPlugin"), all);
              }
            });
    assertFalse(log.contains(NOTES_KEY), log);
    assertFalse(log.contains(OPS_KEY), log);
    assertFalse(log.contains(NOTES_KEY.substring(0, NOTES_KEY.length() - 1)), log);
    assertFalse(log.contains(ALL_KEY), log);
    assertTrue(log.contains("3 API keys"), log);
    // The invocation line names the key's label.
    assertTrue(
        log.lines().anyMatch(l -> l.contains("plugin=NoteTakerPlugin") && l.contains("key=notes")),
        log);
  }

  @Test
  void aKeySentToMcp() throws Exception {
    try (TestServer server = start(keyed())) {
      ObjectNode params = JsonNodeFactory.instance.objectNode();
      TestServer.Response none = server.mcpResponse("tools/list", null, params.deepCopy());
      refused(none, 401, "unauthorized");
      assertEquals("Bearer realm=\"aidialer\"", none.header("WWW-Authenticate"));
      refused(
          server
              .withKey("wrong-key-0000000000000")
              .mcpResponse("tools/list", null, params.deepCopy()),
          401,
          "unauthorized");
      // The key sees the tools it may call, and only those.
      JsonNode listed = server.withKey(NOTES_KEY).mcp("tools/list", null, params.deepCopy());
      List<String> names = new ArrayList<>();
      listed.path("result").path("tools").forEach(tool -> names.add(tool.path("name").asText()));
      assertTrue(names.contains("NoteTakerPlugin_add"), names.toString());
      assertTrue(names.stream().allMatch(n -> n.startsWith("NoteTakerPlugin")), names.toString());
      // Calling one it may not call is refused, saying why.
      ObjectNode call = JsonNodeFactory.instance.objectNode().put("name", "NotesSummaryPlugin");
      call.putObject("arguments");
      JsonNode forbidden = server.mcp("tools/call", "NotesSummaryPlugin", call);
      String answer = forbidden.toString();
      assertTrue(answer.contains("may not call plugin 'NotesSummaryPlugin'"), answer);
      // One it may call works.
      ObjectNode add = JsonNodeFactory.instance.objectNode().put("name", "NoteTakerPlugin_add");
      add.putObject("arguments").put("content", "from MCP");
      JsonNode added = server.mcp("tools/call", "NoteTakerPlugin_add", add);
      assertFalse(added.path("result").path("isError").asBoolean(true), added.toString());
    }
  }

  @Test
  void openedOperationsEndpointsNeedNoKey() throws Exception {
    Map<String, String> config = keyed();
    config.put("OPEN_METRICS", "true");
    config.put("OPEN_READY", "true");
    try (TestServer server = start(config)) {
      assertEquals(200, server.get("/metrics").status());
      assertEquals(200, server.get("/ready").status());
      refused(server.invoke(NOTE), 401, "unauthorized");
    }
  }

  @Test
  void aPublicAddressWithoutKeysIsRefusedUnlessExplicitlyAllowed() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put("HOST", "0.0.0.0");
    ConfigException refused = assertThrows(ConfigException.class, () -> start(config).close());
    assertTrue(refused.getMessage().contains("HOST=0.0.0.0"), refused.getMessage());
    assertTrue(refused.getMessage().contains("API_KEYS"), refused.getMessage());
    assertTrue(refused.getMessage().contains("ALLOW_UNAUTHENTICATED=true"), refused.getMessage());
    // Nothing was left listening or open: the same data directory starts again.
    config.put("ALLOW_UNAUTHENTICATED", "true");
    String log =
        TestServer.logOf(
            () -> {
              try (TestServer server = start(config)) {
                assertEquals(200, server.invoke(NOTE).status());
              }
            });
    assertTrue(log.contains("without API keys (ALLOW_UNAUTHENTICATED=true)"), log);
    // With keys, a public address is fine.
    Map<String, String> keyed = keyed();
    keyed.put("HOST", "0.0.0.0");
    try (TestServer server = start(keyed)) {
      assertEquals(200, server.withKey(OPS_KEY).invoke(NOTE).status());
    }
  }

  @Test
  void pastItsBudgetAKeyIsAnswered429WithRetryAfter() throws Exception {
    Map<String, String> config = keyed();
    config.put("NOTE_TAKER_PLUGIN_RATE_LIMIT_PER_MINUTE", "3");
    try (TestServer server = start(config)) {
      server.withKey(NOTES_KEY);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, server.invoke(LIST).status());
      }
      TestServer.Response limited = server.invoke(LIST);
      refused(limited, 429, "rate_limited");
      int retryAfter = Integer.parseInt(limited.header("Retry-After"));
      assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
      assertTrue(limited.json().path("error").asText().contains("3 calls a minute"));
      // The budget is per key: another key still has its own.
      assertEquals(200, server.withKey(OPS_KEY).invoke(LIST).status());
      // And per plugin: the same key may call another plugin (ops may call them all).
      assertEquals(200, server.invoke(SUMMARY).status());
      String metrics = server.getText("/metrics");
      assertTrue(
          metrics.contains("aidialer_rate_limit_per_minute{plugin=\"NoteTakerPlugin\"} 3"),
          metrics);
      assertFalse(metrics.contains("aidialer_rate_limit_per_minute{plugin=\"NotesSummaryPlugin\""));
      assertTrue(
          metrics.contains(
              "aidialer_rate_limited_total{key=\"notes\",plugin=\"NoteTakerPlugin\"} 1"),
          metrics);
    }
  }

  @Test
  void aGlobalRateLimitAppliesToEveryPluginAndToAServerWithoutKeys() throws Exception {
    try (TestServer server = start(Map.of("RATE_LIMIT_PER_MINUTE", "1"))) {
      assertEquals(200, server.invoke(LIST).status());
      TestServer.Response limited = server.invoke(LIST);
      refused(limited, 429, "rate_limited");
      assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
      assertEquals(200, server.invoke(SUMMARY).status());
    }
  }

  @Test
  void everyCallThatChangesStateLeavesAnAuditLine() throws Exception {
    Path audit = dir.resolve("audit/calls.log");
    Map<String, String> config = keyed();
    config.put("AUDIT_LOG", audit.toString());
    try (TestServer server = start(config)) {
      assertEquals(200, server.withKey(NOTES_KEY).invoke(NOTE).status());
      // Read-only actions are not audited.
      assertEquals(200, server.invoke(LIST).status());
      // Refused calls are, with their outcome.
      assertEquals(
          400,
          server
              .invoke("{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\" \"}}")
              .status());
      String lines = Files.readString(audit, StandardCharsets.UTF_8);
      List<String> audited = lines.lines().toList();
      assertEquals(2, audited.size(), lines);
      String first = audited.get(0);
      assertTrue(
          first.matches(
              "\\d{4}-\\d\\d-\\d\\dT\\S+Z request=\\S+ key=notes plugin=NoteTakerPlugin action=add"
                  + " status=200 code=ok"),
          first);
      assertTrue(
          audited
              .get(1)
              .endsWith(
                  "key=notes plugin=NoteTakerPlugin action=add status=400 code=invalid_context"),
          audited.get(1));
      assertFalse(lines.contains(NOTES_KEY), lines);
      assertFalse(lines.contains("hi"), "parameters are not audited unless logged: " + lines);
    }
    // With the plugin's parameters logged, the audit line has them too.
    config.put("NOTE_TAKER_PLUGIN_LOG_PARAMETERS", "true");
    try (TestServer server = start(config)) {
      assertEquals(200, server.withKey(OPS_KEY).invoke(NOTE).status());
    }
    List<String> audited = Files.readAllLines(audit, StandardCharsets.UTF_8);
    assertEquals(3, audited.size());
    assertTrue(
        audited.get(2).endsWith("status=200 code=ok parameters=\"{\\\"content\\\":\\\"hi\\\"}\""),
        audited.get(2));
    assertTrue(audited.get(2).contains(" key=ops "), audited.get(2));
  }

  @Test
  void aMalformedKeyFileStopsStartUpNamingTheLineNotTheKey() throws Exception {
    Path keys = dir.resolve("keys");
    Map<String, String> lines =
        Map.of(
            "ops " + OPS_KEY + " * extra\n",
            "line 1 is not 'label key [plugin,plugin,…]'",
            "# fine\nops short-key-123\n",
            "line 2 (ops): the key has 13 characters",
            "ops " + OPS_KEY + " NoSuchPlugin\n",
            "line 1 names plugin 'NoSuchPlugin'",
            "ops " + OPS_KEY + "\nops " + NOTES_KEY + "\n",
            "label 'ops' is used twice",
            "ops " + OPS_KEY + "\nnotes " + OPS_KEY + "\n",
            "'ops' and 'notes' are the same key",
            "op$ " + OPS_KEY + "\n",
            "line 1: the label is");
    for (Map.Entry<String, String> line : lines.entrySet()) {
      Files.writeString(keys, line.getKey());
      ConfigException refused =
          assertThrows(
              ConfigException.class, () -> start(Map.of("API_KEYS_FILE", keys.toString())).close());
      assertTrue(refused.getMessage().contains(line.getValue()), refused.getMessage());
      assertFalse(refused.getMessage().contains(OPS_KEY), refused.getMessage());
      assertFalse(refused.getMessage().contains("short-key-123"), refused.getMessage());
    }
    ConfigException list =
        assertThrows(
            ConfigException.class,
            () -> start(Map.of("API_KEYS", "ops:" + OPS_KEY + ",notes")).close());
    assertTrue(list.getMessage().contains("API_KEYS entry 2 is not label:key"), list.getMessage());
    ConfigException missing =
        assertThrows(
            ConfigException.class,
            () -> start(Map.of("API_KEYS_FILE", dir.resolve("none").toString())).close());
    assertTrue(missing.getMessage().contains("cannot be read"), missing.getMessage());
  }

  @Test
  void aChangedKeyFileIsReadWithoutARestartUnlessItCouldNotServe() throws Exception {
    Map<String, String> config = keyed();
    Path keys = dir.resolve("keys");
    String rotated = "ops-key-rotated-0123456789abcdef";
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(AccessControl.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    try (TestServer server = start(config)) {
      assertEquals(200, server.withKey(NOTES_KEY).invoke(NOTE).status());

      // Rotated: ops has a new key, notes is revoked, all stays. No restart.
      rewrite(keys, "ops " + rotated + " *\nall " + ALL_KEY + "\n");
      awaitLog(logged, Level.INFO, "changed: 2 keys (ops, all)");
      refused(server.withKey(OPS_KEY).invoke(LIST), 401, "unauthorized");
      refused(server.withKey(NOTES_KEY).invoke(NOTE), 401, "unauthorized");
      assertEquals(200, server.withKey(rotated).invoke(LIST).status());
      assertEquals(200, server.withKey(ALL_KEY).invoke(SUMMARY).status());

      // A version that would not start the server, then one with no key (truncated, emptied) and
      // then none at all: each is logged, and the keys read before stay in force.
      rewrite(keys, "ops short-key-123\n");
      awaitLog(logged, Level.SEVERE, "line 1 (ops): the key has 13 characters");
      rewrite(keys, "# nothing yet\n");
      awaitLog(logged, Level.SEVERE, "holds no key now. The 2 keys read before stay in force");
      Files.delete(keys);
      awaitLog(logged, Level.SEVERE, "cannot be read (NoSuchFileException). The 2 keys");
      refused(server.withKey(null).invoke(LIST), 401, "unauthorized");
      assertEquals(200, server.withKey(rotated).invoke(LIST).status());
      refused(server.withKey(OPS_KEY).invoke(LIST), 401, "unauthorized");
      for (LogRecord record : logged) {
        assertFalse(record.getMessage().contains("short-key-123"), record.getMessage());
        assertFalse(record.getMessage().contains(rotated), record.getMessage());
      }
    } finally {
      logger.removeHandler(capture);
    }
  }

  /** Writes {@code text} as a new version of the file, with a modified time of its own. */
  private static void rewrite(Path file, String text) throws Exception {
    FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1_000));
  }

  private static void awaitLog(List<LogRecord> logged, Level level, String text)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (LogRecord record : logged) {
        if (record.getLevel().equals(level) && record.getMessage().contains(text)) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + level + " log containing '" + text + "' in 10 s: " + logged);
  }

  @Test
  void keysFromTheListCallEveryPlugin() throws Exception {
    try (TestServer server = start(Map.of("API_KEYS", "a:" + OPS_KEY + ", b:" + NOTES_KEY))) {
      refused(server.invoke(NOTE), 401, "unauthorized");
      assertEquals(200, server.withKey(OPS_KEY).invoke(NOTE).status());
      assertEquals(200, server.withKey(NOTES_KEY).invoke(SUMMARY).status());
      // The scheme's name is case-insensitive (RFC 9110), the key is not.
      assertEquals(
          200,
          server
              .send(
                  server
                      .withKey(null)
                      .request("/api/plugins/invoke")
                      .header("Authorization", "bearer " + OPS_KEY)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(NOTE))
                      .build())
              .status());
      refused(server.withKey(OPS_KEY.toUpperCase()).invoke(NOTE), 401, "unauthorized");
    }
  }

  @Test
  void helpListsTheAccessSettings() {
    String help = TestServer.help();
    for (String setting :
        List.of(
            "API_KEYS",
            "API_KEYS_FILE",
            "ALLOW_UNAUTHENTICATED (true or false; default false)",
            "OPEN_METRICS",
            "OPEN_READY",
            "RATE_LIMIT_PER_MINUTE",
            "AUDIT_LOG",
            "FILE_PLUGIN_REQUIRE_KEY (true or false; default true)",
            "NOTE_TAKER_PLUGIN_REQUIRE_KEY (true or false; default false)",
            "NOTE_TAKER_PLUGIN_RATE_LIMIT_PER_MINUTE")) {
      assertTrue(help.contains(setting), setting + " in:\n" + help);
    }
  }
}
