package ai.dialer.processor.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The string formats, checked at compile time on defaults and examples. The generated code checks
 * them at run time with the runtime's {@code StringFormat}; the two must accept the same strings.
 */
final class Formats {
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$");
  private static final Pattern LOCAL_TIME =
      Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$");
  private static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  private static final Pattern TIME =
      Pattern.compile("^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$");

  private Formats() {}

  static boolean isLocalTime(String text) {
    return LOCAL_TIME.matcher(text).matches();
  }

  static boolean matches(String format, String text) {
    try {
      switch (format) {
        case "email":
          return EMAIL.matcher(text).matches();
        case "uri":
          return new URI(text).isAbsolute();
        case "date":
          return DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        case "time":
          return TIME.matcher(text).matches() && OffsetTime.parse(text.toUpperCase()) != null;
        case "date-time":
          int t = Math.max(text.indexOf('T'), text.indexOf('t'));
          return t == 10
              && matches("date", text.substring(0, 10))
              && matches("time", text.substring(11))
              && OffsetDateTime.parse(text.toUpperCase()) != null;
        default:
          return false;
      }
    } catch (URISyntaxException | DateTimeParseException e) {
      return false;
    }
  }
}
