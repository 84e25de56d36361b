package ai.dialer.guide.files;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link FilePlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class FilePlugin_Validator {
  private static final List<String> READ_KEYS = List.of("action", "filepath");

  private static final List<String> WRITE_KEYS = List.of("action", "filepath", "content");

  private static final List<String> LIST_KEYS = List.of("action", "filepath");

  private static final List<String> DELETE_KEYS = List.of("action", "filepath");

  private FilePlugin_Validator() {
  }

  /**
   * Reads the context of {@link FilePlugin#read}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static ReadArguments readRead(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String filepath = null;
    boolean filepathSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "filepath" -> {
          filepathSeen = true;
          if (isNull) {
            violations.nullValue("/filepath");
          } else {
            String value = Read.string(parser, "/filepath", violations);
            if (value != null) {
              Check.minLength(value, 1, "/filepath", violations);
              Check.maxLength(value, 1024, "/filepath", violations);
              filepath = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", READ_KEYS, violations);
      }
    }
    if (!filepathSeen) {
      violations.missing("/filepath");
    }
    violations.check();
    return new ReadArguments(filepath);
  }

  /**
   * Reads the context of {@link FilePlugin#write}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static WriteArguments readWrite(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String filepath = null;
    boolean filepathSeen = false;
    String content = null;
    boolean contentSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "filepath" -> {
          filepathSeen = true;
          if (isNull) {
            violations.nullValue("/filepath");
          } else {
            String value = Read.string(parser, "/filepath", violations);
            if (value != null) {
              Check.minLength(value, 1, "/filepath", violations);
              Check.maxLength(value, 1024, "/filepath", violations);
              filepath = value;
            }
          }
        }
        case "content" -> {
          contentSeen = true;
          if (isNull) {
            violations.nullValue("/content");
          } else {
            content = Read.string(parser, "/content", violations);
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", WRITE_KEYS, violations);
      }
    }
    if (!filepathSeen) {
      violations.missing("/filepath");
    }
    if (!contentSeen) {
      violations.missing("/content");
    }
    violations.check();
    return new WriteArguments(filepath, content);
  }

  /**
   * Reads the context of {@link FilePlugin#list}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static ListArguments readList(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String filepath = ".";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "filepath" -> {
          if (!isNull) {
            String value = Read.string(parser, "/filepath", violations);
            if (value != null) {
              Check.minLength(value, 1, "/filepath", violations);
              Check.maxLength(value, 1024, "/filepath", violations);
              filepath = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", LIST_KEYS, violations);
      }
    }
    violations.check();
    return new ListArguments(filepath);
  }

  /**
   * Reads the context of {@link FilePlugin#delete}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static DeleteArguments readDelete(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String filepath = null;
    boolean filepathSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "filepath" -> {
          filepathSeen = true;
          if (isNull) {
            violations.nullValue("/filepath");
          } else {
            String value = Read.string(parser, "/filepath", violations);
            if (value != null) {
              Check.minLength(value, 1, "/filepath", violations);
              Check.maxLength(value, 1024, "/filepath", violations);
              filepath = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", DELETE_KEYS, violations);
      }
    }
    if (!filepathSeen) {
      violations.missing("/filepath");
    }
    violations.check();
    return new DeleteArguments(filepath);
  }

  /**
   * The arguments of {@link FilePlugin#read}, read from a valid context.
   */
  public record ReadArguments(String filepath) {
  }

  /**
   * The arguments of {@link FilePlugin#write}, read from a valid context.
   */
  public record WriteArguments(String filepath, String content) {
  }

  /**
   * The arguments of {@link FilePlugin#list}, read from a valid context.
   */
  public record ListArguments(String filepath) {
  }

  /**
   * The arguments of {@link FilePlugin#delete}, read from a valid context.
   */
  public record DeleteArguments(String filepath) {
  }
}
