package ai.dialer.plugins.notes;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link NotesSummaryPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NotesSummaryPlugin_Validator {
  private static final List<String> KEYS = List.of("user_id", "tag", "max_length");

  private NotesSummaryPlugin_Validator() {
  }

  /**
   * Reads the context of {@link NotesSummaryPlugin#summarize}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String userId = "default";
    Optional<String> tag = Optional.empty();
    int maxLength = 100;
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
    violations.check();
    return new Arguments(userId, tag, maxLength);
  }

  /**
   * The arguments of {@link NotesSummaryPlugin#summarize}, read from a valid context.
   */
  public record Arguments(String userId, Optional<String> tag, int maxLength) {
  }
}
