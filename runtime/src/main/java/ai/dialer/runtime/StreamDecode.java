package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Scalar decoders the generated validators call on Jackson's streaming parser, positioned at the
 * value. Each returns the value, or records a violation at {@code path}, skips the value and
 * returns a placeholder the validator never passes on (it throws first). The rules are those of
 * {@link Decode}, which works on trees: exact integers, no coercion between types.
 */
public final class StreamDecode {
  private StreamDecode() {}

  public static String string(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    wrongType(p, path, v, "a string");
    return null;
  }

  public static boolean bool(JsonParser p, String path, Violations v) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    wrongType(p, path, v, "true or false");
    return false;
  }

  public static int int32(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    BigDecimal integral = integral(p, path, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (integral == null) {
      return 0;
    }
    try {
      return integral.intValueExact();
    } catch (ArithmeticException e) {
      Decode.outOfRange(path, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return 0;
    }
  }

  public static long int64(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    BigDecimal integral = integral(p, path, v, Long.MIN_VALUE, Long.MAX_VALUE);
    if (integral == null) {
      return 0;
    }
    try {
      return integral.longValueExact();
    } catch (ArithmeticException e) {
      Decode.outOfRange(path, v, Long.MIN_VALUE, Long.MAX_VALUE);
      return 0;
    }
  }

  public static double float64(JsonParser p, String path, Violations v) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, path, v, "a number");
      return 0;
    }
    double value = isNonFinite(p) ? Double.POSITIVE_INFINITY : p.getDecimalValue().doubleValue();
    if (!Double.isFinite(value)) {
      v.add(path, Violations.RANGE,
          "\"" + Violations.name(path) + "\" is too large for a double-precision number.");
      return 0;
    }
    return value;
  }

  public static BigDecimal decimal(JsonParser p, String path, Violations v) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, path, v, "a number");
      return null;
    }
    if (isNonFinite(p)) {
      v.add(path, Violations.RANGE, "\"" + Violations.name(path) + "\" must be a finite number.");
      return null;
    }
    return p.getDecimalValue();
  }

  /** A tree built without BigDecimal for fractions may hold 1e400 as an infinite double. */
  private static boolean isNonFinite(JsonParser p) throws IOException {
    JsonParser.NumberType type = p.getNumberType();
    return (type == JsonParser.NumberType.DOUBLE || type == JsonParser.NumberType.FLOAT)
        && !Double.isFinite(p.getDoubleValue());
  }

  public static LocalDate date(JsonParser p, String path, Violations v) throws IOException {
    String text = formatted(p, path, v, StringFormat.DATE);
    return text == null ? null : LocalDate.parse(text, StringFormat.RFC3339_DATE);
  }

  public static LocalTime time(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, path, v, "a time such as 10:15:30");
      return null;
    }
    return Decode.localTime(p.getText(), path, v);
  }

  public static OffsetDateTime dateTime(JsonParser p, String path, Violations v)
      throws IOException {
    String text = formatted(p, path, v, StringFormat.DATE_TIME);
    return text == null ? null : OffsetDateTime.parse(text, StringFormat.RFC3339_DATE_TIME);
  }

  public static Instant instant(JsonParser p, String path, Violations v) throws IOException {
    OffsetDateTime dateTime = dateTime(p, path, v);
    return dateTime == null ? null : dateTime.toInstant();
  }

  /** Checks the value is of the container kind expected; reports and skips it if not. */
  public static boolean isArray(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType(p, path, v, "an array");
    return false;
  }

  public static boolean isObject(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(p, path, v, "an object");
    return false;
  }

  /** Reports a value of the wrong type and skips it, so decoding goes on after it. */
  public static void wrongType(JsonParser p, String path, Violations v, String expected)
      throws IOException {
    String actual = describe(p);
    v.add(
        path,
        Violations.TYPE,
        "\"" + Violations.name(path) + "\" must be " + expected + ", but is " + actual + ".",
        expected,
        actual);
    p.skipChildren();
  }

  /** The violation for a value that is not one of an enum's wire values; skips it. */
  public static void notOneOf(JsonParser p, String path, Violations v, String allowedList)
      throws IOException {
    String actual =
        p.currentToken() == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : describe(p);
    v.add(
        path,
        Violations.ENUM,
        "\"" + Violations.name(path) + "\" must be one of " + allowedList + ", but is " + actual
            + ".",
        allowedList,
        actual);
    p.skipChildren();
  }

  private static BigDecimal integral(JsonParser p, String path, Violations v, long min, long max)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, path, v, "an integer");
      return null;
    }
    if (isNonFinite(p)) {
      Decode.outOfRange(path, v, min, max);
      return null;
    }
    BigDecimal value = p.getDecimalValue();
    if ((long) value.precision() - value.scale() > 20) {
      Decode.outOfRange(path, v, min, max);
      return null;
    }
    try {
      return new BigDecimal(value.toBigIntegerExact());
    } catch (ArithmeticException e) {
      v.add(
          path,
          Violations.TYPE,
          "\"" + Violations.name(path) + "\" must be an integer, but is " + describe(p) + ".",
          "an integer",
          describe(p));
      return null;
    }
  }

  private static String formatted(JsonParser p, String path, Violations v, StringFormat format)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, path, v, format.description());
      return null;
    }
    String text = p.getText();
    int before = v.count();
    Check.format(text, format, path, "", v);
    return v.count() == before ? text : null;
  }

  /** "a string", "a number (2.5)", … for messages about a value of the wrong type. */
  static String describe(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String text = p.getText();
        return "a number (" + (text.length() <= 24 ? text : text.substring(0, 21) + "...") + ")";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_NULL:
        return "null";
      default:
        return "an unsupported value";
    }
  }
}
