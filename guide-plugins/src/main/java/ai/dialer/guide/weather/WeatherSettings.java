package ai.dialer.guide.weather;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;
import java.net.URI;

/**
 * Where the weather comes from: Open-Meteo's keyless geocoding and forecast endpoints, or any
 * server that answers as they do.
 */
@Settings(prefix = "WEATHER_PLUGIN")
public record WeatherSettings(
    @Setting(
            description = "the geocoding endpoint (a place's name to coordinates)",
            defaultValue = "https://geocoding-api.open-meteo.com/v1/search")
        URI geocodingUrl,
    @Setting(
            description = "the forecast endpoint",
            defaultValue = "https://api.open-meteo.com/v1/forecast")
        URI forecastUrl,
    @Setting(description = "how long each request may take, from 1 to 60", defaultValue = "10")
        int timeoutSeconds) {
  public WeatherSettings {
    if (timeoutSeconds < 1 || timeoutSeconds > 60) {
      throw new IllegalArgumentException(
          "WEATHER_PLUGIN_TIMEOUT_SECONDS must be from 1 to 60, but is " + timeoutSeconds + ".");
    }
  }
}
