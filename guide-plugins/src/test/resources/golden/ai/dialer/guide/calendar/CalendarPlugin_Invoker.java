package ai.dialer.guide.calendar;

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
 * Invokes {@link CalendarPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CalendarPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of action "add"'s arguments, as a tool's input.
   */
  private static final String ADD_INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "What the event is.",
            "examples": [
              "Team standup"
            ]
          },
          "date": {
            "type": "string",
            "format": "date",
            "description": "Its day.",
            "examples": [
              "2026-12-24"
            ]
          },
          "time": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\\\.[0-9]{1,9})?)?$",
            "description": "When it starts.",
            "examples": [
              "09:30"
            ]
          },
          "duration_minutes": {
            "anyOf": [
              {
                "type": "integer",
                "minimum": 1,
                "maximum": 1440
              },
              {
                "type": "null"
              }
            ],
            "description": "How long it lasts, in minutes.",
            "default": 60
          },
          "attendees": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "maxItems": 100
              },
              {
                "type": "null"
              }
            ],
            "description": "Who attends.",
            "default": []
          }
        },
        "required": [
          "title",
          "date",
          "time"
        ],
        "additionalProperties": false,
        "description": "Add an event."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String ADD_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "event": {
            "anyOf": [
              {
                "$ref": "#/$defs/Event"
              },
              {
                "type": "null"
              }
            ]
          },
          "overlaps": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Event"
                }
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
          "event",
          "overlaps",
          "message"
        ],
        "$defs": {
          "Event": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "title": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "date": {
                "anyOf": [
                  {
                    "type": "string",
                    "format": "date"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "time": {
                "anyOf": [
                  {
                    "type": "string",
                    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\\\.[0-9]{1,9})?)?$"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "duration_minutes": {
                "type": "integer",
                "minimum": -2147483648,
                "maximum": 2147483647
              },
              "attendees": {
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
              },
              "created_at": {
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
              "title",
              "date",
              "time",
              "duration_minutes",
              "attendees",
              "created_at"
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
          "from": {
            "anyOf": [
              {
                "type": "string",
                "format": "date"
              },
              {
                "type": "null"
              }
            ],
            "description": "From this day, included."
          },
          "to": {
            "anyOf": [
              {
                "type": "string",
                "format": "date"
              },
              {
                "type": "null"
              }
            ],
            "description": "To this day, included."
          }
        },
        "additionalProperties": false,
        "description": "List events by date and time."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String LIST_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "events": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Event"
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
          "events",
          "count"
        ],
        "$defs": {
          "Event": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "title": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "date": {
                "anyOf": [
                  {
                    "type": "string",
                    "format": "date"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "time": {
                "anyOf": [
                  {
                    "type": "string",
                    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\\\.[0-9]{1,9})?)?$"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "duration_minutes": {
                "type": "integer",
                "minimum": -2147483648,
                "maximum": 2147483647
              },
              "attendees": {
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
              },
              "created_at": {
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
              "title",
              "date",
              "time",
              "duration_minutes",
              "attendees",
              "created_at"
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
          "event_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9223372036854775807,
            "description": "The event's id, as add or list gave it."
          }
        },
        "required": [
          "event_id"
        ],
        "additionalProperties": false,
        "description": "Delete an event by its id."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String DELETE_OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "event": {
            "anyOf": [
              {
                "$ref": "#/$defs/Event"
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
          "remaining": {
            "type": "integer",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          }
        },
        "required": [
          "event",
          "message",
          "remaining"
        ],
        "$defs": {
          "Event": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "title": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "date": {
                "anyOf": [
                  {
                    "type": "string",
                    "format": "date"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "time": {
                "anyOf": [
                  {
                    "type": "string",
                    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\\\.[0-9]{1,9})?)?$"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "duration_minutes": {
                "type": "integer",
                "minimum": -2147483648,
                "maximum": 2147483647
              },
              "attendees": {
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
              },
              "created_at": {
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
              "title",
              "date",
              "time",
              "duration_minutes",
              "attendees",
              "created_at"
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
        "title": "CalendarPlugin",
        "description": "A calendar of events: add one (with the events it overlaps), list them, optionally \
      between two dates, or delete one by its id.",
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
              "title": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200,
                "description": "What the event is.",
                "examples": [
                  "Team standup"
                ]
              },
              "date": {
                "type": "string",
                "format": "date",
                "description": "Its day.",
                "examples": [
                  "2026-12-24"
                ]
              },
              "time": {
                "type": "string",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\\\.[0-9]{1,9})?)?$",
                "description": "When it starts.",
                "examples": [
                  "09:30"
                ]
              },
              "duration_minutes": {
                "anyOf": [
                  {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1440
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "How long it lasts, in minutes.",
                "default": 60
              },
              "attendees": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Who attends.",
                "default": []
              }
            },
            "required": [
              "title",
              "date",
              "time"
            ],
            "additionalProperties": false,
            "description": "Add an event."
          },
          {
            "type": "object",
            "properties": {
              "action": {
                "const": "list"
              },
              "from": {
                "anyOf": [
                  {
                    "type": "string",
                    "format": "date"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "From this day, included."
              },
              "to": {
                "anyOf": [
                  {
                    "type": "string",
                    "format": "date"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "To this day, included."
              }
            },
            "additionalProperties": false,
            "description": "List events by date and time.",
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
              "event_id": {
                "type": "integer",
                "minimum": 1,
                "maximum": 9223372036854775807,
                "description": "The event's id, as add or list gave it."
              }
            },
            "required": [
              "action",
              "event_id"
            ],
            "additionalProperties": false,
            "description": "Delete an event by its id."
          }
        ]
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "CalendarPlugin",
      "A calendar of events: add one (with the events it overlaps), list them, " +
          "optionally between two dates, or delete one by its id.",
      List.of(
        new ActionDescriptor(
            "add",
            true, // default
            "Add an event.",
            List.of(
              new ParameterSpec(
                  "title",
                  "string",
                  "What the event is.",
                  true,
                  null),
              new ParameterSpec(
                  "date",
                  "string",
                  "Its day.",
                  true,
                  null),
              new ParameterSpec(
                  "time",
                  "string",
                  "When it starts.",
                  true,
                  null),
              new ParameterSpec(
                  "duration_minutes",
                  "integer",
                  "How long it lasts, in minutes.",
                  false,
                  "60"),
              new ParameterSpec(
                  "attendees",
                  "array",
                  "Who attends.",
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
            "List events by date and time.",
            List.of(
              new ParameterSpec(
                  "from",
                  "string",
                  "From this day, included.",
                  false,
                  null),
              new ParameterSpec(
                  "to",
                  "string",
                  "To this day, included.",
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
            "Delete an event by its id.",
            List.of(
              new ParameterSpec(
                  "event_id",
                  "integer",
                  "The event's id, as add or list gave it.",
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
          Duration.ofMillis(60000)) // cache time to live
      );

  private final CalendarPlugin plugin;

  @Inject
  public CalendarPlugin_Invoker(CalendarPlugin plugin) {
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
        CalendarPlugin_Validator.AddArguments arguments =
            context.read(CalendarPlugin_Validator::readAdd);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              CalendarPlugin.Added result = plugin.add(arguments.title(), arguments.date(),
                  arguments.time(), arguments.durationMinutes(), arguments.attendees());
              return CalendarPlugin_Encoder.resultAdd(result);
            });
      }
      case "list" -> {
        CalendarPlugin_Validator.ListArguments arguments =
            context.read(CalendarPlugin_Validator::readList);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              CalendarPlugin.Listed result = plugin.list(arguments.from(), arguments.to());
              return CalendarPlugin_Encoder.resultList(result);
            });
      }
      case "delete" -> {
        CalendarPlugin_Validator.DeleteArguments arguments =
            context.read(CalendarPlugin_Validator::readDelete);
        return PluginInvoker.Call.of(
            arguments,
            () -> {
              CalendarPlugin.Deleted result = plugin.delete(arguments.eventId());
              return CalendarPlugin_Encoder.resultDelete(result);
            });
      }
      default -> throw new IllegalStateException("not an action of this plugin");
    }
  }
}
