package ai.dialer.runtime;

import ai.dialer.plugin.JsonValue;
import ai.dialer.plugin.StringFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The readers generated validators call on the streaming parser, positioned at a value that is not
 * JSON {@code null}. Each returns the value, or records a violation at {@code path}, skips the
 * value and returns {@code null}: reading goes on, so that every violation is reported. Numbers are
 * exact (no rounding, no coercion between types).
 */
public final class Read {
  /** The schema's pattern for {@code LocalTime}; {@link #time} accepts exactly what it accepts. */
  public static final String LOCAL_TIME_PATTERN =
      "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  private static final Pattern LOCAL_TIME = Pattern.compile(LOCAL_TIME_PATTERN);

  private Read() {}

  public static String string(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    wrongType(p, path, v, "a string");
    return null;
  }

  public static Boolean bool(JsonParser p, String path, Violations v) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    wrongType(p, path, v, "true or false");
    return null;
  }

  public static Integer int32(JsonParser p, String path, Violations v) throws IOException {
    BigDecimal value = integral(p, path, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : value.intValueExact();
  }

  public static Long int64(JsonParser p, String path, Violations v) throws IOException {
    BigDecimal value = integral(p, path, v, Long.MIN_VALUE, Long.MAX_VALUE);
    return value == null ? null : value.longValueExact();
  }

  public static Double float64(JsonParser p, String path, Violations v) throws IOException {
    BigDecimal value = decimal(p, path, v);
    if (value == null) {
      return null;
    }
    double converted = value.doubleValue();
    if (!Double.isFinite(converted)) {
      v.add(
          path,
          Violations.RANGE,
          "\"" + Violations.name(path) + "\" is too large for a double-precision number.");
      return null;
    }
    return converted;
  }

  public static BigDecimal decimal(JsonParser p, String path, Violations v) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, path, v, "a number");
      return null;
    }
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent past BigDecimal's range (1e9999999999): no value of any type holds it.
      v.add(path, Violations.RANGE, "\"" + Violations.name(path) + "\" must be a finite number.");
      return null;
    }
  }

  /** Any JSON value, as its text (compact, numbers with the digits they were sent with). */
  public static JsonValue json(JsonParser p, String path, Violations v) throws IOException {
    return JsonValue.raw(
        Json.text(
            generator -> {
              int depth = 0;
              do {
                JsonToken token = p.currentToken();
                switch (token) {
                  case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(p.getText());
                  default -> generator.copyCurrentEvent(p);
                }
                if (token.isStructStart()) {
                  depth++;
                } else if (token.isStructEnd()) {
                  depth--;
                }
              } while (depth > 0 && p.nextToken() != null);
            }));
  }

  public static LocalDate date(JsonParser p, String path, Violations v) throws IOException {
    String text = formatted(p, path, v, StringFormat.DATE);
    return text == null ? null : StringFormat.parseDate(text);
  }

  public static LocalTime time(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, path, v, "a time such as 10:15:30");
      return null;
    }
    String text = p.getText();
    if (LOCAL_TIME.matcher(text).matches()) {
      return LocalTime.parse(text);
    }
    v.add(
        path,
        Violations.FORMAT,
        "\"" + Violations.name(path) + "\" must be a time such as 10:15 or 10:15:30.",
        "a time such as 10:15:30",
        text);
    return null;
  }

  public static OffsetDateTime dateTime(JsonParser p, String path, Violations v)
      throws IOException {
    String text = formatted(p, path, v, StringFormat.DATE_TIME);
    return text == null ? null : StringFormat.parseDateTime(text);
  }

  public static Instant instant(JsonParser p, String path, Violations v) throws IOException {
    OffsetDateTime dateTime = dateTime(p, path, v);
    return dateTime == null ? null : dateTime.toInstant();
  }

  /** Whether the value is an array; if not, reports it and skips it. */
  public static boolean isArray(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType(p, path, v, "an array");
    return false;
  }

  /** Whether the value is an object; if not, reports it and skips it. */
  public static boolean isObject(JsonParser p, String path, Violations v) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(p, path, v, "an object");
    return false;
  }

  /** Reports a value of the wrong type and skips it. */
  public static void wrongType(JsonParser p, String path, Violations v, String expected)
      throws IOException {
    String actual = Json.describe(p);
    v.add(
        path,
        Violations.TYPE,
        "\"" + Violations.name(path) + "\" must be " + expected + ", but is " + actual + ".",
        expected,
        actual);
    p.skipChildren();
  }

  /**
   * Reports a value that is not one of an enum's wire values ({@code "HIGH"}, {@code "LOW"}) and
   * skips it.
   */
  public static void notOneOf(JsonParser p, String path, Violations v, String wireValues)
      throws IOException {
    String actual =
        p.currentToken() == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : Json.describe(p);
    v.add(
        path,
        Violations.ENUM,
        "\""
            + Violations.name(path)
            + "\" must be one of "
            + wireValues
            + ", but is "
            + actual
            + ".",
        wireValues,
        actual);
    p.skipChildren();
  }

  /**
   * Reports the key the parser is at, which the object at {@code path} does not declare, with the
   * closest declared key when it is close enough to be what was meant; skips its value.
   */
  public static void unknownKey(JsonParser p, String path, List<String> keys, Violations v)
      throws IOException {
    String key = p.currentName();
    String suggestion = closest(key, keys);
    StringBuilder message = new StringBuilder("Unknown key \"").append(key).append("\"");
    if (suggestion != null) {
      message.append("; did you mean \"").append(suggestion).append("\"?");
    } else {
      message.append('.');
    }
    String allowed = String.join(", ", keys);
    message.append(
        keys.isEmpty() ? " No keys are allowed here." : " Allowed keys: " + allowed + ".");
    v.add(child(path, key), Violations.UNKNOWN, message.toString(), allowed, key);
    p.skipChildren();
  }

  /** Reports a nested record whose own constructor refused the values it was given. */
  public static void rejected(String path, IllegalArgumentException e, Violations v) {
    String reason = e.getMessage() == null ? "its values do not fit together" : e.getMessage();
    v.add(path, Violations.INVALID, "\"" + Violations.name(path) + "\" is invalid: " + reason);
  }

  /** The JSON Pointer of {@code key} inside {@code path}, escaped as RFC 6901 asks. */
  public static String child(String path, String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return path + "/" + key;
    }
    return path + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  private static BigDecimal integral(JsonParser p, String path, Violations v, long min, long max)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, path, v, "an integer");
      return null;
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      outOfRange(path, v, min, max);
      return null;
    }
    if ((long) value.precision() - value.scale() > 20) {
      outOfRange(path, v, min, max);
      return null;
    }
    BigDecimal integral;
    try {
      integral = new BigDecimal(value.toBigIntegerExact());
    } catch (ArithmeticException e) {
      String actual = Json.describe(p);
      v.add(
          path,
          Violations.TYPE,
          "\"" + Violations.name(path) + "\" must be an integer, but is " + actual + ".",
          "an integer",
          actual);
      return null;
    }
    if (integral.compareTo(BigDecimal.valueOf(min)) < 0
        || integral.compareTo(BigDecimal.valueOf(max)) > 0) {
      outOfRange(path, v, min, max);
      return null;
    }
    return integral;
  }

  private static void outOfRange(String path, Violations v, long min, long max) {
    v.add(
        path,
        Violations.RANGE,
        "\"" + Violations.name(path) + "\" must be between " + min + " and " + max + ".");
  }

  private static String formatted(JsonParser p, String path, Violations v, StringFormat format)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, path, v, format.description());
      return null;
    }
    String text = p.getText();
    int before = v.count();
    Check.format(text, format, path, v);
    return v.count() == before ? text : null;
  }

  private static String closest(String key, List<String> keys) {
    String normal = normalize(key);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : keys) {
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
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The edit distance, counting a swap of two neighbouring letters as one edit ({@code nmae} is one
   * edit from {@code name}): the optimal string alignment distance.
   */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
