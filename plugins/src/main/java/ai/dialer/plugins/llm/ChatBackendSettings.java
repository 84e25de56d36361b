package ai.dialer.plugins.llm;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;
import ai.dialer.plugin.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An OpenAI-compatible chat-completions endpoint: a hosted API or a local server. Configured when
 * either the base URL or the key is set; with only the key, the base is OpenAI's.
 *
 * @param baseUrl the API's base, such as {@code https://api.openai.com/v1}
 * @param apiKey sent as a bearer token; never logged or answered
 * @param model the model to ask
 * @param timeoutSeconds how long one completion may take
 */
@Settings(prefix = "OPENAI")
public record ChatBackendSettings(
    @Setting(
            description =
                "an OpenAI-compatible chat-completions API, such as https://api.openai.com/v1 or a"
                    + " local server's http://127.0.0.1:8080/v1; setting it (or only"
                    + " OPENAI_API_KEY) lets the translator translate anything")
        Optional<URI> baseUrl,
    @Setting(description = "sent as a bearer token; never logged or answered")
        Optional<Secret> apiKey,
    @Setting(description = "the model to ask", defaultValue = "gpt-4o-mini") String model,
    @Setting(description = "how long one completion may take, from 1 to 600", defaultValue = "30")
        int timeoutSeconds) {
  private static final URI OPENAI = URI.create("https://api.openai.com/v1");

  public ChatBackendSettings {
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
      throw new IllegalArgumentException(
          "OPENAI_TIMEOUT_SECONDS must be from 1 to 600, but is " + timeoutSeconds + ".");
    }
  }

  public static ChatBackendSettings none() {
    return new ChatBackendSettings(Optional.empty(), Optional.empty(), "gpt-4o-mini", 30);
  }

  public boolean isConfigured() {
    return baseUrl.isPresent() || apiKey.isPresent();
  }

  /** The base URL, OpenAI's when only a key is set. */
  public URI base() {
    return baseUrl.orElse(OPENAI);
  }

  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
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
        + ", timeoutSeconds="
        + timeoutSeconds
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
