package ai.dialer.plugins.summary;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link SummarizerPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class SummarizerPlugin_Validator {
  private static final List<String> KEYS = List.of("text", "conversation", "max_length");

  private static final List<String> TURN_KEYS = List.of("role", "content");

  private static final List<String> ANY_OF = List.of("text", "conversation");

  private SummarizerPlugin_Validator() {
  }

  private static SummarizerPlugin.Turn readTurn(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (!Read.isObject(parser, path, violations)) {
      return null;
    }
    int before = violations.count();
    String role = null;
    boolean roleSeen = false;
    String content = null;
    boolean contentSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "role" -> {
          roleSeen = true;
          if (isNull) {
            violations.nullValue(path + "/role");
          } else {
            role = Read.string(parser, path + "/role", violations);
          }
        }
        case "content" -> {
          contentSeen = true;
          if (isNull) {
            violations.nullValue(path + "/content");
          } else {
            content = Read.string(parser, path + "/content", violations);
          }
        }
        default -> Read.unknownKey(parser, path, TURN_KEYS, violations);
      }
    }
    if (!roleSeen) {
      violations.missing(path + "/role");
    }
    if (!contentSeen) {
      violations.missing(path + "/content");
    }
    if (violations.count() != before) {
      return null;
    }
    try {
      return new SummarizerPlugin.Turn(role, content);
    } catch (IllegalArgumentException e) {
      // The record's own constructor refused the values: its message says why.
      Read.rejected(path, e, violations);
      return null;
    }
  }

  private static List<SummarizerPlugin.Turn> readListOfTurn(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (!Read.isArray(parser, path, violations)) {
      return null;
    }
    int before = violations.count();
    List<SummarizerPlugin.Turn> items = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      String itemPath = path + "/" + i;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        violations.nullValue(itemPath);
      } else {
        items.add(readTurn(parser, itemPath, violations));
      }
    }
    return violations.count() == before ? Collections.unmodifiableList(items) : null;
  }

  /**
   * Reads the context of {@link SummarizerPlugin#summarize}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String text = null;
    boolean textGiven = false;
    List<SummarizerPlugin.Turn> conversation = null;
    boolean conversationGiven = false;
    int maxLength = 100;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "text" -> {
          if (!isNull) {
            textGiven = true;
            String value = Read.string(parser, "/text", violations);
            if (value != null) {
              Check.minLength(value, 1, "/text", violations);
              text = value;
            }
          }
        }
        case "conversation" -> {
          if (!isNull) {
            conversationGiven = true;
            List<SummarizerPlugin.Turn> value = readListOfTurn(parser, "/conversation", violations);
            if (value != null) {
              Check.minItems(value, 1, "/conversation", violations);
              conversation = value;
            }
          }
        }
        case "max_length" -> {
          if (!isNull) {
            Integer value = Read.int32(parser, "/max_length", violations);
            if (value != null) {
              Check.atLeast(value, 1, "/max_length", violations);
              Check.atMost(value, 10000, "/max_length", violations);
              maxLength = value;
            }
          }
        }
        default -> Read.unknownKey(parser, "", KEYS, violations);
      }
    }
    Check.anyOf(ANY_OF, "", violations, textGiven, conversationGiven); // @RequireAnyOf
    violations.check();
    return new Arguments(text, conversation, maxLength);
  }

  /**
   * The arguments of {@link SummarizerPlugin#summarize}, read from a valid context.
   */
  public record Arguments(String text, List<SummarizerPlugin.Turn> conversation, int maxLength) {
  }
}
