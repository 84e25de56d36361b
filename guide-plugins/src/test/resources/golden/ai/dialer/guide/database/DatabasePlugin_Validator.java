package ai.dialer.guide.database;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.JsonValue;
import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.Check;
import ai.dialer.runtime.EcmaPattern;
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
 * Reads the context of {@link DatabasePlugin} into typed arguments, reporting every violation.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class DatabasePlugin_Validator {
  private static final List<String> SAVE_KEYS = List.of("action", "collection", "record");

  private static final EcmaPattern SAVE_COLLECTION_PATTERN = EcmaPattern.of("^[a-z][a-z0-9_]{0,63}$",
      "^[a-z][a-z0-9_]{0,63}\\z");

  private static final List<String> QUERY_KEYS = List.of("action", "collection", "where",
      "order_by", "descending", "limit");

  private static final Map<String, JsonValue> QUERY_WHERE_DEFAULT = Json.decodeTrusted("{}",
      parser -> readMapOfJson(parser, "", new Violations()));

  private static final EcmaPattern QUERY_COLLECTION_PATTERN = EcmaPattern.of("^[a-z][a-z0-9_]{0,63}$",
      "^[a-z][a-z0-9_]{0,63}\\z");

  private DatabasePlugin_Validator() {
  }

  private static Map<String, JsonValue> readMapOfJson(JsonParser parser, String path,
      Violations violations) throws IOException {
    if (!Read.isObject(parser, path, violations)) {
      return null;
    }
    int before = violations.count();
    Map<String, JsonValue> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String entryPath = Read.child(path, key);
      parser.nextToken();
      entries.put(key, Read.json(parser, entryPath, violations));
    }
    return violations.count() == before ? Collections.unmodifiableMap(entries) : null;
  }

  /**
   * Reads the context of {@link DatabasePlugin#save}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static SaveArguments readSave(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String collection = null;
    boolean collectionSeen = false;
    Map<String, JsonValue> record = null;
    boolean recordSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "collection" -> {
          collectionSeen = true;
          if (isNull) {
            violations.nullValue("/collection");
          } else {
            String value = Read.string(parser, "/collection", violations);
            if (value != null) {
              Check.matches(value, SAVE_COLLECTION_PATTERN, "/collection", violations);
              collection = value;
            }
          }
        }
        case "record" -> {
          recordSeen = true;
          if (isNull) {
            violations.nullValue("/record");
          } else {
            record = readMapOfJson(parser, "/record", violations);
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", SAVE_KEYS, violations);
      }
    }
    if (!collectionSeen) {
      violations.missing("/collection");
    }
    if (!recordSeen) {
      violations.missing("/record");
    }
    violations.check();
    return new SaveArguments(collection, record);
  }

  /**
   * Reads the context of {@link DatabasePlugin#query}, the object the parser is at.
   *
   * @throws InvalidContextException with every violation, if there is any
   */
  public static QueryArguments readQuery(JsonParser parser) throws IOException {
    Violations violations = new Violations();
    String collection = null;
    boolean collectionSeen = false;
    Map<String, JsonValue> where = QUERY_WHERE_DEFAULT;
    String orderBy = null;
    boolean descending = false;
    int limit = 50;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
      switch (key) {
        case "collection" -> {
          collectionSeen = true;
          if (isNull) {
            violations.nullValue("/collection");
          } else {
            String value = Read.string(parser, "/collection", violations);
            if (value != null) {
              Check.matches(value, QUERY_COLLECTION_PATTERN, "/collection", violations);
              collection = value;
            }
          }
        }
        case "where" -> {
          if (!isNull) {
            where = readMapOfJson(parser, "/where", violations);
          }
        }
        case "order_by" -> {
          if (!isNull) {
            orderBy = Read.string(parser, "/order_by", violations);
          }
        }
        case "descending" -> {
          if (!isNull) {
            Boolean value = Read.bool(parser, "/descending", violations);
            if (value != null) {
              descending = value;
            }
          }
        }
        case "limit" -> {
          if (!isNull) {
            Integer value = Read.int32(parser, "/limit", violations);
            if (value != null) {
              Check.atLeast(value, 1, "/limit", violations);
              Check.atMost(value, 1000, "/limit", violations);
              limit = value;
            }
          }
        }
        case "action" -> parser.skipChildren(); // read by ActionSelector
        default -> Read.unknownKey(parser, "", QUERY_KEYS, violations);
      }
    }
    if (!collectionSeen) {
      violations.missing("/collection");
    }
    violations.check();
    return new QueryArguments(collection, where, orderBy, descending, limit);
  }

  /**
   * The arguments of {@link DatabasePlugin#save}, read from a valid context.
   */
  public record SaveArguments(String collection, Map<String, JsonValue> record) {
  }

  /**
   * The arguments of {@link DatabasePlugin#query}, read from a valid context.
   */
  public record QueryArguments(String collection, Map<String, JsonValue> where, String orderBy,
      boolean descending, int limit) {
  }
}
