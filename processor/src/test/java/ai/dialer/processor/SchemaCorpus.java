package ai.dialer.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes contexts from a JSON Schema of the subset the processor writes: mostly valid ones (values
 * drawn inside every bound, from the examples where a pattern makes guessing hopeless), each then
 * possibly mutated once at a random place, and wholly random objects. The corpus is not labelled:
 * the differential test only asks whether two validators agree on it.
 */
final class SchemaCorpus {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] WORDS = {
    "Weekly sync",
    "a",
    "",
    "Budget review",
    "x y z",
    "Sync!",
    "09:30",
    "12:00:01.5",
    "24:00",
    "ann@example.com",
    "ann@",
    "https://example.com/a",
    "not a uri",
    "2026-11-25",
    "2026-02-30",
    "2026-11-25T10:15:30Z",
    "2026-11-25T10:15:30+01:00",
    "2026-11-25T10:15:30",
    "10:15:30Z",
    "red",
    "purple",
    "low",
    "normal",
    "high",
    "HIGH",
    "add",
    "list",
    "delete",
    "remove",
    "null",
    "\u00e9t\u00e9 \ud83d\ude00",
    "0",
    "-1"
  };

  private final JsonNode root;
  private final Random random;

  SchemaCorpus(JsonNode root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  /** A valid-looking context, mutated at one random place with probability {@code mutate}. */
  JsonNode context(double mutate) {
    JsonNode value = valid(root, 0);
    return random.nextDouble() < mutate ? mutateSomewhere(value) : value;
  }

  /** An object with keys drawn from the schema's and random values of any kind. */
  JsonNode randomObject(List<String> keys) {
    ObjectNode object = NODES.objectNode();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      String key =
          random.nextInt(8) == 0 ? "k" + random.nextInt(3) : keys.get(random.nextInt(keys.size()));
      object.set(key, anyValue(2));
    }
    return object;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    String name = ref.asText().substring("#/$defs/".length());
    return root.get("$defs").get(name);
  }

  JsonNode valid(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema.has("oneOf")) {
      return valid(pick(schema.get("oneOf")), depth);
    }
    if (schema.has("anyOf")) {
      // anyOf [T, null]: mostly T, sometimes null.
      return random.nextInt(6) == 0 ? NODES.nullNode() : valid(schema.get("anyOf").get(0), depth);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.has("examples") && random.nextInt(3) > 0) {
      return pick(schema.get("examples"));
    }
    if (schema.has("enum")) {
      return pick(schema.get("enum"));
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "object":
        return validObject(schema, depth);
      case "array":
        return validArray(schema, depth);
      case "string":
        return NODES.textNode(validString(schema));
      case "integer":
        return NODES.numberNode(validInteger(schema));
      case "number":
        return NODES.numberNode(validNumber(schema));
      case "boolean":
        return NODES.booleanNode(random.nextBoolean());
      default:
        return NODES.nullNode();
    }
  }

  private JsonNode validObject(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (required.contains(property.getKey()) || random.nextBoolean()) {
        object.set(property.getKey(), valid(property.getValue(), depth + 1));
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject() && depth < 3) {
      int size = random.nextInt(3);
      for (int i = 0; i < size; i++) {
        object.set("key" + i, valid(additional, depth + 1));
      }
    }
    return object;
  }

  private JsonNode validArray(JsonNode schema, int depth) {
    int min = schema.path("minItems").asInt(0);
    int max = Math.min(schema.path("maxItems").asInt(3), min + 3);
    int size = min + random.nextInt(max - min + 1);
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < size && depth < 4; i++) {
      JsonNode item = valid(schema.get("items"), depth + 1);
      if (schema.path("uniqueItems").asBoolean() && contains(array, item)) {
        continue;
      }
      array.add(item);
    }
    return array;
  }

  private static boolean contains(ArrayNode array, JsonNode item) {
    for (JsonNode existing : array) {
      if (existing.equals(item)) {
        return true;
      }
    }
    return false;
  }

  private String validString(JsonNode schema) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "email":
        return "user" + random.nextInt(100) + "@example.org";
      case "uri":
        return "https://example.com/" + random.nextInt(100);
      case "date":
        return String.format(
            "20%02d-%02d-%02d",
            random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
      case "date-time":
        return String.format(
            "20%02d-%02d-%02dT%02d:%02d:%02d%s",
            random.nextInt(100),
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60),
            random.nextBoolean() ? "Z" : "+05:30");
      default:
        break;
    }
    if (schema.has("pattern")) {
      String text =
          random.nextBoolean()
              ? String.format("%02d:%02d", random.nextInt(24), random.nextInt(60))
              : "Meeting " + random.nextInt(1000);
      if (random.nextInt(8) == 0) {
        // Now and then a near miss where ECMA 262 and java.util.regex read a pattern differently:
        // a line break before the end, non-ASCII spaces, U+0085.
        String[] edges = {"\n", "\r\n", "\u2028", "\u00a0", "\u0085", "\ufeff", " ", "é"};
        text += edges[random.nextInt(edges.length)];
      }
      return text;
    }
    int min = schema.path("minLength").asInt(0);
    int max = Math.min(schema.path("maxLength").asInt(12), min + 12);
    StringBuilder text = new StringBuilder();
    int length = min + random.nextInt(max - min + 1);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private long validInteger(JsonNode schema) {
    long min = schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), -1_000_000) : -1000;
    long max = schema.has("maximum") ? Math.min(schema.get("maximum").asLong(), 1_000_000) : 1000;
    return min + (long) (random.nextDouble() * (max - min + 1));
  }

  private BigDecimal validNumber(JsonNode schema) {
    double min =
        schema.has("minimum")
            ? schema.get("minimum").asDouble()
            : schema.has("exclusiveMinimum")
                ? schema.get("exclusiveMinimum").asDouble() + 0.01
                : -1000;
    double max =
        schema.has("maximum")
            ? schema.get("maximum").asDouble()
            : schema.has("exclusiveMaximum")
                ? schema.get("exclusiveMaximum").asDouble() - 0.01
                : 1000;
    return BigDecimal.valueOf(min + random.nextDouble() * (max - min))
        .setScale(2, java.math.RoundingMode.DOWN)
        .max(BigDecimal.valueOf(min))
        .stripTrailingZeros();
  }

  private JsonNode pick(JsonNode array) {
    return array.get(random.nextInt(array.size()));
  }

  /** Replaces, removes or adds one thing somewhere in {@code value}. */
  private JsonNode mutateSomewhere(JsonNode value) {
    List<JsonNode> containers = new ArrayList<>();
    collect(value, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      int choice = random.nextInt(4);
      if (choice == 0 || keys.isEmpty()) {
        object.set(random.nextBoolean() ? "unexpected" : mistype(keys), anyValue(1));
      } else if (choice == 1) {
        object.remove(keys.get(random.nextInt(keys.size())));
      } else {
        object.set(keys.get(random.nextInt(keys.size())), anyValue(1));
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(array.isEmpty() || random.nextBoolean() ? anyValue(1) : array.get(0).deepCopy());
      } else {
        array.set(random.nextInt(array.size()), anyValue(1));
      }
    }
    return value;
  }

  private String mistype(List<String> keys) {
    if (keys.isEmpty()) {
      return "Action";
    }
    String key = keys.get(random.nextInt(keys.size()));
    return key.length() > 1 ? key.substring(1) : key + "_";
  }

  private static void collect(JsonNode value, List<JsonNode> containers) {
    if (value.isContainerNode()) {
      containers.add(value);
      value.forEach(child -> collect(child, containers));
    }
  }

  /** Any JSON value, with a bias towards edge cases. */
  JsonNode anyValue(int depth) {
    switch (random.nextInt(depth > 0 ? 14 : 12)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextInt(2001) - 1000);
      case 3:
        return NODES.numberNode(
            new BigDecimal(random.nextInt(2000) - 1000).movePointLeft(random.nextInt(3)));
      case 4:
        return NODES.numberNode(new BigDecimal("1e" + (300 + random.nextInt(200))));
      case 5:
        return NODES.numberNode(new BigDecimal("12345678901234567890" + random.nextInt(10)));
      case 6:
        return NODES.numberNode(new BigDecimal(random.nextInt(10) + ".0"));
      case 7:
        return NODES.numberNode(new BigDecimal("0.000001"));
      case 8:
      case 9:
      case 10:
      case 11:
        return NODES.textNode(WORDS[random.nextInt(WORDS.length)]);
      case 12:
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          array.add(anyValue(depth - 1));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        object.set(random.nextBoolean() ? "name" : "email", anyValue(depth - 1));
        return object;
    }
  }
}
