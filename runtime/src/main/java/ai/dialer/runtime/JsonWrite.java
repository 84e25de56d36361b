package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Scalar writers the generated encoders call. {@code null} is written as JSON {@code null}; so are
 * NaN and the infinities, which JSON cannot hold.
 */
public final class JsonWrite {
  /** The result of an action that returns nothing. */
  public static final Json.Writable NULL = JsonGenerator::writeNull;

  private JsonWrite() {}

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
}
