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

  /**
   * Keeps the key out of logs and error messages, and whatever could be a credential in the URL:
   * its user info ({@code https://user:secret@host}) and its query ({@code ?api-key=…}).
   */
  @Override
  public String toString() {
    return "ChatBackendSettings[baseUrl="
        + baseUrl.map(ChatBackendSettings::withoutCredentials).orElse("(none)")
        + ", apiKey="
        + (apiKey.isEmpty() ? "(none)" : "(set)")
        + ", model="
        + model
        + ", timeout="
        + timeout
        + "]";
  }

  private static String withoutCredentials(URI uri) {
    StringBuilder shown = new StringBuilder().append(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      shown.append("(hidden)@");
    }
    shown.append(uri.getHost());
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    shown.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      shown.append("?(hidden)");
    }
    return shown.toString();
  }
}
