package ai.dialer.guide.weather;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link WeatherPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class WeatherPlugin_Encoder {
  private WeatherPlugin_Encoder() {
  }

  public static void writeLocation(JsonGenerator generator, WeatherPlugin.Location value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("name");
    JsonWrite.string(generator, value.name());
    generator.writeFieldName("country");
    JsonWrite.string(generator, value.country());
    generator.writeFieldName("latitude");
    JsonWrite.number(generator, value.latitude());
    generator.writeFieldName("longitude");
    JsonWrite.number(generator, value.longitude());
    generator.writeEndObject();
  }

  public static void writeUnits(JsonGenerator generator, WeatherPlugin.Units value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    switch (value) {
      case CELSIUS: generator.writeString("celsius"); break;
      case FAHRENHEIT: generator.writeString("fahrenheit"); break;
      default: throw new IllegalStateException("No wire value for " + value);
    }
  }

  public static void writeWeather(JsonGenerator generator, WeatherPlugin.Weather value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("location");
    WeatherPlugin_Encoder.writeLocation(generator, value.location());
    generator.writeFieldName("temperature");
    JsonWrite.number(generator, value.temperature());
    generator.writeFieldName("units");
    WeatherPlugin_Encoder.writeUnits(generator, value.units());
    generator.writeFieldName("condition");
    JsonWrite.string(generator, value.condition());
    generator.writeFieldName("weather_code");
    generator.writeNumber(value.weatherCode());
    generator.writeFieldName("wind_speed_kmh");
    JsonWrite.number(generator, value.windSpeedKmh());
    generator.writeFieldName("observed_at");
    JsonWrite.string(generator, value.observedAt());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(WeatherPlugin.Weather value) {
    return generator -> WeatherPlugin_Encoder.writeWeather(generator, value);
  }
}
