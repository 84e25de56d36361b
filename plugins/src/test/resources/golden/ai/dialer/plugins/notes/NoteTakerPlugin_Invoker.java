package ai.dialer.plugins.notes;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ActionSelector;
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
 * Invokes {@link NoteTakerPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NoteTakerPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of action "add"'s arguments, as a tool's input.
   */
  private static final String ADD_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000,
            "description": "The text of the note.",
            "examples": [
              "Call Bob back about the quote"
            ]
          },
          "user_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Whose note it is.",
            "default": "default"
          },
          "tags": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "maxItems": 50
              },
              {
                "type": "null"
              }
            ],
            "description": "Labels to find the note by later.",
            "default": []
          }
        },
        "required": [
          "content"
        ],
        "additionalProperties": false,
        "description": "Save a note for a user."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String ADD_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "note": {
            "anyOf": [
              {
                "$ref": "#/$defs/Note"
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
          },
          "total_notes": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          }
        },
        "required": [
          "note",
          "message",
          "total_notes"
        ],
        "$defs": {
          "Note": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "content": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "timestamp": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
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
              "tags": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            },
            "required": [
              "id",
              "content",
              "timestamp",
              "user_id",
              "tags"
            ]
          }
        }
      }""";

  /**
   * The JSON Schema of action "list"'s arguments, as a tool's input.
   */
  private static final String LIST_INPUT_SCHEMA = """
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
            "description": "Whose notes to list.",
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
          }
        },
        "additionalProperties": false,
        "description": "List a user's notes, oldest first."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String LIST_OUTPUT_SCHEMA = """
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
          "notes": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Note"
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "count": {
            "type": "integer",
            "minimum": -2147483648,
            "maximum": 2147483647
          }
        },
        "required": [
          "user_id",
          "notes",
          "count"
        ],
        "$defs": {
          "Note": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "content": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "timestamp": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
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
              "tags": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            },
            "required": [
              "id",
              "content",
              "timestamp",
              "user_id",
              "tags"
            ]
          }
        }
      }""";

  /**
   * The JSON Schema of action "delete"'s arguments, as a tool's input.
   */
  private static final String DELETE_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "note_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9223372036854775807,
            "description": "The id of the note, as the add action returned it."
          },
          "user_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "Whose note it is.",
            "default": "default"
          }
        },
        "required": [
          "note_id"
        ],
        "additionalProperties": false,
        "description": "Delete one of a user's notes by its id."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String DELETE_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "note_id": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          },
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
          "deleted": {
            "type": "boolean"
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
          "note_id",
          "user_id",
          "deleted",
          "message"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "NoteTakerPlugin",
        "description": "Takes notes during a conversation and keeps them per user: save a note (the \
      default), list a user's notes, or delete one.",
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "action": {
                "enum": [
                  "add",
                  null
                ]
              },
              "content": {
                "type": "string",
                "minLength": 1,
                "maxLength": 20000,
                "description": "The text of the note.",
                "examples": [
                  "Call Bob back about the quote"
                ]
              },
              "user_id": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Whose note it is.",
                "default": "default"
              },
              "tags": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 50
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Labels to find the note by later.",
                "default": []
              }
            },
            "required": [
              "content"
            ],
            "additionalProperties": false,
            "description": "Save a note for a user."
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "list"
              },
              "user_id": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Whose notes to list.",
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
              }
            },
            "additionalProperties": false,
            "description": "List a user's notes, oldest first.",
            "required": [
              "action"
            ]
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "delete"
              },
              "note_id": {
                "type": "integer",
                "minimum": 1,
                "maximum": 9223372036854775807,
                "description": "The id of the note, as the add action returned it."
              },
              "user_id": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Whose note it is.",
                "default": "default"
              }
            },
            "required": [
              "action",
              "note_id"
            ],
            "additionalProperties": false,
            "description": "Delete one of a user's notes by its id."
          }
        ]
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "NoteTakerPlugin",
      "Takes notes during a conversation and keeps them per user: save a note (the " +
          "default), list a user's notes, or delete one.",
      List.of(
        new ActionDescriptor(
            "add",
            true, // default
            "Save a note for a user.",
            List.of(
              new ParameterSpec(
                  "content",
                  "string",
                  "The text of the note.",
                  true,
                  null),
              new ParameterSpec(
                  "user_id",
                  "string",
                  "Whose note it is.",
                  false,
                  "\"default\""),
              new ParameterSpec(
                  "tags",
                  "array",
                  "Labels to find the note by later.",
                  false,
                  "[]")),
            ADD_INPUT_SCHEMA,
            ADD_OUTPUT_SCHEMA,
            false, // result wrapped
            false // read only
            ),
        new ActionDescriptor(
            "list",
            false, // default
            "List a user's notes, oldest first.",
            List.of(
              new ParameterSpec(
                  "user_id",
                  "string",
                  "Whose notes to list.",
                  false,
                  "\"default\""),
              new ParameterSpec(
                  "tag",
                  "string",
                  "Only notes with this tag.",
                  false,
                  null)),
            LIST_INPUT_SCHEMA,
            LIST_OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            ),
        new ActionDescriptor(
            "delete",
            false, // default
            "Delete one of a user's notes by its id.",
            List.of(
              new ParameterSpec(
                  "note_id",
                  "integer",
                  "The id of the note, as the add action returned it.",
                  true,
                  null),
              new ParameterSpec(
                  "user_id",
                  "string",
                  "Whose note it is.",
                  false,
                  "\"default\"")),
            DELETE_INPUT_SCHEMA,
            DELETE_OUTPUT_SCHEMA,
            false, // result wrapped
            false // read only
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

  private final NoteTakerPlugin plugin;

  @Inject
  public NoteTakerPlugin_Invoker(NoteTakerPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    switch (ActionSelector.select(context, DESCRIPTOR)) {
      case "add" -> {
        NoteTakerPlugin_Validator.AddArguments arguments =
            context.read(NoteTakerPlugin_Validator::readAdd);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              NoteTakerPlugin.SavedNote result = plugin.add(arguments.content(), arguments.userId(),
                  arguments.tags());
              return NoteTakerPlugin_Encoder.resultAdd(result);
            });
      }
      case "list" -> {
        NoteTakerPlugin_Validator.ListArguments arguments =
            context.read(NoteTakerPlugin_Validator::readList);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              NoteTakerPlugin.NoteList result = plugin.list(arguments.userId(), arguments.tag());
              return NoteTakerPlugin_Encoder.resultList(result);
            });
      }
      case "delete" -> {
        NoteTakerPlugin_Validator.DeleteArguments arguments =
            context.read(NoteTakerPlugin_Validator::readDelete);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              NoteTakerPlugin.DeletedNote result = plugin.delete(arguments.noteId(),
                  arguments.userId());
              return NoteTakerPlugin_Encoder.resultDelete(result);
            });
      }
      default -> throw new IllegalStateException("not an action of this plugin");
    }
  }
}
