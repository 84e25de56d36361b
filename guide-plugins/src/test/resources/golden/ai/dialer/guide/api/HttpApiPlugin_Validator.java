package ai.dialer.guide.api;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.Read;
import ai.dialer.runtime.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads the context of {@link HttpApiPlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class HttpApiPlugin_Validator {
  private static final List<String> KEYS = List.of("endpoint", "params");

  private static final Map<String, String> PARAMS_DEFAULT = Json.decodeTrusted("{}",
      parser -> readMapOfString(parser, "", new Violations()));

  private HttpApiPlugin_Validator() {
  }

  private static Map<String, String> readMapOfString(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (!Read.isObject(parser, path, violations)) {
      return null;
    }
    int before = violations.count();
    Map<String, String> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String entryPath = Read.child(path, key);
      if (parser.nextToken() == JsonToken.VALUE_NULL) {
        violations.nullValue(entryPath);
      } else {
        entries.put(key, Read.string(parser, entryPath, violations));
      }
    }
    return violations.count() == before ? Collections.unmodifiableMap(entries) : null;
  }

  /**
   * Reads the context of {@link HttpApiPlugin#call}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static Arguments read(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String endpoint = null;
    boolean endpointSeen = false;
    Map<String, String> params = PARAMS_DEFAULT;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "endpoint" -> {
          endpointSeen = true;
          if (isNull) {
            violations.nullValue("/endpoint");
          } else {
            String value = Read.string(parser, "/endpoint", violations);
            if (value != null) {
              Check.minLength(value, 1, "/endpoint", violations);
              Check.maxLength(value, 2000, "/endpoint", violations);
              endpoint = value;
            }
          }
        }
        case "params" -> {
          if (!isNull) {
            params = readMapOfString(parser, "/params", violations);
          }
        }
        default -> Read.unknownKey(parser, "", KEYS, violations);
      }
    }
    if (!endpointSeen) {
      violations.missing("/endpoint");
    }
    violations.check();
    return new Arguments(endpoint, params);
  }

  /**
   * The arguments of {@link HttpApiPlugin#call}, read from a valid context.
   */
  public record Arguments(String endpoint, Map<String, String> params) {
  }
}
