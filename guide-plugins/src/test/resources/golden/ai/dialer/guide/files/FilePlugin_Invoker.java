package ai.dialer.guide.files;

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
 * Invokes {@link FilePlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class FilePlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of action "read"'s arguments, as a tool's input.
   */
  private static final String READ_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "The file, relative to the plugin's directory.",
            "examples": [
              "notes/today.txt"
            ]
          }
        },
        "required": [
          "filepath"
        ],
        "additionalProperties": false,
        "description": "Read a text file."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String READ_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
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
          "size": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          }
        },
        "required": [
          "filepath",
          "content",
          "size"
        ]
      }""";

  /**
   * The JSON Schema of action "write"'s arguments, as a tool's input.
   */
  private static final String WRITE_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "The file, relative to the plugin's directory."
          },
          "content": {
            "type": "string",
            "description": "The text to write."
          }
        },
        "required": [
          "filepath",
          "content"
        ],
        "additionalProperties": false,
        "description": "Write a text file, replacing it whole."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String WRITE_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "size": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
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
          "filepath",
          "size",
          "message"
        ]
      }""";

  /**
   * The JSON Schema of action "list"'s arguments, as a tool's input.
   */
  private static final String LIST_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "anyOf": [
              {
                "type": "string",
                "minLength": 1,
                "maxLength": 1024
              },
              {
                "type": "null"
              }
            ],
            "description": "The directory, relative to the plugin's directory.",
            "default": "."
          }
        },
        "additionalProperties": false,
        "description": "List a directory."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String LIST_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "entries": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/FilePlugin.Entry"
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
          "filepath",
          "entries",
          "count"
        ],
        "$defs": {
          "FilePlugin.Entry": {
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
              "type": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "size": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              }
            },
            "required": [
              "name",
              "type",
              "size"
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
          "filepath": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "The file, relative to the plugin's directory."
          }
        },
        "required": [
          "filepath"
        ],
        "additionalProperties": false,
        "description": "Delete a file."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String DELETE_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "filepath": {
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
          "filepath",
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
        "title": "FilePlugin",
        "description": "Reads, writes, lists and deletes text files under one directory the server's \
      operator chose; paths are relative to it.",
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "action": {
                "enum": [
                  "read",
                  null
                ]
              },
              "filepath": {
                "type": "string",
                "minLength": 1,
                "maxLength": 1024,
                "description": "The file, relative to the plugin's directory.",
                "examples": [
                  "notes/today.txt"
                ]
              }
            },
            "required": [
              "filepath"
            ],
            "additionalProperties": false,
            "description": "Read a text file."
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "write"
              },
              "filepath": {
                "type": "string",
                "minLength": 1,
                "maxLength": 1024,
                "description": "The file, relative to the plugin's directory."
              },
              "content": {
                "type": "string",
                "description": "The text to write."
              }
            },
            "required": [
              "action",
              "filepath",
              "content"
            ],
            "additionalProperties": false,
            "description": "Write a text file, replacing it whole."
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "list"
              },
              "filepath": {
                "anyOf": [
                  {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 1024
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "The directory, relative to the plugin's directory.",
                "default": "."
              }
            },
            "additionalProperties": false,
            "description": "List a directory.",
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
              "filepath": {
                "type": "string",
                "minLength": 1,
                "maxLength": 1024,
                "description": "The file, relative to the plugin's directory."
              }
            },
            "required": [
              "action",
              "filepath"
            ],
            "additionalProperties": false,
            "description": "Delete a file."
          }
        ]
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "FilePlugin",
      "Reads, writes, lists and deletes text files under one directory the server's " +
          "operator chose; paths are relative to it.",
      List.of(
        new ActionDescriptor(
            "read",
            true, // default
            "Read a text file.",
            List.of(
              new ParameterSpec(
                  "filepath",
                  "string",
                  "The file, relative to the plugin's directory.",
                  true,
                  null)),
            READ_INPUT_SCHEMA,
            READ_OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            ),
        new ActionDescriptor(
            "write",
            false, // default
            "Write a text file, replacing it whole.",
            List.of(
              new ParameterSpec(
                  "filepath",
                  "string",
                  "The file, relative to the plugin's directory.",
                  true,
                  null),
              new ParameterSpec(
                  "content",
                  "string",
                  "The text to write.",
                  true,
                  null)),
            WRITE_INPUT_SCHEMA,
            WRITE_OUTPUT_SCHEMA,
            false, // result wrapped
            false // read only
            ),
        new ActionDescriptor(
            "list",
            false, // default
            "List a directory.",
            List.of(
              new ParameterSpec(
                  "filepath",
                  "string",
                  "The directory, relative to the plugin's directory.",
                  false,
                  "\".\"")),
            LIST_INPUT_SCHEMA,
            LIST_OUTPUT_SCHEMA,
            false, // result wrapped
            true // read only
            ),
        new ActionDescriptor(
            "delete",
            false, // default
            "Delete a file.",
            List.of(
              new ParameterSpec(
                  "filepath",
                  "string",
                  "The file, relative to the plugin's directory.",
                  true,
                  null)),
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
          Duration.ofMillis(60000), // cache time to live
          true, // enabled by default
          true) // requires a key
      );

  private final FilePlugin plugin;

  @Inject
  public FilePlugin_Invoker(FilePlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    switch (ActionSelector.select(context, DESCRIPTOR)) {
      case "read" -> {
        FilePlugin_Validator.ReadArguments arguments = context.read(FilePlugin_Validator::readRead);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              FilePlugin.Read result = plugin.read(arguments.filepath());
              return FilePlugin_Encoder.resultRead(result);
            });
      }
      case "write" -> {
        FilePlugin_Validator.WriteArguments arguments =
            context.read(FilePlugin_Validator::readWrite);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              FilePlugin.Written result = plugin.write(arguments.filepath(), arguments.content());
              return FilePlugin_Encoder.resultWrite(result);
            });
      }
      case "list" -> {
        FilePlugin_Validator.ListArguments arguments = context.read(FilePlugin_Validator::readList);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              FilePlugin.Listing result = plugin.list(arguments.filepath());
              return FilePlugin_Encoder.resultList(result);
            });
      }
      case "delete" -> {
        FilePlugin_Validator.DeleteArguments arguments =
            context.read(FilePlugin_Validator::readDelete);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              FilePlugin.Deleted result = plugin.delete(arguments.filepath());
              return FilePlugin_Encoder.resultDelete(result);
            });
      }
      default -> throw new IllegalStateException("not an action of this plugin");
    }
  }
}
