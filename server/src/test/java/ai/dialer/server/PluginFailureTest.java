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
}
