package ai.dialer.plugins.llm;

import ai.dialer.plugin.Secret;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsReader;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.Module;
import dagger.Provides;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Binds {@link ChatBackendSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class ChatBackendSettings_Module {
  /**
   * The variables of {@link ChatBackendSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "OPENAI_BASE_URL",
          "an http or https URL",
          null,
          "an OpenAI-compatible chat-completions API, such as https://api.openai.com/v1 or " +
              "a local server's http://127.0.0.1:8080/v1; setting it (or only OPENAI_API_KEY) " +
              "lets the translator translate anything",
          false,
          false),
      new SettingSpec(
          "OPENAI_API_KEY",
          "a secret",
          null,
          "sent as a bearer token; never logged or answered",
          false,
          true),
      new SettingSpec(
          "OPENAI_MODEL",
          "text",
          "gpt-4o-mini",
          "the model to ask",
          false,
          false),
      new SettingSpec(
          "OPENAI_TIMEOUT_SECONDS",
          "a whole number",
          "30",
          "how long one completion may take, from 1 to 600",
          false,
          false));

  private ChatBackendSettings_Module() {
  }

  /**
   * Reads {@link ChatBackendSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static ChatBackendSettings chatBackendSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    Optional<URI> baseUrl = read.optionalUrl("OPENAI_BASE_URL");
    Optional<Secret> apiKey = read.optionalSecret("OPENAI_API_KEY");
    String model = read.string("OPENAI_MODEL", "gpt-4o-mini");
    int timeoutSeconds = read.integer("OPENAI_TIMEOUT_SECONDS", "30");
    return read.build("ChatBackendSettings", () -> new ChatBackendSettings(baseUrl, apiKey, model,
        timeoutSeconds));
  }
}
