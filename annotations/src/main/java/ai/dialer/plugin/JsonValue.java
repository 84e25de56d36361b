package ai.dialer.plugin;

import java.math.BigDecimal;

/**
 * Any JSON value, kept as its JSON text: a parameter or result whose shape the plugin does not
 * declare (a record saved as it was sent). The generated reader accepts any value for it, and the
 * encoder writes it as it is.
 */
public final class JsonValue {
  public static final JsonValue NULL = new JsonValue("null");

  private final String json;

  private JsonValue(String json) {
    this.json = json;
  }

  /**
   * A value from JSON text that is known to be well formed: read by the generated reader, or stored
   * by the plugin earlier. Text that is not JSON would be written into answers as it is.
   */
  public static JsonValue raw(String json) {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("JSON text is needed");
    }
    return new JsonValue(json.strip());
  }

  public static JsonValue of(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return new JsonValue(out.append('"').toString());
  }

  public static JsonValue of(long number) {
    return new JsonValue(Long.toString(number));
  }

  public static JsonValue of(BigDecimal number) {
    return new JsonValue(number.toString());
  }

  public static JsonValue of(boolean value) {
    return new JsonValue(Boolean.toString(value));
  }

  /** The JSON text. */
  public String json() {
    return json;
  }

  public boolean isNull() {
    return json.equals("null");
  }

  /** Whether it is a JSON string; {@link #json()} is then quoted. */
  public boolean isString() {
    return json.startsWith("\"");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonValue value && value.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }
}
