package ai.dialer.guide.weather;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link WeatherPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class WeatherPlugin_Validator {
  private static final List<String> KEYS = List.of("location", "units");

  private WeatherPlugin_Validator() {
  }

  private static WeatherPlugin.Units readUnits(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      switch (parser.getText()) {
        case "celsius":
          return WeatherPlugin.Units.CELSIUS;
        case "fahrenheit":
          return WeatherPlugin.Units.FAHRENHEIT;
      }
    }
    Read.notOneOf(parser, path, violations, "\"celsius\", \"fahrenheit\"");
    return null;
  }

  /**
   * Reads the context of {@link WeatherPlugin#weather}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String location = null;
    boolean locationSeen = false;
    WeatherPlugin.Units units = WeatherPlugin.Units.CELSIUS;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "location" -> {
          locationSeen = true;
          if (isNull) {
            violations.nullValue("/location");
          } else {
            String value = Read.string(parser, "/location", violations);
            if (value != null) {
              Check.minLength(value, 1, "/location", violations);
              Check.maxLength(value, 200, "/location", violations);
              location = value;
            }
          }
        }
        case "units" -> {
          if (!isNull) {
            units = readUnits(parser, "/units", violations);
          }
        }
        default -> Read.unknownKey(parser, "", KEYS, violations);
      }
    }
    if (!locationSeen) {
      violations.missing("/location");
    }
    violations.check();
    return new Arguments(location, units);
  }

  /**
   * The arguments of {@link WeatherPlugin#weather}, read from a valid context.
   */
  public record Arguments(String location, WeatherPlugin.Units units) {
  }
}
