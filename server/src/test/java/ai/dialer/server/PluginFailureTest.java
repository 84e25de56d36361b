package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.PluginException;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.TestServer.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a plugin's own failure is a 5xx, and its body never carries what went wrong inside. */
class PluginFailureTest {
  private static PluginInvoker plugin(String name, PluginInvoker.Call call) {
    return TestPlugins.plugin(name, TestPlugins.policy(5_000, 4), context -> call);
  }

  @Test
  void crashIs500WithARequestIdAndNoTrace(@TempDir Path dir) throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin(
                "Crash",
                () -> {
                  throw new IllegalStateException("secret internal detail");
                }),
            plugin(
                "BadResult",
                () ->
                    generator -> {
                      throw new IllegalStateException("encoder blew up");
                    }),
            plugin(
                "Down",
                () -> {
                  throw new PluginException(503, "backend_down", "The backend is down.", null);
                }));
    try (TestServer server = TestServer.start(dir, registry)) {
      for (String name : List.of("Crash", "BadResult")) {
        Response response = server.invoke("{\"plugin\":\"" + name + "\"}");
        assertEquals(500, response.status());
        assertEquals("plugin_failed", response.json().get("code").asText());
        String requestId = response.json().get("request_id").asText();
        assertEquals(requestId, response.header("X-Request-Id"));
        assertTrue(response.json().get("error").asText().contains(requestId));
        assertFalse(response.raw().body().contains("secret"));
        assertFalse(response.raw().body().contains("blew up"));
        assertFalse(response.raw().body().contains("Exception"));
      }
      Response down = server.invoke("{\"plugin\":\"Down\"}");
      assertEquals(503, down.status());
      assertEquals("backend_down", down.json().get("code").asText());
      assertEquals("The backend is down.", down.json().get("error").asText());
      assertEquals(200, server.get("/api/plugins").status());
      assertEquals(3, server.get("/api/plugins").json().get("count").asInt());
    }
  }

  @Test
  void aPluginIsBuiltOnItsFirstCallAndOneThatCannotBeIs500UntilItCan(@TempDir Path dir)
      throws Exception {
    PluginInvoker echo = plugin("Echo", () -> TestPlugins.value("echo"));
    PluginInvoker flaky = plugin("Flaky", () -> TestPlugins.value("built at last"));
    AtomicInteger builds = new AtomicInteger();
    AtomicInteger flakyFailures = new AtomicInteger(1);
    PluginRegistry registry =
        new PluginRegistry(
            List.of("Echo", "Flaky"),
            i -> i == 0 ? echo.descriptor() : flaky.descriptor(),
            i -> {
              builds.incrementAndGet();
              if (i == 1 && flakyFailures.getAndDecrement() > 0) {
                throw new IllegalStateException("secret: the database at 10.0.0.7 refused us");
              }
              return i == 0 ? echo : flaky;
            });
    try (TestServer server = TestServer.start(dir, registry)) {
      assertEquals(0, builds.get(), "no plugin is built at start-up");
      assertEquals(2, server.get("/api/plugins").json().get("count").asInt());
      assertEquals(200, server.get("/api/plugins/Flaky").status());
      assertEquals(0, builds.get(), "listing and describing plugins builds none");

      Response failed = server.invoke("{\"plugin\":\"Flaky\"}");
      assertEquals(500, failed.status());
      assertEquals("plugin_unavailable", failed.json().get("code").asText());
      assertEquals(
          "Plugin 'Flaky' could not be started; the server's log says why. Later calls try again.",
          failed.json().get("error").asText());
      assertFalse(failed.raw().body().contains("secret"));

      assertEquals(200, server.invoke("{\"plugin\":\"Echo\"}").status());
      Response again = server.invoke("{\"plugin\":\"Flaky\"}");
      assertEquals(200, again.status());
      assertEquals("built at last", again.json().get("result").get("value").asText());
      server.invoke("{\"plugin\":\"Echo\"}");
      server.invoke("{\"plugin\":\"Flaky\"}");
      assertEquals(3, builds.get(), "each plugin is built once it succeeds: " + builds.get());
    }
  }
}
