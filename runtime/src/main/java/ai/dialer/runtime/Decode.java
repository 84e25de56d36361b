package ai.dialer.runtime;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the generated validators share besides the scalar readers of {@link StreamDecode}: JSON
 * Pointers, unknown keys with a suggestion, and the messages for ranges and rejected records.
 */
public final class Decode {
  /** The schema's pattern for {@code LocalTime}; the decoder accepts exactly what it accepts. */
  public static final String LOCAL_TIME_PATTERN =
      "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  private static final Pattern LOCAL_TIME = Pattern.compile(LOCAL_TIME_PATTERN);

  private Decode() {}

  static void outOfRange(String path, Violations violations, long min, long max) {
    violations.add(
        path,
        Violations.RANGE,
        "\"" + Violations.name(path) + "\" must be between " + min + " and " + max + ".");
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
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
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
