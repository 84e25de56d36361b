package ai.dialer.plugins.notes;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link NoteTakerPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NoteTakerPlugin_Validator {
  private static final List<String> ADD_KEYS = List.of("action", "content", "user_id", "tags");

  private static final List<String> ADD_TAGS_DEFAULT = Json.decodeTrusted("[]",
      parser -> readListOfString(parser, "", new Violations()));

  private static final List<String> LIST_KEYS = List.of("action", "user_id", "tag");

  private static final List<String> DELETE_KEYS = List.of("action", "note_id", "user_id");

  private NoteTakerPlugin_Validator() {
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
   * Reads the context of {@link NoteTakerPlugin#add}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static AddArguments readAdd(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String content = null;
    boolean contentSeen = false;
    String userId = "default";
    List<String> tags = ADD_TAGS_DEFAULT;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "content" -> {
          contentSeen = true;
          if (isNull) {
            violations.nullValue("/content");
          } else {
            String value = Read.string(parser, "/content", violations);
            if (value != null) {
              Check.minLength(value, 1, "/content", violations);
              Check.maxLength(value, 20000, "/content", violations);
              content = value;
            }
          }
        }
        case "user_id" -> {
          if (!isNull) {
            userId = Read.string(parser, "/user_id", violations);
          }
        }
        case "tags" -> {
          if (!isNull) {
            List<String> value = readListOfString(parser, "/tags", violations);
            if (value != null) {
              Check.maxItems(value, 50, "/tags", violations);
              tags = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", ADD_KEYS, violations);
      }
    }
    if (!contentSeen) {
      violations.missing("/content");
    }
    violations.check();
    return new AddArguments(content, userId, tags);
  }

  /**
   * Reads the context of {@link NoteTakerPlugin#list}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static ListArguments readList(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String userId = "default";
    Optional<String> tag = Optional.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "user_id" -> {
          if (!isNull) {
            userId = Read.string(parser, "/user_id", violations);
          }
        }
        case "tag" -> {
          if (!isNull) {
            tag = Optional.ofNullable(Read.string(parser, "/tag", violations));
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", LIST_KEYS, violations);
      }
    }
    violations.check();
    return new ListArguments(userId, tag);
  }

  /**
   * Reads the context of {@link NoteTakerPlugin#delete}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static DeleteArguments readDelete(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    long noteId = 0;
    boolean noteIdSeen = false;
    String userId = "default";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "note_id" -> {
          noteIdSeen = true;
          if (isNull) {
            violations.nullValue("/note_id");
          } else {
            Long value = Read.int64(parser, "/note_id", violations);
            if (value != null) {
              Check.atLeast(value, 1L, "/note_id", violations);
              noteId = value;
            }
          }
        }
        case "user_id" -> {
          if (!isNull) {
            userId = Read.string(parser, "/user_id", violations);
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", DELETE_KEYS, violations);
      }
    }
    if (!noteIdSeen) {
      violations.missing("/note_id");
    }
    violations.check();
    return new DeleteArguments(noteId, userId);
  }

  /**
   * The arguments of {@link NoteTakerPlugin#add}, read from a valid context.
   */
  public record AddArguments(String content, String userId, List<String> tags) {
  }

  /**
   * The arguments of {@link NoteTakerPlugin#list}, read from a valid context.
   */
  public record ListArguments(String userId, Optional<String> tag) {
  }

  /**
   * The arguments of {@link NoteTakerPlugin#delete}, read from a valid context.
   */
  public record DeleteArguments(long noteId, String userId) {
  }
}
