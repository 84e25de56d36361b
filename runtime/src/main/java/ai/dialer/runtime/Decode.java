package ai.dialer.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Scalar decoders the generated validators call. Each returns the value, or records a violation at
 * {@code path} and returns a placeholder the validator never passes on (it throws first).
 *
 * <p>Numbers are exact: an {@code int} accepts 3 and 3.0 but not 2.5, 1e400 or a 20-digit number;
 * nothing is silently truncated or rounded to infinity.
 */
public final class Decode {
  /** The schema's pattern for {@code LocalTime}; the decoder accepts exactly what it accepts. */
  public static final String LOCAL_TIME_PATTERN =
      "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  private static final Pattern LOCAL_TIME = Pattern.compile(LOCAL_TIME_PATTERN);

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

  static void outOfRange(String path, Violations violations, long min, long max) {
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

  public static BigDecimal decimal(JsonNode node, String path, Violations violations) {
    if (!node.isNumber()) {
      violations.wrongType(path, "a number", node);
      return null;
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      violations.add(
          path, Violations.RANGE, "\"" + Violations.name(path) + "\" must be a finite number.");
      return null;
    }
    return node.decimalValue();
  }

  /** ISO-8601 full date ({@code 2026-11-25}), strictly: no 30 February. */
  public static LocalDate date(JsonNode node, String path, Violations violations) {
    String text = formatted(node, path, violations, StringFormat.DATE);
    return text == null ? null : LocalDate.parse(text, StringFormat.RFC3339_DATE);
  }

  /** A time of day without offset: {@code 10:15}, {@code 10:15:30}, {@code 10:15:30.5}. */
  public static LocalTime time(JsonNode node, String path, Violations violations) {
    if (!node.isTextual()) {
      violations.wrongType(path, "a time such as 10:15:30", node);
      return null;
    }
    return localTime(node.textValue(), path, violations);
  }

  static LocalTime localTime(String text, String path, Violations violations) {
    if (LOCAL_TIME.matcher(text).matches()) {
      return LocalTime.parse(text);
    }
    violations.add(
        path,
        Violations.FORMAT,
        "\"" + Violations.name(path) + "\" must be a time such as 10:15 or 10:15:30.",
        "time",
        text);
    return null;
  }

  /** RFC 3339 date-time with offset. */
  public static OffsetDateTime dateTime(JsonNode node, String path, Violations violations) {
    String text = formatted(node, path, violations, StringFormat.DATE_TIME);
    return text == null ? null : OffsetDateTime.parse(text, StringFormat.RFC3339_DATE_TIME);
  }

  /** RFC 3339 date-time with offset, as the instant it names. */
  public static Instant instant(JsonNode node, String path, Violations violations) {
    OffsetDateTime dateTime = dateTime(node, path, violations);
    return dateTime == null ? null : dateTime.toInstant();
  }

  private static String formatted(
      JsonNode node, String path, Violations violations, StringFormat format) {
    if (!node.isTextual()) {
      violations.wrongType(path, format.description(), node);
      return null;
    }
    int before = violations.count();
    Check.format(node.textValue(), format, path, violations);
    return violations.count() == before ? node.textValue() : null;
  }

  /**
   * The violation for a key the plugin does not declare, with the allowed keys and the closest
   * one when it is close enough to be what was meant.
   */
  public static void unknownKey(String path, String key, String[] allowed, Violations violations) {
    String suggestion = closest(key, allowed);
    StringBuilder message =
        new StringBuilder("Unknown key \"").append(key).append("\"");
    if (suggestion != null) {
      message.append("; did you mean \"").append(suggestion).append("\"?");
    } else {
      message.append('.');
    }
    message.append(allowed.length == 0 ? " No keys are allowed here." : " Allowed keys: ")
        .append(String.join(", ", allowed))
        .append(allowed.length == 0 ? "" : ".");
    violations.add(child(path, key), Violations.UNKNOWN, message.toString(),
        String.join(", ", allowed), key);
  }

  private static String closest(String key, String[] allowed) {
    String normal = normalize(key);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      if (normalize(candidate).equals(normal)) {
        return candidate;
      }
      int distance = distance(key, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= Math.max(1, key.length() / 3) ? best : null;
  }

  /** userId, user-id and USER_ID all mean user_id. */
  private static String normalize(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
