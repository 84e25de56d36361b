package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record of settings a plugin injects: each component is one environment variable (or {@code
 * .env} line), named {@code PREFIX_NAME}, read and checked when the server starts. A value that is
 * missing or malformed stops start-up with a message that names the variable; {@code --help} lists
 * every setting with its default.
 *
 * <pre>
 * &#64;Settings(prefix = "WEATHER_PLUGIN")
 * public record WeatherSettings(
 *     &#64;Setting(description = "The forecast API.", defaultValue = "https://api.open-meteo.com/v1/forecast")
 *         URI forecastUrl,
 *     &#64;Setting(description = "The API key.") Optional&lt;Secret&gt; apiKey) {}
 * </pre>
 *
 * <p>The processor generates the Dagger binding that reads the record ({@code
 * WeatherSettings_Module}), so a plugin takes it as a constructor argument.
 *
 * <p>Rules the processor enforces: on a public record; the prefix is empty or upper-case letters,
 * digits and underscores; every component carries {@link Setting} with a description and has a
 * supported type ({@code String}, {@link ai.dialer.plugin.Secret}, {@code boolean}, {@code int},
 * {@code long}, {@code double}, {@code java.net.URI} (an absolute http or https URL), {@code
 * java.nio.file.Path}, {@code java.time.Duration} (ISO-8601, {@code PT30S}), an enum, or an {@code
 * Optional} of one of them); a default parses as its type; a secret has no default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {
  /**
   * What every variable's name starts with, without the underscore: {@code WEATHER_PLUGIN} for
   * {@code WEATHER_PLUGIN_FORECAST_URL}. A plugin's own prefix is its name in upper snake case, and
   * settings under it sit beside the server's per-plugin settings ({@code _TIMEOUT_MS}, …). Empty
   * for settings several plugins share, named in full by their components.
   */
  String prefix();
}
