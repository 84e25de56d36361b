package ai.dialer.plugins.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.PluginException;
import ai.dialer.plugin.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatCompletionsClientTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sendsTheProtocolAndReadsTheReply() throws Exception {
    try (FakeChatCompletions fake = new FakeChatCompletions().replying(body -> "  Hola  ")) {
      ChatCompletionsClient client = new ChatCompletionsClient(http, fake.settings("sk-test"));
      assertEquals("Hola", client.complete("Translate.", "Hello"));
      FakeChatCompletions.Received request = fake.received().get(0);
      assertEquals("POST", request.method());
      assertEquals("/v1/chat/completions", request.path());
      assertEquals("Bearer sk-test", request.authorization());
      assertEquals("test-model", request.body().get("model").asText());
      assertEquals("system", request.body().get("messages").get(0).get("role").asText());
      assertEquals("Translate.", request.body().get("messages").get(0).get("content").asText());
      assertEquals("user", request.body().get("messages").get(1).get("role").asText());
      assertEquals("Hello", request.body().get("messages").get(1).get("content").asText());
    }
  }

  @Test
  void noKeySendsNoAuthorization() throws Exception {
    try (FakeChatCompletions fake = new FakeChatCompletions().replying(body -> "x")) {
      new ChatCompletionsClient(http, fake.settings("")).complete("s", "u");
      assertNull(fake.received().get(0).authorization());
    }
  }

  @Test
  void backendErrorIs502WithoutTheKey() throws Exception {
    try (FakeChatCompletions fake = new FakeChatCompletions().failingWith(500)) {
      ChatCompletionsClient client = new ChatCompletionsClient(http, fake.settings("sk-secret"));
      PluginException e = assertThrows(PluginException.class, () -> client.complete("s", "u"));
      assertEquals(502, e.status());
      assertEquals("backend_error", e.code());
      assertTrue(e.getMessage().contains("500"));
      assertFalse(e.getMessage().contains("sk-secret"));
      assertTrue(e.isTransient(), "a 5xx may pass on a retry");
    }
  }

  @Test
  void rejectedRequestIsNotTransient() throws Exception {
    for (int status : new int[] {400, 401, 404}) {
      try (FakeChatCompletions fake = new FakeChatCompletions().failingWith(status)) {
        ChatCompletionsClient client = new ChatCompletionsClient(http, fake.settings("k"));
        PluginException e = assertThrows(PluginException.class, () -> client.complete("s", "u"));
        assertEquals(502, e.status());
        assertFalse(e.isTransient(), status + " will not pass on a retry");
      }
    }
    try (FakeChatCompletions fake = new FakeChatCompletions().failingWith(429)) {
      ChatCompletionsClient client = new ChatCompletionsClient(http, fake.settings("k"));
      assertTrue(
          assertThrows(PluginException.class, () -> client.complete("s", "u")).isTransient());
    }
  }

  @Test
  void theReplyArrivesWithoutAThreadWaiting() throws Exception {
    try (FakeChatCompletions fake = new FakeChatCompletions().replying(body -> "Bonjour")) {
      ChatCompletionsClient client = new ChatCompletionsClient(http, fake.settings("k"));
      assertEquals(
          "Bonjour",
          client.completeAsync("s", "Hello").toCompletableFuture().get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void unreachableBackendIs502() throws Exception {
    ChatBackendSettings settings;
    try (FakeChatCompletions fake = new FakeChatCompletions()) {
      settings = fake.settings("k");
    }
    ChatCompletionsClient client = new ChatCompletionsClient(http, settings);
    PluginException e = assertThrows(PluginException.class, () -> client.complete("s", "u"));
    assertEquals(502, e.status());
    assertTrue(e.isTransient());
  }

  @Test
  void notConfiguredIs503AndSaysHow() {
    ChatCompletionsClient client = new ChatCompletionsClient(http, ChatBackendSettings.none());
    PluginException e = assertThrows(PluginException.class, () -> client.complete("s", "u"));
    assertEquals(503, e.status());
    assertTrue(e.getMessage().contains("OPENAI_BASE_URL"));
  }

  @Test
  void settingsNeverPrintTheKey() throws Exception {
    try (FakeChatCompletions fake = new FakeChatCompletions()) {
      assertFalse(fake.settings("sk-secret").toString().contains("sk-secret"));
    }
  }

  @Test
  void cancellingTheReplyAbortsTheRequest() throws Exception {
    try (SilentChatCompletions model = new SilentChatCompletions()) {
      ChatCompletionsClient client =
          new ChatCompletionsClient(http, model.settings(Duration.ofSeconds(60)));
      CompletionStage<String> reply = client.completeAsync("s", "u");
      assertTrue(model.received(5_000), "the request was sent");
      assertFalse(model.abandoned(200), "nothing gives up on its own");
      reply.toCompletableFuture().cancel(true);
      assertTrue(model.abandoned(5_000), "the connection to the model was not closed");
    }
  }

  @Test
  void settingsNeverShowACredential() {
    ChatBackendSettings settings =
        new ChatBackendSettings(
            Optional.of(URI.create("https://bob:hunter2@llm.example:8443/v1?api-key=k-123")),
            Optional.of(Secret.of("sk-secret")),
            "m",
            5);
    String shown = settings.toString();
    for (String secret : new String[] {"hunter2", "bob", "k-123", "sk-secret"}) {
      assertFalse(shown.contains(secret), shown);
    }
    assertTrue(shown.contains("baseUrl=https://(hidden)@llm.example:8443/v1?(hidden)"), shown);
  }
}
