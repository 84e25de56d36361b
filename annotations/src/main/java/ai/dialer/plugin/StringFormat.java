package ai.dialer.plugin;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * The string formats of JSON Schema that {@code @Format} names, and what each accepts: the
 * generated validators check values with {@link #matches}, and the processor checks defaults and
 * examples with the same code.
 */
public enum StringFormat {
  EMAIL("email", "an email address such as ann@example.com"),
  URI("uri", "an absolute URI such as https://example.com/path"),
  DATE("date", "a date such as 2026-11-25"),
  TIME("time", "a time with an offset such as 10:15:30Z"),
  DATE_TIME("date-time", "a date and time with an offset such as 2026-11-25T10:15:30+01:00");

  /** RFC 5321's dot-atom local part and a dotted domain of letters, digits and hyphens. */
  private static final Pattern EMAIL_SHAPE =
      Pattern.compile(
          "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$");

  /** RFC 3339 full-date, strict: 2026-02-30 is not a date. */
  private static final DateTimeFormatter RFC3339_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  /**
   * RFC 3339 full-time: partial time, optional fraction, then Z or an offset; T and Z in any case.
   */
  private static final DateTimeFormatter RFC3339_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter RFC3339_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(RFC3339_DATE)
          .appendLiteral('T')
          .append(RFC3339_TIME)
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private final String schemaName;
  private final String description;

  StringFormat(String schemaName, String description) {
    this.schemaName = schemaName;
    this.description = description;
  }

  public String schemaName() {
    return schemaName;
  }

  public String description() {
    return description;
  }

  /** The format named {@code schemaName} ({@code date-time}), or null if there is none. */
  public static StringFormat named(String schemaName) {
    for (StringFormat format : values()) {
      if (format.schemaName.equals(schemaName)) {
        return format;
      }
    }
    return null;
  }

  /** An RFC 3339 full-date, which {@link #DATE} matches, as a {@code LocalDate}. */
  public static LocalDate parseDate(String text) {
    return LocalDate.parse(text, RFC3339_DATE);
  }

  /** An RFC 3339 date-time, which {@link #DATE_TIME} matches, as an {@code OffsetDateTime}. */
  public static OffsetDateTime parseDateTime(String text) {
    return OffsetDateTime.parse(text, RFC3339_DATE_TIME);
  }

  public boolean matches(String value) {
    switch (this) {
      case EMAIL:
        return EMAIL_SHAPE.matcher(value).matches();
      case URI:
        try {
          return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
          return false;
        }
      default:
        try {
          formatter().parse(value);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
    }
  }

  private DateTimeFormatter formatter() {
    switch (this) {
      case DATE:
        return RFC3339_DATE;
      case TIME:
        return RFC3339_TIME;
      default:
        return RFC3339_DATE_TIME;
    }
  }
}
