package ai.dialer.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Scalar decoders the generated validators call. Each returns the value, or records a violation at
 * {@code path} and returns a placeholder the validator never passes on (it throws first).
 *
 * <p>Numbers are exact: an {@code int} accepts 3 and 3.0 but not 2.5, 1e400 or a 20-digit number;
 * nothing is silently truncated or rounded to infinity.
 */
public final class Decode {
  private Decode() {}

  public static String string(JsonNode node, String path, Violations violations) {
    if (node.isTextual()) {
      return node.textValue();
    }
    violations.wrongType(path, "a string", node);
    return null;
  }

  public static boolean bool(JsonNode node, String path, Violations violations) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    violations.wrongType(path, "true or false", node);
    return false;
  }

  public static int int32(JsonNode node, String path, Violations violations) {
    BigDecimal integral = integral(node, path, violations, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (integral == null) {
      return 0;
    }
    try {
      return integral.intValueExact();
    } catch (ArithmeticException e) {
      outOfRange(path, violations, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return 0;
    }
  }

  public static long int64(JsonNode node, String path, Violations violations) {
    BigDecimal integral = integral(node, path, violations, Long.MIN_VALUE, Long.MAX_VALUE);
    if (integral == null) {
      return 0;
    }
    try {
      return integral.longValueExact();
    } catch (ArithmeticException e) {
      outOfRange(path, violations, Long.MIN_VALUE, Long.MAX_VALUE);
      return 0;
    }
  }

  public static double float64(JsonNode node, String path, Violations violations) {
    if (!node.isNumber()) {
      violations.wrongType(path, "a number", node);
      return 0;
    }
    double value =
        node.isBigDecimal() || node.isBigInteger()
            ? node.decimalValue().doubleValue()
            : node.doubleValue();
    if (!Double.isFinite(value)) {
      violations.add(
          path,
          Violations.RANGE,
          "\"" + Violations.name(path) + "\" is too large for a double-precision number.");
      return 0;
    }
    return value;
  }

  private static BigDecimal integral(
      JsonNode node, String path, Violations violations, long min, long max) {
    String expected = "an integer";
    if (node.isInt() || node.isLong()) {
      return BigDecimal.valueOf(node.longValue());
    }
    if (!node.isNumber()) {
      violations.wrongType(path, expected, node);
      return null;
    }
    // A tree built without BigDecimal for fractions may hold 1e400 as an infinite double.
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      outOfRange(path, violations, min, max);
      return null;
    }
    BigDecimal value = node.decimalValue();
    // A huge exponent (1e400) must not be expanded digit by digit just to be rejected.
    if ((long) value.precision() - value.scale() > 20) {
      outOfRange(path, violations, min, max);
      return null;
    }
    try {
      return new BigDecimal(value.toBigIntegerExact());
    } catch (ArithmeticException e) {
      violations.wrongType(path, expected, node);
      return null;
    }
  }

  private static void outOfRange(String path, Violations violations, long min, long max) {
    violations.add(
        path,
        Violations.RANGE,
        "\"" + Violations.name(path) + "\" must be between " + min + " and " + max + ".");
  }

  /** The violation for a value that is not one of an enum's wire values. */
  public static void notOneOf(
      JsonNode node, String path, Violations violations, String allowedList) {
    violations.add(
        path,
        Violations.ENUM,
        "\""
            + Violations.name(path)
            + "\" must be one of "
            + allowedList
            + ", but is "
            + (node.isTextual() ? "\"" + node.textValue() + "\"" : Json.describe(node))
            + ".");
  }

  /** The JSON Pointer of {@code key} inside {@code path}, escaped as RFC 6901 asks. */
  public static String child(String path, String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return path + "/" + key;
    }
    return path + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The message for a nested record whose own constructor refused the decoded values. */
  public static String rejected(String path, IllegalArgumentException e) {
    String reason = e.getMessage() == null ? "its values do not fit together" : e.getMessage();
    return "\"" + Violations.name(path) + "\" is invalid: " + reason;
  }
}
