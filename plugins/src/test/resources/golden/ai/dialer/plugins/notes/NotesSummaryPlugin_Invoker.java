package ai.dialer.plugins.notes;

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
 * Invokes {@link NotesSummaryPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NotesSummaryPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "user_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Whose notes to summarise.",
            "default": "default"
          },
          "tag": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Only notes with this tag."
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
            "default": 100
          }
        },
        "additionalProperties": false,
        "description": "Summarise a user's notes."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "user_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "note_count": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          },
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
          "user_id",
          "note_count",
          "summary",
          "original_length",
          "message"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "NotesSummaryPlugin",
        "description": "Summarises all of a user's notes, optionally only those with one tag.",
        "type": "object",
        "properties": {
          "user_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Whose notes to summarise.",
            "default": "default"
          },
          "tag": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Only notes with this tag."
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
            "default": 100
          }
        },
        "additionalProperties": false
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "NotesSummaryPlugin",
      "Summarises all of a user's notes, optionally only those with one tag.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "Summarise a user's notes.",
            List.of(
              new ParameterSpec(
                  "user_id",
                  "string",
                  "Whose notes to summarise.",
                  false,
                  "\"default\""),
              new ParameterSpec(
                  "tag",
                  "string",
                  "Only notes with this tag.",
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

  private final NotesSummaryPlugin plugin;

  @Inject
  public NotesSummaryPlugin_Invoker(NotesSummaryPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    NotesSummaryPlugin_Validator.Arguments arguments =
        context.read(NotesSummaryPlugin_Validator::read);
    return PluginInvoker.Call.of(
        arguments,
        () -> {
          NotesSummaryPlugin.NotesSummary result = plugin.summarize(arguments.userId(),
              arguments.tag(), arguments.maxLength());
          return NotesSummaryPlugin_Encoder.result(result);
        });
  }
}
