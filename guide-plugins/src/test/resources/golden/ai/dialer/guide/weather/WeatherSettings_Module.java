package ai.dialer.guide.weather;

import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsReader;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.Module;
import dagger.Provides;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Binds {@link WeatherSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class WeatherSettings_Module {
  /**
   * The variables of {@link WeatherSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "WEATHER_PLUGIN_GEOCODING_URL",
          "an http or https URL",
          "https://geocoding-api.open-meteo.com/v1/search",
          "the geocoding endpoint (a place's name to coordinates)",
          false,
          false),
      new SettingSpec(
          "WEATHER_PLUGIN_FORECAST_URL",
          "an http or https URL",
          "https://api.open-meteo.com/v1/forecast",
          "the forecast endpoint",
          false,
          false),
      new SettingSpec(
          "WEATHER_PLUGIN_TIMEOUT_SECONDS",
          "a whole number",
          "10",
          "how long each request may take, from 1 to 60",
          false,
          false));

  private WeatherSettings_Module() {
  }

  /**
   * Reads {@link WeatherSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static WeatherSettings weatherSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    URI geocodingUrl =
        read.url("WEATHER_PLUGIN_GEOCODING_URL", "https://geocoding-api.open-meteo.com/v1/search");
    URI forecastUrl =
        read.url("WEATHER_PLUGIN_FORECAST_URL", "https://api.open-meteo.com/v1/forecast");
    int timeoutSeconds = read.integer("WEATHER_PLUGIN_TIMEOUT_SECONDS", "10");
    return read.build("WeatherSettings", () -> new WeatherSettings(geocodingUrl, forecastUrl,
        timeoutSeconds));
  }
}
