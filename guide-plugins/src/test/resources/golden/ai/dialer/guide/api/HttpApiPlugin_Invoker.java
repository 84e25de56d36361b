package ai.dialer.guide.api;

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
 * Invokes {@link HttpApiPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class HttpApiPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "endpoint": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "A path under the API's base URL.",
            "examples": [
              "users/42"
            ]
          },
          "params": {
            "anyOf": [
              {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              {
                "type": "null"
              }
            ],
            "description": "Query parameters.",
            "default": {}
          }
        },
        "required": [
          "endpoint"
        ],
        "additionalProperties": false,
        "description": "GET an endpoint of the API."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "endpoint": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "status": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          },
          "content_type": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "json": {
            "anyOf": [
              {},
              {
                "type": "null"
              }
            ]
          },
          "text": {
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
          "endpoint",
          "status",
          "content_type",
          "json",
          "text"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "HttpApiPlugin",
        "description": "Calls the one web API this server is configured for: GET a path under its base \
      URL, with query parameters, and get its answer.",
        "type": "object",
        "properties": {
          "endpoint": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "A path under the API's base URL.",
            "examples": [
              "users/42"
            ]
          },
          "params": {
            "anyOf": [
              {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              {
                "type": "null"
              }
            ],
            "description": "Query parameters.",
            "default": {}
          }
        },
        "required": [
          "endpoint"
        ],
        "additionalProperties": false
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "HttpApiPlugin",
      "Calls the one web API this server is configured for: GET a path under its base " +
          "URL, with query parameters, and get its answer.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "GET an endpoint of the API.",
            List.of(
              new ParameterSpec(
                  "endpoint",
                  "string",
                  "A path under the API's base URL.",
                  true,
                  null),
              new ParameterSpec(
                  "params",
                  "object",
                  "Query parameters.",
                  false,
                  "{}")),
            INPUT_SCHEMA,
            OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            )),
      SCHEMA,
      new InvocationPolicy(
          Duration.ofMillis(30000), // timeout
          64, // max concurrent calls
          false, // idempotent
          0, // max retries
          Duration.ofMillis(100), // retry backoff
          0, // cache entries
          Duration.ofMillis(60000), // cache time to live
          true, // enabled by default
          true) // requires a key
      );

  private final HttpApiPlugin plugin;

  @Inject
  public HttpApiPlugin_Invoker(HttpApiPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    HttpApiPlugin_Validator.Arguments arguments = context.read(HttpApiPlugin_Validator::read);
    return PluginInvoker.Call.of(
        arguments,
        () -> {
          HttpApiPlugin.Answer result = plugin.call(arguments.endpoint(), arguments.params());
          return HttpApiPlugin_Encoder.result(result);
        });
  }
}
