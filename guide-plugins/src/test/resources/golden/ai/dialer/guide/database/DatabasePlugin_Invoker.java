package ai.dialer.guide.database;

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
 * Invokes {@link DatabasePlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class DatabasePlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of action "save"'s arguments, as a tool's input.
   */
  private static final String SAVE_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "collection": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]{0,63}$",
            "description": "The collection: lower-case letters, digits and _.",
            "examples": [
              "leads"
            ]
          },
          "record": {
            "type": "object",
            "additionalProperties": {},
            "description": "The record: any fields, any JSON values."
          }
        },
        "required": [
          "collection",
          "record"
        ],
        "additionalProperties": false,
        "description": "Save a record into a collection."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String SAVE_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          },
          "collection": {
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
          "id",
          "collection",
          "message"
        ]
      }""";

  /**
   * The JSON Schema of action "query"'s arguments, as a tool's input.
   */
  private static final String QUERY_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "collection": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]{0,63}$",
            "description": "The collection.",
            "examples": [
              "leads"
            ]
          },
          "where": {
            "anyOf": [
              {
                "type": "object",
                "additionalProperties": {}
              },
              {
                "type": "null"
              }
            ],
            "description": "Fields and the values they must equal.",
            "default": {}
          },
          "order_by": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ],
            "description": "A field to order by; by default, the order they were saved in."
          },
          "descending": {
            "anyOf": [
              {
                "type": "boolean"
              },
              {
                "type": "null"
              }
            ],
            "description": "Largest first.",
            "default": false
          },
          "limit": {
            "anyOf": [
              {
                "type": "integer",
                "minimum": 1,
                "maximum": 1000
              },
              {
                "type": "null"
              }
            ],
            "description": "At most this many records.",
            "default": 50
          }
        },
        "required": [
          "collection"
        ],
        "additionalProperties": false,
        "description": "Find records by field values."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String QUERY_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "collection": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "records": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/RecordStore.Stored"
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
          "collection",
          "records",
          "count"
        ],
        "$defs": {
          "RecordStore.Stored": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "record": {
                "anyOf": [
                  {},
                  {
                    "type": "null"
                  }
                ]
              },
              "saved_at": {
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
              "id",
              "record",
              "saved_at"
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
        "title": "DatabasePlugin",
        "description": "Saves JSON records into named collections and finds them again by field values: a \
      small document store.",
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "action": {
                "enum": [
                  "save",
                  null
                ]
              },
              "collection": {
                "type": "string",
                "pattern": "^[a-z][a-z0-9_]{0,63}$",
                "description": "The collection: lower-case letters, digits and _.",
                "examples": [
                  "leads"
                ]
              },
              "record": {
                "type": "object",
                "additionalProperties": {},
                "description": "The record: any fields, any JSON values."
              }
            },
            "required": [
              "collection",
              "record"
            ],
            "additionalProperties": false,
            "description": "Save a record into a collection."
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "query"
              },
              "collection": {
                "type": "string",
                "pattern": "^[a-z][a-z0-9_]{0,63}$",
                "description": "The collection.",
                "examples": [
                  "leads"
                ]
              },
              "where": {
                "anyOf": [
                  {
                    "type": "object",
                    "additionalProperties": {}
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Fields and the values they must equal.",
                "default": {}
              },
              "order_by": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "A field to order by; by default, the order they were saved in."
              },
              "descending": {
                "anyOf": [
                  {
                    "type": "boolean"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Largest first.",
                "default": false
              },
              "limit": {
                "anyOf": [
                  {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "At most this many records.",
                "default": 50
              }
            },
            "required": [
              "action",
              "collection"
            ],
            "additionalProperties": false,
            "description": "Find records by field values."
          }
        ]
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "DatabasePlugin",
      "Saves JSON records into named collections and finds them again by field values: " +
          "a small document store.",
      List.of(
        new ActionDescriptor(
            "save",
            true, // default
            "Save a record into a collection.",
            List.of(
              new ParameterSpec(
                  "collection",
                  "string",
                  "The collection: lower-case letters, digits and _.",
                  true,
                  null),
              new ParameterSpec(
                  "record",
                  "object",
                  "The record: any fields, any JSON values.",
                  true,
                  null)),
            SAVE_INPUT_SCHEMA,
            SAVE_OUTPUT_SCHEMA,
            false, // result wrapped
            false // read only
            ),
        new ActionDescriptor(
            "query",
            false, // default
            "Find records by field values.",
            List.of(
              new ParameterSpec(
                  "collection",
                  "string",
                  "The collection.",
                  true,
                  null),
              new ParameterSpec(
                  "where",
                  "object",
                  "Fields and the values they must equal.",
                  false,
                  "{}"),
              new ParameterSpec(
                  "order_by",
                  "string",
                  "A field to order by; by default, the order they were saved in.",
                  false,
                  null),
              new ParameterSpec(
                  "descending",
                  "boolean",
                  "Largest first.",
                  false,
                  "false"),
              new ParameterSpec(
                  "limit",
                  "integer",
                  "At most this many records.",
                  false,
                  "50")),
            QUERY_INPUT_SCHEMA,
            QUERY_OUTPUT_SCHEMA,
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

  private final DatabasePlugin plugin;

  @Inject
  public DatabasePlugin_Invoker(DatabasePlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    switch (ActionSelector.select(context, DESCRIPTOR)) {
      case "save" -> {
        DatabasePlugin_Validator.SaveArguments arguments =
            context.read(DatabasePlugin_Validator::readSave);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              DatabasePlugin.Saved result = plugin.save(arguments.collection(), arguments.record());
              return DatabasePlugin_Encoder.resultSave(result);
            });
      }
      case "query" -> {
        DatabasePlugin_Validator.QueryArguments arguments =
            context.read(DatabasePlugin_Validator::readQuery);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              DatabasePlugin.Found result = plugin.query(arguments.collection(), arguments.where(),
                  arguments.orderBy(), arguments.descending(), arguments.limit());
              return DatabasePlugin_Encoder.resultQuery(result);
            });
      }
      default -> throw new IllegalStateException("not an action of this plugin");
    }
  }
}
