package ai.dialer.processor.validation;

import ai.dialer.plugin.StringFormat;
import java.util.regex.Pattern;

/**
 * The string formats, checked at compile time on defaults and examples with the {@link
 * StringFormat} the generated validators use, so that a default the build accepts is one the
 * generated code accepts.
 */
final class Formats {
  private static final Pattern LOCAL_TIME =
      Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?\\z");

  private Formats() {}

  static boolean isLocalTime(String text) {
    return LOCAL_TIME.matcher(text).matches();
  }

  /** Whether {@code text} is of the JSON Schema format named {@code format}. */
  static boolean matches(String format, String text) {
    StringFormat known = StringFormat.named(format);
    return known != null && known.matches(text);
  }
}
