package ai.dialer.runtime;

import ai.dialer.plugin.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Scalar writers the generated encoders call. {@code null} is written as JSON {@code null}; so are
 * NaN and the infinities, which JSON cannot hold.
 */
public final class JsonWrite {
  /** The result of an action that returns nothing. */
  public static final Json.Writable NULL = JsonGenerator::writeNull;

  private JsonWrite() {}

  /** A {@code JsonValue} as it is; a null one as null. */
  public static void json(JsonGenerator generator, JsonValue value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeRawValue(value.json());
    }
  }

  public static void string(JsonGenerator generator, String value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value);
    }
  }

  public static void enumName(JsonGenerator generator, Enum<?> value) throws IOException {
    string(generator, value == null ? null : value.name());
  }

  public static void bool(JsonGenerator generator, Boolean value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBoolean(value);
    }
  }

  public static void number(JsonGenerator generator, Integer value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void number(JsonGenerator generator, Long value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void number(JsonGenerator generator, double value) throws IOException {
    if (Double.isFinite(value)) {
      generator.writeNumber(value);
    } else {
      generator.writeNull();
    }
  }

  public static void number(JsonGenerator generator, Double value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      number(generator, value.doubleValue());
    }
  }

  public static void number(JsonGenerator generator, BigDecimal value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  /** A {@code java.time} value in its ISO-8601 form. */
  public static void text(JsonGenerator generator, TemporalAccessor value) throws IOException {
    if (value instanceof OffsetDateTime dateTime) {
      // toString() drops ":00" seconds, which RFC 3339 requires.
      generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
    } else {
      string(generator, value == null ? null : value.toString());
    }
  }
}
