package ai.dialer.plugins.llm;

import ai.dialer.plugin.Async;
import ai.dialer.plugin.PluginException;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Lazy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Asks an OpenAI-compatible {@code POST /chat/completions} endpoint for one reply. The request and
 * the reply are written and read with Jackson's streaming and tree APIs.
 */
@Singleton
public final class ChatCompletionsClient {
  private final Lazy<HttpClient> http;
  private final ChatBackendSettings settings;

  /**
   * The HTTP client is made on the first completion: building one sets up TLS, which costs a server
   * without a model its start-up time for nothing.
   */
  @Inject
  public ChatCompletionsClient(Lazy<HttpClient> http, ChatBackendSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  public ChatCompletionsClient(HttpClient http, ChatBackendSettings settings) {
    this(() -> http, settings);
  }

  public boolean isConfigured() {
    return settings.isConfigured();
  }

  /**
   * The assistant's reply to a system instruction and one user message, waited for on this thread.
   *
   * @throws PluginException as {@link #completeAsync} fails
   */
  public String complete(String system, String user) throws PluginException {
    return Async.await(completeAsync(system, user));
  }

  /**
   * Asks for the assistant's reply without holding a thread while the model works. The stage fails
   * with a {@link PluginException}: transient (worth a retry) when the model does not answer in
   * time (504), cannot be reached (502) or answers 429 or a 5xx (502); otherwise 502 for any other
   * error answer or an answer that is not a completion.
   *
   * @throws PluginException 503 at once when no backend is configured
   */
  public CompletionStage<String> completeAsync(String system, String user) throws PluginException {
    if (!settings.isConfigured()) {
      throw new PluginException(
          503,
          "backend_not_configured",
          "No language model is configured. Set OPENAI_BASE_URL (and OPENAI_API_KEY"
              + " and OPENAI_MODEL) to an OpenAI-compatible endpoint.",
          null);
    }
    URI base = settings.base();
    byte[] body =
        Json.write(
            generator -> {
              generator.writeStartObject();
              generator.writeStringField("model", settings.model());
              generator.writeArrayFieldStart("messages");
              message(generator, "system", system);
              message(generator, "user", user);
              generator.writeEndArray();
              generator.writeNumberField("temperature", 0);
              generator.writeEndObject();
            });
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint(base))
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key.reveal()));
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.get().sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    // Cancelling the reply (a plugin's timeout) aborts the HTTP exchange: the client's future,
    // cancelled, closes the connection.
    return Async.linked(
        sent,
        sent.handle(
            (response, failure) -> {
              try {
                return reply(response, failure);
              } catch (PluginException e) {
                throw new CompletionException(e);
              }
            }));
  }

  private String reply(HttpResponse<byte[]> response, Throwable failure) throws PluginException {
    if (failure != null) {
      Throwable cause = Async.unwrap(failure);
      if (cause instanceof HttpTimeoutException) {
        throw PluginException.transientFailure(
            504,
            "backend_timeout",
            "The language model did not answer within " + settings.timeout().toSeconds() + " s.",
            cause);
      }
      throw PluginException.transientFailure(
          502, "backend_unreachable", "The language model could not be reached.", cause);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      String message = "The language model answered with HTTP status " + status + ".";
      if (status == 429 || status / 100 == 5) {
        throw PluginException.transientFailure(502, "backend_error", message, null);
      }
      throw new PluginException(502, "backend_error", message, null);
    }
    return replyText(response.body());
  }

  private static void message(JsonGenerator generator, String role, String content)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("role", role);
    generator.writeStringField("content", content);
    generator.writeEndObject();
  }

  /** Made on the first reply: the mapper's classes cost the server's start-up otherwise. */
  private static final class Trees {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static URI endpoint(URI base) {
    String text = base.toString();
    return URI.create(text.endsWith("/") ? text + "chat/completions" : text + "/chat/completions");
  }

  private static String replyText(byte[] body) throws PluginException {
    JsonNode reply;
    try {
      reply = Trees.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new PluginException(
          502, "backend_error", "The language model's answer is not JSON.", e);
    }
    JsonNode content = reply.path("choices").path(0).path("message").path("content");
    if (!content.isTextual() || content.textValue().isBlank()) {
      throw new PluginException(
          502, "backend_error", "The language model's answer holds no reply text.", null);
    }
    return content.textValue().strip();
  }
}
