package ai.dialer.plugins.summary;

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
 * Invokes {@link SummarizerPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class SummarizerPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "text": {
            "anyOf": [
              {
                "type": "string",
                "minLength": 1
              },
              {
                "type": "null"
              }
            ],
            "description": "The text to summarise. Give this or conversation."
          },
          "conversation": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/SummarizerPlugin.Turn"
                },
                "minItems": 1
              },
              {
                "type": "null"
              }
            ],
            "description": "The conversation to summarise, turn by turn. Give this or text."
          },
          "max_length": {
            "anyOf": [
              {
                "type": "integer",
                "minimum": 1,
                "maximum": 10000
              },
              {
                "type": "null"
              }
            ],
            "description": "The longest summary, in words.",
            "default": 100,
            "examples": [
              50
            ]
          }
        },
        "additionalProperties": false,
        "anyOf": [
          {
            "required": [
              "text"
            ],
            "properties": {
              "text": {
                "not": {
                  "type": "null"
                }
              }
            }
          },
          {
            "required": [
              "conversation"
            ],
            "properties": {
              "conversation": {
                "not": {
                  "type": "null"
                }
              }
            }
          }
        ],
        "description": "Summarise a text or a conversation.",
        "$defs": {
          "SummarizerPlugin.Turn": {
            "type": "object",
            "properties": {
              "role": {
                "type": "string",
                "description": "Who spoke: user, assistant, or a name."
              },
              "content": {
                "type": "string",
                "description": "What they said."
              }
            },
            "required": [
              "role",
              "content"
            ],
            "additionalProperties": false
          }
        }
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "summary": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "original_length": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          },
          "summary_length": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          },
          "compression_ratio": {
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
          "summary",
          "original_length",
          "summary_length",
          "compression_ratio"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "SummarizerPlugin",
        "description": "Summarises a text or a conversation into its most informative sentences, within a \
      word budget. Works offline.",
        "type": "object",
        "properties": {
          "text": {
            "anyOf": [
              {
                "type": "string",
                "minLength": 1
              },
              {
                "type": "null"
              }
            ],
            "description": "The text to summarise. Give this or conversation."
          },
          "conversation": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/SummarizerPlugin.Turn"
                },
                "minItems": 1
              },
              {
                "type": "null"
              }
            ],
            "description": "The conversation to summarise, turn by turn. Give this or text."
          },
          "max_length": {
            "anyOf": [
              {
                "type": "integer",
                "minimum": 1,
                "maximum": 10000
              },
              {
                "type": "null"
              }
            ],
            "description": "The longest summary, in words.",
            "default": 100,
            "examples": [
              50
            ]
          }
        },
        "additionalProperties": false,
        "anyOf": [
          {
            "required": [
              "text"
            ],
            "properties": {
              "text": {
                "not": {
                  "type": "null"
                }
              }
            }
          },
          {
            "required": [
              "conversation"
            ],
            "properties": {
              "conversation": {
                "not": {
                  "type": "null"
                }
              }
            }
          }
        ],
        "$defs": {
          "SummarizerPlugin.Turn": {
            "type": "object",
            "properties": {
              "role": {
                "type": "string",
                "description": "Who spoke: user, assistant, or a name."
              },
              "content": {
                "type": "string",
                "description": "What they said."
              }
            },
            "required": [
              "role",
              "content"
            ],
            "additionalProperties": false
          }
        }
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "SummarizerPlugin",
      "Summarises a text or a conversation into its most informative sentences, within " +
          "a word budget. Works offline.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "Summarise a text or a conversation.",
            List.of(
              new ParameterSpec(
                  "text",
                  "string",
                  "The text to summarise. Give this or conversation.",
                  false,
                  null),
              new ParameterSpec(
                  "conversation",
                  "array",
                  "The conversation to summarise, turn by turn. Give this or text.",
                  false,
                  null),
              new ParameterSpec(
                  "max_length",
                  "integer",
                  "The longest summary, in words.",
                  false,
                  "100")),
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
          Duration.ofMillis(60000)) // cache time to live
      );

  private final SummarizerPlugin plugin;

  @Inject
  public SummarizerPlugin_Invoker(SummarizerPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    SummarizerPlugin_Validator.Arguments arguments = context.read(SummarizerPlugin_Validator::read);
    return PluginInvoker.Call.of(
        arguments,
        () -> {
          SummarizerPlugin.Summary result = plugin.summarize(arguments.text(),
              arguments.conversation(), arguments.maxLength());
          return SummarizerPlugin_Encoder.result(result);
        });
  }
}
