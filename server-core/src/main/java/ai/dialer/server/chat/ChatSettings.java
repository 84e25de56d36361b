package ai.dialer.server.chat;

import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The model {@code POST /api/chat} asks: the same OpenAI-compatible endpoint the translator uses
 * ({@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY}, {@code OPENAI_MODEL}, {@code
 * OPENAI_TIMEOUT_SECONDS}; configured when the base URL or the key is set, the base being OpenAI's
 * with only a key), and the bounds of a conversation's tool loop.
 *
 * @param base the chat-completions API's base, empty when no model is configured
 * @param apiKey sent as a bearer token; never logged or answered
 * @param model the model to ask
 * @param timeout how long one completion may take
 * @param maxSteps how many times the model may be asked in one conversation
 * @param deadline how long one conversation may take in all
 */
public record ChatSettings(
    Optional<URI> base,
    Optional<String> apiKey,
    String model,
    Duration timeout,
    int maxSteps,
    Duration deadline) {
  private static final URI OPENAI = URI.create("https://api.openai.com/v1");

  /** The settings only the chat endpoint reads, for {@code --help}. */
  public static final List<SettingSpec> SPECS =
      List.of(
          new SettingSpec(
              "CHAT_MAX_STEPS",
              "1 to 50",
              "8",
              "how many times POST /api/chat may ask the model (OPENAI_* settings) in one"
                  + " conversation",
              false,
              false),
          new SettingSpec(
              "CHAT_DEADLINE_SECONDS",
              "1 to 3600",
              "120",
              "how long one conversation may take in all, tool calls included",
              false,
              false));

  public static ChatSettings from(Config config) {
    Optional<String> key = config.get("OPENAI_API_KEY").filter(k -> !k.isBlank());
    Optional<URI> base =
        config.get("OPENAI_BASE_URL").filter(u -> !u.isBlank()).map(ChatSettings::uri);
    if (base.isEmpty() && key.isPresent()) {
      base = Optional.of(OPENAI);
    }
    return new ChatSettings(
        base,
        key,
        config.get("OPENAI_MODEL", "gpt-4o-mini"),
        Duration.ofSeconds(config.getInt("OPENAI_TIMEOUT_SECONDS", 30, 1, 600)),
        config.getInt("CHAT_MAX_STEPS", 8, 1, 50),
        Duration.ofSeconds(config.getInt("CHAT_DEADLINE_SECONDS", 120, 1, 3600)));
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text.strip());
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new ConfigException(
            "OPENAI_BASE_URL must be an http(s) URL such as https://api.openai.com/v1.");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException(
          "OPENAI_BASE_URL must be an http(s) URL such as https://api.openai.com/v1.");
    }
  }

  /** Hides the key. */
  @Override
  public String toString() {
    return "ChatSettings[base="
        + base.map(u -> u.getScheme() + "://" + u.getHost()).orElse("(none)")
        + ", apiKey="
        + (apiKey.isEmpty() ? "(none)" : "(set)")
        + ", model="
        + model
        + "]";
  }
}
