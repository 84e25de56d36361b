package ai.dialer.guide.calendar;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link CalendarPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CalendarPlugin_Validator {
  private static final List<String> ADD_KEYS = List.of("action", "title", "date", "time",
      "duration_minutes", "attendees");

  private static final List<String> ADD_ATTENDEES_DEFAULT = Json.decodeTrusted("[]",
      parser -> readListOfString(parser, "", new Violations()));

  private static final List<String> LIST_KEYS = List.of("action", "from", "to");

  private static final List<String> DELETE_KEYS = List.of("action", "event_id");

  private CalendarPlugin_Validator() {
  }

  private static List<String> readListOfString(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (!Read.isArray(parser, path, violations)) {
      return null;
    }
    int before = violations.count();
    List<String> items = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      String itemPath = path + "/" + i;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        violations.nullValue(itemPath);
      } else {
        items.add(Read.string(parser, itemPath, violations));
      }
    }
    return violations.count() == before ? Collections.unmodifiableList(items) : null;
  }

  /**
   * Reads the context of {@link CalendarPlugin#add}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static AddArguments readAdd(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String title = null;
    boolean titleSeen = false;
    LocalDate date = null;
    boolean dateSeen = false;
    LocalTime time = null;
    boolean timeSeen = false;
    int durationMinutes = 60;
    List<String> attendees = ADD_ATTENDEES_DEFAULT;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "title" -> {
          titleSeen = true;
          if (isNull) {
            violations.nullValue("/title");
          } else {
            String value = Read.string(parser, "/title", violations);
            if (value != null) {
              Check.minLength(value, 1, "/title", violations);
              Check.maxLength(value, 200, "/title", violations);
              title = value;
            }
          }
        }
        case "date" -> {
          dateSeen = true;
          if (isNull) {
            violations.nullValue("/date");
          } else {
            date = Read.date(parser, "/date", violations);
          }
        }
        case "time" -> {
          timeSeen = true;
          if (isNull) {
            violations.nullValue("/time");
          } else {
            time = Read.time(parser, "/time", violations);
          }
        }
        case "duration_minutes" -> {
          if (!isNull) {
            Integer value = Read.int32(parser, "/duration_minutes", violations);
            if (value != null) {
              Check.atLeast(value, 1, "/duration_minutes", violations);
              Check.atMost(value, 1440, "/duration_minutes", violations);
              durationMinutes = value;
            }
          }
        }
        case "attendees" -> {
          if (!isNull) {
            List<String> value = readListOfString(parser, "/attendees", violations);
            if (value != null) {
              Check.maxItems(value, 100, "/attendees", violations);
              attendees = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", ADD_KEYS, violations);
      }
    }
    if (!titleSeen) {
      violations.missing("/title");
    }
    if (!dateSeen) {
      violations.missing("/date");
    }
    if (!timeSeen) {
      violations.missing("/time");
    }
    violations.check();
    return new AddArguments(title, date, time, durationMinutes, attendees);
  }

  /**
   * Reads the context of {@link CalendarPlugin#list}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static ListArguments readList(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    LocalDate from = null;
    LocalDate to = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "from" -> {
          if (!isNull) {
            from = Read.date(parser, "/from", violations);
          }
        }
        case "to" -> {
          if (!isNull) {
            to = Read.date(parser, "/to", violations);
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", LIST_KEYS, violations);
      }
    }
    violations.check();
    return new ListArguments(from, to);
  }

  /**
   * Reads the context of {@link CalendarPlugin#delete}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static DeleteArguments readDelete(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    long eventId = 0;
    boolean eventIdSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "event_id" -> {
          eventIdSeen = true;
          if (isNull) {
            violations.nullValue("/event_id");
          } else {
            Long value = Read.int64(parser, "/event_id", violations);
            if (value != null) {
              Check.atLeast(value, 1L, "/event_id", violations);
              eventId = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", DELETE_KEYS, violations);
      }
    }
    if (!eventIdSeen) {
      violations.missing("/event_id");
    }
    violations.check();
    return new DeleteArguments(eventId);
  }

  /**
   * The arguments of {@link CalendarPlugin#add}, read from a valid context.
   */
  public record AddArguments(String title, LocalDate date, LocalTime time, int durationMinutes,
      List<String> attendees) {
  }

  /**
   * The arguments of {@link CalendarPlugin#list}, read from a valid context.
   */
  public record ListArguments(LocalDate from, LocalDate to) {
  }

  /**
   * The arguments of {@link CalendarPlugin#delete}, read from a valid context.
   */
  public record DeleteArguments(long eventId) {
  }
}
