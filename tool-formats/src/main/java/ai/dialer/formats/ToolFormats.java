package ai.dialer.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tool's JSON Schema (2020-12, as the processor writes it) in the form each model provider
 * accepts. What a provider's format cannot state is not dropped silently: it goes into the
 * description, in words, and the server's validator still enforces it.
 *
 * <ul>
 *   <li>Every provider: a tool name of 1 to 64 of {@code [a-zA-Z0-9_-]}; parameters of {@code
 *       "type": "object"} with no {@code anyOf}/{@code oneOf}/{@code allOf}/{@code not} at the top
 *       (a {@code @RequireAnyOf} rule moves to the description).
 *   <li>OpenAI (Chat Completions and Responses): {@code strict: true} when the schema fits strict
 *       mode's subset (every key required, optional ones nullable; every object closed; only the
 *       keywords strict mode supports), else the schema as it is with {@code strict: false}.
 *   <li>Anthropic: {@code input_schema}, JSON Schema as it is.
 *   <li>Gemini: {@code parameters} in its OpenAPI 3.0 subset: references inlined, {@code anyOf}
 *       with null as {@code nullable}, {@code oneOf} as {@code anyOf}, {@code const} as a one-value
 *       {@code enum}, and the keywords it lacks ({@code exclusiveMinimum}, {@code uniqueItems},
 *       formats other than {@code date-time}, …) stated in the description.
 * </ul>
 */
public final class ToolFormats {
  /** The formats of {@code GET /api/tools?format=…}. */
  public enum Provider {
    OPENAI("openai", "OpenAI Chat Completions"),
    OPENAI_RESPONSES("openai-responses", "OpenAI Responses"),
    ANTHROPIC("anthropic", "Anthropic"),
    GEMINI("gemini", "Gemini");

    public final String format;
    public final String title;

    Provider(String format, String title) {
      this.format = format;
      this.title = title;
    }

    /** The provider of {@code format}, or null. */
    public static Provider of(String format) {
      for (Provider provider : values()) {
        if (provider.format.equals(format)) {
          return provider;
        }
      }
      return null;
    }
  }

  /** Tool names every provider accepts. */
  public static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private static final Set<String> ROOT_RULES = Set.of("anyOf", "oneOf", "allOf", "not");

  private static final Set<String> STRICT_KEYWORDS =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "enum",
          "const",
          "anyOf",
          "$ref",
          "$defs",
          "description",
          "pattern",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minItems",
          "maxItems");

  private static final Set<String> STRICT_FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  /** Annotations strict mode does not take, that say nothing the model must follow. */
  private static final Set<String> ANNOTATIONS = Set.of("default", "examples", "title", "$schema");

  private static final Set<String> GEMINI_KEYWORDS =
      Set.of(
          "type",
          "format",
          "title",
          "description",
          "nullable",
          "enum",
          "maxItems",
          "minItems",
          "properties",
          "required",
          "minProperties",
          "maxProperties",
          "minLength",
          "maxLength",
          "pattern",
          "example",
          "anyOf",
          "propertyOrdering",
          "default",
          "items",
          "minimum",
          "maximum");

  private ToolFormats() {}

  /**
   * A tool as a provider takes it.
   *
   * @param description the tool's description, with what the schema could not state
   * @param parameters the schema of its arguments
   * @param strict for OpenAI: whether the schema fits strict mode
   * @param problems what the provider would still refuse (the build reports them)
   */
  public record Export(
      String name,
      String description,
      Map<String, Object> parameters,
      boolean strict,
      List<String> problems) {}

  public static Export export(
      Provider provider, String name, String description, String inputSchemaJson) {
    Map<String, Object> schema = JsonTree.object(JsonTree.copy(JsonTree.parse(inputSchemaJson)));
    List<String> words = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!TOOL_NAME.matcher(name).matches()) {
      problems.add(
          "the tool name \"" + name + "\" is not 1 to 64 of [a-zA-Z0-9_-], which it requires");
    }
    schema.remove("$schema");
    schema.remove("description"); // the action's: the tool's description says it
    for (String rule : List.copyOf(schema.keySet())) {
      if (ROOT_RULES.contains(rule)) {
        words.add(rootRule(rule, schema.remove(rule)));
      }
    }
    if (!"object".equals(schema.get("type"))) {
      problems.add("its parameters are not of \"type\": \"object\"");
    }
    boolean strict = false;
    Map<String, Object> parameters = schema;
    switch (provider) {
      case OPENAI, OPENAI_RESPONSES -> {
        Map<String, Object> strictSchema = JsonTree.object(JsonTree.copy(schema));
        if (strictify(strictSchema)) {
          parameters = strictSchema;
          strict = true;
        }
      }
      case GEMINI -> {
        Map<String, Object> defs = JsonTree.object(schema.remove("$defs"));
        parameters =
            JsonTree.object(
                gemini(schema, defs == null ? Map.of() : defs, new ArrayDeque<>(), problems));
      }
      case ANTHROPIC -> {
        // JSON Schema as it is
      }
    }
    String full = description;
    if (!words.isEmpty()) {
      full += (full.endsWith(".") ? " " : ". ") + String.join(" ", words);
    }
    return new Export(name, full, parameters, strict, List.copyOf(problems));
  }

  /** A top-level rule in words: {@code @RequireAnyOf} and {@code @RequireOneOf} read well. */
  private static String rootRule(String keyword, Object value) {
    if (keyword.equals("allOf") && value instanceof List<?> all) {
      List<String> parts = new ArrayList<>();
      for (Object each : all) {
        Map<String, Object> rule = JsonTree.object(each);
        if (rule != null) {
          rule.forEach((k, v) -> parts.add(rootRule(k, v)));
        }
      }
      return String.join(" ", parts);
    }
    List<String> keys = requiredKeys(value);
    if (keys != null && keyword.equals("anyOf")) {
      return "Give at least one of: " + String.join(", ", keys) + ".";
    }
    if (keys != null && keyword.equals("oneOf")) {
      return "Give exactly one of: " + String.join(", ", keys) + ".";
    }
    return "The arguments must also match " + keyword + " " + JsonTree.text(value) + ".";
  }

  /** The keys of branches that each require one key, or null if that is not what they are. */
  private static List<String> requiredKeys(Object branches) {
    if (!(branches instanceof List<?> list)) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    for (Object branch : list) {
      Map<String, Object> each = JsonTree.object(branch);
      if (each == null
          || !(each.get("required") instanceof List<?> required)
          || required.size() != 1) {
        return null;
      }
      keys.add(String.valueOf(required.get(0)));
    }
    return keys;
  }

  /**
   * Turns {@code schema} into OpenAI's strict form in place: every key required (an optional one
   * already takes null, which means absent), every object closed, no annotation. False, and the
   * schema is not to be used, if it holds what strict mode cannot state.
   */
  private static boolean strictify(Object schema) {
    if (schema instanceof List<?> list) {
      for (Object item : list) {
        if (!strictify(item)) {
          return false;
        }
      }
      return true;
    }
    Map<String, Object> object = JsonTree.object(schema);
    if (object == null) {
      return true;
    }
    ANNOTATIONS.forEach(object::remove);
    for (String keyword : object.keySet()) {
      if (!STRICT_KEYWORDS.contains(keyword)) {
        return false;
      }
    }
    if (object.get("format") instanceof String format && !STRICT_FORMATS.contains(format)) {
      return false;
    }
    if ("object".equals(object.get("type")) || object.containsKey("properties")) {
      if (object.get("additionalProperties") instanceof Map<?, ?>) {
        return false; // a map: strict mode has no open objects
      }
      Map<String, Object> properties = JsonTree.object(object.get("properties"));
      object.put("required", properties == null ? List.of() : new ArrayList<>(properties.keySet()));
      object.put("additionalProperties", false);
      if (properties != null) {
        for (Object property : properties.values()) {
          if (!strictify(property)) {
            return false;
          }
        }
      }
    }
    for (String nested : List.of("items", "anyOf")) {
      if (object.containsKey(nested) && !strictify(object.get(nested))) {
        return false;
      }
    }
    Map<String, Object> defs = JsonTree.object(object.get("$defs"));
    if (defs != null) {
      for (Object def : defs.values()) {
        if (!strictify(def)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code schema} in Gemini's subset; {@code inlining} holds the references being inlined. */
  private static Object gemini(
      Object schema, Map<String, Object> defs, Deque<String> inlining, List<String> problems) {
    Map<String, Object> object = JsonTree.object(schema);
    if (object == null) {
      return schema;
    }
    if (object.get("$ref") instanceof String ref) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (inlining.contains(name) || !defs.containsKey(name)) {
        problems.add(
            "the record "
                + name
                + " contains itself, which Gemini's schemas cannot state;"
                + " it is exported as any object below the first level");
        Map<String, Object> any = new LinkedHashMap<>();
        any.put("type", "object");
        any.put("description", "A " + name + ", as above.");
        return any;
      }
      inlining.push(name);
      Object inlined = gemini(JsonTree.copy(defs.get(name)), defs, inlining, problems);
      inlining.pop();
      Map<String, Object> result = JsonTree.object(inlined);
      if (object.get("description") instanceof String description) {
        result.put("description", description);
      }
      return result;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> rules = new ArrayList<>();
    Object anyOf = object.containsKey("anyOf") ? object.get("anyOf") : object.get("oneOf");
    if (anyOf instanceof List<?> branches) {
      List<Object> kept = new ArrayList<>();
      boolean nullable = false;
      for (Object branch : branches) {
        Map<String, Object> each = JsonTree.object(branch);
        if (each != null && "null".equals(each.get("type")) && each.size() == 1) {
          nullable = true;
        } else {
          kept.add(gemini(branch, defs, inlining, problems));
        }
      }
      if (kept.size() == 1) {
        out.putAll(JsonTree.object(kept.get(0)));
      } else {
        out.put("anyOf", kept);
      }
      if (nullable) {
        out.put("nullable", true);
      }
    }
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      String keyword = entry.getKey();
      Object value = entry.getValue();
      switch (keyword) {
        case "anyOf", "oneOf" -> {
          // above
        }
        case "properties" -> {
          Map<String, Object> properties = new LinkedHashMap<>();
          JsonTree.object(value)
              .forEach((k, v) -> properties.put(k, gemini(v, defs, inlining, problems)));
          out.put("properties", properties);
        }
        case "items" -> out.put("items", gemini(value, defs, inlining, problems));
        case "const" -> out.put("enum", List.of(value));
        case "examples" -> {
          if (value instanceof List<?> examples && !examples.isEmpty()) {
            out.put("example", examples.get(0));
          }
        }
        case "format" -> {
          if ("date-time".equals(value) || "enum".equals(value)) {
            out.put("format", value);
          } else {
            rules.add("format " + value);
          }
        }
        case "additionalProperties" -> {
          if (value instanceof Map<?, ?>) {
            rules.add("any keys, each value " + JsonTree.text(value));
          }
        }
        default -> {
          if (GEMINI_KEYWORDS.contains(keyword)) {
            out.putIfAbsent(keyword, value);
          } else if (!keyword.equals("$defs")) {
            rules.add(keyword + " " + JsonTree.text(value));
          }
        }
      }
    }
    if (!rules.isEmpty()) {
      String description = out.get("description") instanceof String d ? d + " " : "";
      out.put("description", description + "Rules: " + String.join("; ", rules) + ".");
    }
    return out;
  }
}
