package ai.dialer.plugins.translate;

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
 * Reads the context of {@link TranslatorPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class TranslatorPlugin_Validator {
  private static final List<String> KEYS = List.of("text", "target_language", "source_language");

  private TranslatorPlugin_Validator() {
  }

  /**
   * Reads the context of {@link TranslatorPlugin#translate}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String text = null;
    boolean textSeen = false;
    String targetLanguage = null;
    boolean targetLanguageSeen = false;
    String sourceLanguage = "auto";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "text" -> {
          textSeen = true;
          if (isNull) {
            violations.nullValue("/text");
          } else {
            String value = Read.string(parser, "/text", violations);
            if (value != null) {
              Check.minLength(value, 1, "/text", violations);
              Check.maxLength(value, 20000, "/text", violations);
              text = value;
            }
          }
        }
        case "target_language" -> {
          targetLanguageSeen = true;
          if (isNull) {
            violations.nullValue("/target_language");
          } else {
            targetLanguage = Read.string(parser, "/target_language", violations);
          }
        }
        case "source_language" -> {
          if (!isNull) {
            sourceLanguage = Read.string(parser, "/source_language", violations);
          }
        }
        default -> Read.unknownKey(parser, "", KEYS, violations);
      }
    }
    if (!textSeen) {
      violations.missing("/text");
    }
    if (!targetLanguageSeen) {
      violations.missing("/target_language");
    }
    violations.check();
    return new Arguments(text, targetLanguage, sourceLanguage);
  }

  /**
   * The arguments of {@link TranslatorPlugin#translate}, read from a valid context.
   */
  public record Arguments(String text, String targetLanguage, String sourceLanguage) {
  }
}
