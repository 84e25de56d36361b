package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.FakeChatCompletions;
import ai.dialer.server.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translator through the whole server, with a local server speaking chat completions. */
class TranslatorBackendTest {
  @Test
  void translatesAnythingThroughTheConfiguredModel(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions().replying(body -> "¿Dónde está la estación?");
        TestServer server =
            TestServer.start(TestServer.settings(dir, 1 << 20, model.settings("sk-test")))) {
      Response response =
          server.invoke(
              "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Where is the station?\","
                  + "\"target_language\":\"Spanish\",\"source_language\":\"en\"}}");
      assertEquals(200, response.status(), response.json().toString());
      JsonNode result = response.json().get("result");
      assertEquals("Where is the station?", result.get("original_text").asText());
      assertEquals("¿Dónde está la estación?", result.get("translated_text").asText());
      assertEquals("en", result.get("source_language").asText());
      assertEquals("es", result.get("target_language").asText());

      JsonNode sent = model.received().get(0).body();
      assertEquals("Where is the station?", sent.get("messages").get(1).get("content").asText());
      String instruction = sent.get("messages").get(0).get("content").asText();
      assertTrue(instruction.contains("from English into Spanish"), instruction);
    }
  }

  @Test
  void aFailingModelIsA502ThatKeepsTheKeySecret(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model = new FakeChatCompletions().failingWith(500);
        TestServer server =
            TestServer.start(TestServer.settings(dir, 1 << 20, model.settings("sk-secret")))) {
      Response response =
          server.invoke(
              "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Hi\",\"target_language\":\"fr\"}}");
      assertEquals(502, response.status());
      assertEquals("backend_error", response.json().get("code").asText());
      assertFalse(response.raw().body().contains("sk-secret"));
    }
  }
}
