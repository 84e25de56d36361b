package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginException;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.TestServer.Response;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a plugin's own failure is a 5xx, and its body never carries what went wrong inside. */
class PluginFailureTest {
  /** A plugin whose behaviour the test chooses. */
  private static PluginInvoker plugin(String name, Behaviour behaviour) {
    PluginDescriptor descriptor =
        new PluginDescriptor(
            name,
            "Fails on purpose.",
            List.of(new ActionDescriptor("", true, "", List.of())),
            "{}",
            new InvocationPolicy(java.time.Duration.ofSeconds(5), 4));
    return new PluginInvoker() {
      @Override
      public PluginDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public Call prepare(JsonParser context) throws IOException {
        context.skipChildren();
        return behaviour::run;
      }
    };
  }

  private interface Behaviour {
    Json.Writable run() throws PluginException;
  }

  @Test
  void crashIs500WithARequestIdAndNoTrace(@TempDir Path dir) throws Exception {
    PluginRegistry registry =
        new PluginRegistry(
            Map.of(
                "Crash",
                plugin(
                    "Crash",
                    () -> {
                      throw new IllegalStateException("secret internal detail");
                    }),
                "BadResult",
                plugin(
                    "BadResult",
                    () ->
                        generator -> {
                          throw new IllegalStateException("encoder blew up");
                        }),
                "Down",
                plugin(
                    "Down",
                    () -> {
                      throw new PluginException(503, "backend_down", "The backend is down.", null);
                    })));
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
