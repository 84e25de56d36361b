package ai.dialer.guide.weather;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.ParameterSpec;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Inject;

/**
 * Invokes {@link WeatherPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class WeatherPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "location": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "A place: a city or a town.",
            "examples": [
              "Berlin"
            ]
          },
          "units": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "celsius",
                  "fahrenheit"
                ]
              },
              {
                "type": "null"
              }
            ],
            "description": "Temperature units.",
            "default": "celsius"
          }
        },
        "required": [
          "location"
        ],
        "additionalProperties": false,
        "description": "The weather now at a place."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "location": {
            "anyOf": [
              {
                "$ref": "#/$defs/WeatherPlugin.Location"
              },
              {
                "type": "null"
              }
            ]
          },
          "temperature": {
            "type": "number"
          },
          "units": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "celsius",
                  "fahrenheit"
                ]
              },
              {
                "type": "null"
              }
            ]
          },
          "condition": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "weather_code": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          },
          "wind_speed_kmh": {
            "type": "number"
          },
          "observed_at": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "message": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "location",
          "temperature",
          "units",
          "condition",
          "weather_code",
          "wind_speed_kmh",
          "observed_at",
          "message"
        ],
        "$defs": {
          "WeatherPlugin.Location": {
            "type": "object",
            "properties": {
              "name": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "country": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "latitude": {
                "type": "number"
              },
              "longitude": {
                "type": "number"
              }
            },
            "required": [
              "name",
              "country",
              "latitude",
              "longitude"
            ]
          }
        }
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "WeatherPlugin",
        "description": "Current weather for a place: temperature, conditions and wind.",
        "type": "object",
        "properties": {
          "location": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "A place: a city or a town.",
            "examples": [
              "Berlin"
            ]
          },
          "units": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "celsius",
                  "fahrenheit"
                ]
              },
              {
                "type": "null"
              }
            ],
            "description": "Temperature units.",
            "default": "celsius"
          }
        },
        "required": [
          "location"
        ],
        "additionalProperties": false
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "WeatherPlugin",
      "Current weather for a place: temperature, conditions and wind.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "The weather now at a place.",
            List.of(
              new ParameterSpec(
                  "location",
                  "string",
                  "A place: a city or a town.",
                  true,
                  null),
              new ParameterSpec(
                  "units",
                  "string",
                  "Temperature units.",
                  false,
                  "\"celsius\"",
                  List.of("celsius", "fahrenheit"))),
            INPUT_SCHEMA,
            OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            )),
      SCHEMA,
      new InvocationPolicy(
          Duration.ofMillis(25000), // timeout
          64, // max concurrent calls
          true, // idempotent
          1, // max retries
          Duration.ofMillis(200), // retry backoff
          1000, // cache entries
          Duration.ofMillis(600000)) // cache time to live
      );

  private final WeatherPlugin plugin;

  @Inject
  public WeatherPlugin_Invoker(WeatherPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    WeatherPlugin_Validator.Arguments arguments = context.read(WeatherPlugin_Validator::read);
    return PluginInvoker.Call.async(
        arguments,
        () -> plugin.weather(arguments.location(), arguments.units()),
        WeatherPlugin_Encoder::result);
  }
}
