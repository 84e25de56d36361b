package ai.dialer.plugins.translate;

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
 * Invokes {@link TranslatorPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class TranslatorPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000,
            "description": "The text to translate.",
            "examples": [
              "Where is the station?"
            ]
          },
          "target_language": {
            "type": "string",
            "description": "The language to translate into: a name (\\"Spanish\\") or an ISO code \
      (\\"es\\")."
          },
          "source_language": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "The text's language, name or ISO code; \\"auto\\" to detect it.",
            "default": "auto"
          }
        },
        "required": [
          "text",
          "target_language"
        ],
        "additionalProperties": false,
        "description": "Translate a text."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "original_text": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "translated_text": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "source_language": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "target_language": {
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
          "original_text",
          "translated_text",
          "source_language",
          "target_language",
          "message"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "TranslatorPlugin",
        "description": "Translates text into another language. Uses the configured language model; without \
      one, only common phrases are known.",
        "type": "object",
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000,
            "description": "The text to translate.",
            "examples": [
              "Where is the station?"
            ]
          },
          "target_language": {
            "type": "string",
            "description": "The language to translate into: a name (\\"Spanish\\") or an ISO code \
      (\\"es\\")."
          },
          "source_language": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "The text's language, name or ISO code; \\"auto\\" to detect it.",
            "default": "auto"
          }
        },
        "required": [
          "text",
          "target_language"
        ],
        "additionalProperties": false
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "TranslatorPlugin",
      "Translates text into another language. Uses the configured language model; " +
          "without one, only common phrases are known.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "Translate a text.",
            List.of(
              new ParameterSpec(
                  "text",
                  "string",
                  "The text to translate.",
                  true,
                  null),
              new ParameterSpec(
                  "target_language",
                  "string",
                  "The language to translate into: a name (\"Spanish\") or an ISO code (\"es\").",
                  true,
                  null),
              new ParameterSpec(
                  "source_language",
                  "string",
                  "The text's language, name or ISO code; \"auto\" to detect it.",
                  false,
                  "\"auto\"")),
            INPUT_SCHEMA,
            OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            )),
      SCHEMA,
      new InvocationPolicy(
          Duration.ofMillis(30000), // timeout
          64, // max concurrent calls
          true, // idempotent
          2, // max retries
          Duration.ofMillis(200), // retry backoff
          1000, // cache entries
          Duration.ofMillis(3600000)) // cache time to live
      );

  private final TranslatorPlugin plugin;

  @Inject
  public TranslatorPlugin_Invoker(TranslatorPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    TranslatorPlugin_Validator.Arguments arguments = context.read(TranslatorPlugin_Validator::read);
    return PluginInvoker.Call.async(
        arguments,
        () -> plugin.translate(arguments.text(), arguments.targetLanguage(),
            arguments.sourceLanguage()),
        TranslatorPlugin_Encoder::result);
  }
}
