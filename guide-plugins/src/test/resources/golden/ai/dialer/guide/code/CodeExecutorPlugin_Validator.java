package ai.dialer.guide.code;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link CodeExecutorPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CodeExecutorPlugin_Validator {
  private static final List<String> KEYS = List.of("code");

  private CodeExecutorPlugin_Validator() {
  }

  /**
   * Reads the context of {@link CodeExecutorPlugin#execute}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String code = null;
    boolean codeSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "code" -> {
          codeSeen = true;
          if (isNull) {
            violations.nullValue("/code");
          } else {
            String value = Read.string(parser, "/code", violations);
            if (value != null) {
              Check.minLength(value, 1, "/code", violations);
              Check.maxLength(value, 100000, "/code", violations);
              code = value;
            }
          }
        }
        default -> Read.unknownKey(parser, "", KEYS, violations);
      }
    }
    if (!codeSeen) {
      violations.missing("/code");
    }
    violations.check();
    return new Arguments(code);
  }

  /**
   * The arguments of {@link CodeExecutorPlugin#execute}, read from a valid context.
   */
  public record Arguments(String code) {
  }
}
