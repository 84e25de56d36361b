package ai.dialer.plugins.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An OpenAI-compatible chat-completions endpoint: a hosted API or a local server.
 *
 * @param baseUrl the API's base, such as {@code https://api.openai.com/v1}; empty when no backend
 *     is configured
 * @param apiKey sent as a bearer token when not empty; never logged or answered
 * @param model the model to ask
 * @param timeout how long one completion may take
 */
public record ChatBackendSettings(
    Optional<URI> baseUrl, String apiKey, String model, Duration timeout) {
  public static ChatBackendSettings none() {
    return new ChatBackendSettings(Optional.empty(), "", "", Duration.ofSeconds(30));
  }

  public boolean isConfigured() {
    return baseUrl.isPresent();
  }

  /** Keeps the key out of logs and error messages. */
  @Override
  public String toString() {
    return "ChatBackendSettings[baseUrl="
        + baseUrl.map(URI::toString).orElse("(none)")
        + ", apiKey="
        + (apiKey.isEmpty() ? "(none)" : "(set)")
        + ", model="
        + model
        + ", timeout="
        + timeout
        + "]";
  }
}
