package ai.dialer.guide.api;

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
 * Binds {@link HttpApiSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class HttpApiSettings_Module {
  /**
   * The variables of {@link HttpApiSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "HTTP_API_PLUGIN_BASE_URL",
          "an http or https URL",
          null,
          "the API's base URL; calls go to paths under it, and nowhere else",
          false,
          false),
      new SettingSpec(
          "HTTP_API_PLUGIN_SECRET",
          "a secret",
          null,
          "sent as a bearer token; never logged or answered",
          false,
          true),
      new SettingSpec(
          "HTTP_API_PLUGIN_ALLOW_PRIVATE",
          "true or false",
          "false",
          "true lets the base's host be a loopback or private address (refused otherwise, " +
              "against server-side request forgery)",
          false,
          false),
      new SettingSpec(
          "HTTP_API_PLUGIN_TIMEOUT_SECONDS",
          "a whole number",
          "10",
          "how long one call may take, from 1 to 120",
          false,
          false),
      new SettingSpec(
          "HTTP_API_PLUGIN_MAX_RESPONSE_BYTES",
          "a whole number",
          "1048576",
          "the largest answer read, in bytes",
          false,
          false));

  private HttpApiSettings_Module() {
  }

  /**
   * Reads {@link HttpApiSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static HttpApiSettings httpApiSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    Optional<URI> baseUrl = read.optionalUrl("HTTP_API_PLUGIN_BASE_URL");
    Optional<Secret> secret = read.optionalSecret("HTTP_API_PLUGIN_SECRET");
    boolean allowPrivate = read.bool("HTTP_API_PLUGIN_ALLOW_PRIVATE", "false");
    int timeoutSeconds = read.integer("HTTP_API_PLUGIN_TIMEOUT_SECONDS", "10");
    int maxResponseBytes = read.integer("HTTP_API_PLUGIN_MAX_RESPONSE_BYTES", "1048576");
    return read.build("HttpApiSettings", () -> new HttpApiSettings(baseUrl, secret, allowPrivate,
        timeoutSeconds, maxResponseBytes));
  }
}
