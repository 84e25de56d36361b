package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.FakeChatCompletions;
import ai.dialer.plugins.llm.SilentChatCompletions;
import ai.dialer.server.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

  private static final String HELLO =
      "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Hello\",\"target_language\":\"fr\"}}";

  @Test
  void aModelThatFailsTransientlyIsAskedAgain(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions().replying(body -> "Bonjour").failingFirst(2, 503);
        TestServer server =
            TestServer.start(TestServer.settings(dir, 1 << 20, model.settings("sk-test")))) {
      Response response = server.invoke(HELLO);
      assertEquals(200, response.status(), response.raw().body());
      assertEquals("Bonjour", response.json().at("/result/translated_text").asText());
      assertEquals(3, model.received().size(), "two failures, then the answer");
    }
  }

  @Test
  void aRequestTheModelRejectsIsNotRetried(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model = new FakeChatCompletions().failingWith(401);
        TestServer server =
            TestServer.start(TestServer.settings(dir, 1 << 20, model.settings("sk-wrong")))) {
      assertEquals(502, server.invoke(HELLO).status());
      assertEquals(1, model.received().size());
    }
  }

  @Test
  void aTranslationIsAnsweredFromTheCacheTheSecondTime(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model = new FakeChatCompletions().replying(body -> "Bonjour");
        TestServer server =
            TestServer.start(TestServer.settings(dir, 1 << 20, model.settings("sk-test")))) {
      Response first = server.invoke(HELLO);
      Response second = server.invoke(HELLO);
      assertEquals(first.raw().body(), second.raw().body());
      assertEquals(1, model.received().size(), "the second answer came from the cache");
      server.invoke(HELLO.replace("\"fr\"", "\"de\""));
      assertEquals(2, model.received().size(), "another language is another key");
    }
  }

  @Test
  void aModelPastThePluginsTimeoutIsAbandoned(@TempDir Path dir) throws Exception {
    try (SilentChatCompletions model = new SilentChatCompletions();
        TestServer server =
            TestServer.start(
                TestServer.settings(
                    dir,
                    1 << 20,
                    model.settings(Duration.ofSeconds(60)),
                    Map.of("TRANSLATOR_PLUGIN_TIMEOUT_MS", "300")))) {
      Response response = server.invoke(HELLO);
      assertEquals(504, response.status());
      assertEquals("plugin_timeout", response.json().get("code").asText());
      assertTrue(model.received(0), "the model was asked");
      assertTrue(
          model.abandoned(5_000),
          "the request to the model runs on after the 504: the timeout did not reach it");
    }
  }

  @Test
  void theApiKeyIsNeverLogged(@TempDir Path dir) throws Exception {
    String log =
        TestServer.logOf(
            () -> {
              try (FakeChatCompletions model = new FakeChatCompletions().failingWith(401);
                  TestServer server =
                      TestServer.start(
                          TestServer.settings(dir, 1 << 20, model.settings("sk-very-secret")))) {
                assertEquals(502, server.invoke(HELLO).status());
              }
            });
    assertTrue(log.contains("plugin=TranslatorPlugin"), log);
    assertFalse(log.contains("sk-very-secret"), log);
  }
}
