package ai.dialer.aggregated;

import ai.dialer.guide.weather.WeatherSettings;
import ai.dialer.guide.weather.WeatherSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "WeatherSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = WeatherSettings_Module.class,
    settings = WeatherSettings.class,
    variables = {
        "WEATHER_PLUGIN_GEOCODING_URL",
        "WEATHER_PLUGIN_FORECAST_URL",
        "WEATHER_PLUGIN_TIMEOUT_SECONDS"
    }
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_weather_WeatherSettings {
  private ai_dialer_guide_weather_WeatherSettings() {
  }
}
