package ai.dialer.processor.validation;

import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.writing.validator.EcmaRegex;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@code @Param} default against its type at compile time and turns it into canonical
 * JSON, so that a default that could never decode fails the build instead of the first call.
 */
final class DefaultValues {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Either canonical JSON or the problem, worded to follow "the default of "x" …". */
  record Result(String json, String problem) {}

  private DefaultValues() {}

  static Result canonical(String text, ValueType type) {
    return canonical(text, type, Constraints.NONE);
  }

  /** Also checks the value against the parameter's own constraints. */
  static Result canonical(String text, ValueType type, Constraints constraints) {
    JsonNode node;
    if (isTextual(type)) {
      node = JsonNodeFactory.instance.textNode(text);
    } else {
      try {
        node = MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        return new Result(null, "is not a JSON literal (\"" + text + "\")");
      }
      if (node == null || node.isMissingNode()) {
        return new Result(null, "is empty");
      }
    }
    String problem = check(node, type, "");
    if (problem == null) {
      problem = checkConstraints(node, constraints);
    }
    if (problem != null) {
      return new Result(null, problem);
    }
    return new Result(node.toString(), null);
  }

  private static boolean isTextual(ValueType type) {
    return type instanceof EnumType
        || (type instanceof Scalar scalar && scalar.jsonType().equals("string"));
  }

  /** What keeps the string {@code text} from meeting {@code c}, or null if nothing does. */
  static String problemOfText(String text, Constraints c) {
    return checkConstraints(JsonNodeFactory.instance.textNode(text), c);
  }

  private static String checkConstraints(JsonNode node, Constraints c) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      if (c.minimum() != null) {
        int order = value.compareTo(c.minimum());
        if (c.minimumExclusive() ? order <= 0 : order < 0) {
          return "is below its minimum of " + c.minimum().toPlainString();
        }
      }
      if (c.maximum() != null) {
        int order = value.compareTo(c.maximum());
        if (c.maximumExclusive() ? order >= 0 : order > 0) {
          return "is above its maximum of " + c.maximum().toPlainString();
        }
      }
    }
    if (node.isTextual()) {
      String text = node.textValue();
      int length = text.codePointCount(0, text.length());
      if (c.minLength() != null && length < c.minLength()) {
        return "is shorter than its minimum length of " + c.minLength();
      }
      if (c.maxLength() != null && length > c.maxLength()) {
        return "is longer than its maximum length of " + c.maxLength();
      }
      if (c.pattern() != null
          && !Pattern.compile(EcmaRegex.toJava(c.pattern())).matcher(text).find()) {
        return "does not match its pattern " + c.pattern();
      }
      if (!c.allowedValues().isEmpty() && !c.allowedValues().contains(text)) {
        return "is not one of its allowed values " + c.allowedValues();
      }
      if (c.format() != null && !Formats.matches(c.format(), text)) {
        return "is not a valid " + c.format();
      }
    }
    if (node.isArray()) {
      if (c.minItems() != null && node.size() < c.minItems()) {
        return "has fewer than its minimum of " + c.minItems() + " items";
      }
      if (c.maxItems() != null && node.size() > c.maxItems()) {
        return "has more than its maximum of " + c.maxItems() + " items";
      }
      if (c.uniqueItems() && new HashSet<JsonNode>(toList(node)).size() != node.size()) {
        return "repeats an item, but its items must be unique";
      }
    }
    return null;
  }

  private static java.util.List<JsonNode> toList(JsonNode array) {
    java.util.List<JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static String check(JsonNode node, ValueType type, String at) {
    String where = at.isEmpty() ? "" : " at " + at;
    if (node.isNull()) {
      return "is null" + where + "; leave the default out for a null default";
    }
    if (type instanceof Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return node.isTextual() ? null : "is not a string" + where;
        case BOOLEAN:
          return node.isBoolean() ? null : "is not true or false" + where;
        case DOUBLE:
          return node.isNumber() ? null : "is not a number" + where;
        case DECIMAL:
          return node.isNumber() ? null : "is not a number" + where;
        case INT:
        case LONG:
          return checkIntegral(node, scalar.kind() == ValueType.ScalarKind.INT, where);
        case DATE:
          return node.isTextual() && Formats.matches("date", node.textValue())
              ? null
              : "is not a date such as 2026-11-25" + where;
        case TIME:
          return node.isTextual() && Formats.isLocalTime(node.textValue())
              ? null
              : "is not a time such as 10:15:30" + where;
        case DATE_TIME:
        case INSTANT:
          return node.isTextual() && Formats.matches("date-time", node.textValue())
              ? null
              : "is not a date-time such as 2026-11-25T10:15:30Z" + where;
        case JSON:
          return null;
      }
    }
    if (type instanceof EnumType enumType) {
      if (node.isTextual() && enumType.wireValues().contains(node.textValue())) {
        return null;
      }
      String problem = "is not one of " + enumType.wireValues() + where;
      for (ValueType.EnumConstant constant : enumType.constants()) {
        if (node.isTextual() && constant.javaName().equals(node.textValue())) {
          return problem
              + " (values are written as on the wire: the @WireValue of "
              + constant.javaName()
              + " is \""
              + constant.wireValue()
              + "\")";
        }
      }
      return problem;
    }
    if (type instanceof OptionalType optional) {
      return check(node, optional.element(), at);
    }
    if (type instanceof ListType list) {
      if (!node.isArray()) {
        return "is not a JSON array" + where;
      }
      for (int i = 0; i < node.size(); i++) {
        String problem = check(node.get(i), list.element(), at + "/" + i);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (type instanceof MapType map) {
      if (!node.isObject()) {
        return "is not a JSON object" + where;
      }
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String problem = check(entry.getValue(), map.value(), at + "/" + entry.getKey());
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (type instanceof RecordType record) {
      return checkRecord(node, record, at, where);
    }
    return "cannot have a default" + where;
  }

  private static String checkRecord(JsonNode node, RecordType record, String at, String where) {
    if (!node.isObject()) {
      return "is not a JSON object" + where;
    }
    Set<String> known = new HashSet<>();
    for (FieldModel field : record.fields()) {
      known.add(field.wireName());
      JsonNode value = node.get(field.wireName());
      if (value == null || value.isNull()) {
        if (field.required()) {
          return "lacks the required key \"" + field.wireName() + "\"" + where;
        }
        continue;
      }
      String problem = check(value, field.type(), at + "/" + field.wireName());
      if (problem != null) {
        return problem;
      }
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      if (!known.contains(name)) {
        return "has the key \""
            + name
            + "\", which record \""
            + record.typeName().simpleName()
            + "\" does not declare"
            + where;
      }
    }
    return null;
  }

  private static String checkIntegral(JsonNode node, boolean isInt, String where) {
    if (!node.isNumber()) {
      return "is not an integer" + where;
    }
    BigDecimal value = node.decimalValue();
    try {
      if (isInt) {
        value.intValueExact();
      } else {
        value.longValueExact();
      }
      return null;
    } catch (ArithmeticException e) {
      return "is not an integer in range" + where;
    }
  }
}
