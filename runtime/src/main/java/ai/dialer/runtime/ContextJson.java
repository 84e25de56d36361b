package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A plugin's context as the client sent it: one well-formed JSON object, held as its bytes, which a
 * generated validator reads with a parser of its own.
 */
public final class ContextJson {
  /** {@code {}}: what a request without a context means. */
  public static final ContextJson EMPTY = of("{}");

  private final byte[] bytes;
  private final int offset;
  private final int length;

  private ContextJson(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /**
   * The object at {@code body[offset, offset + length)}, which {@link Json#parser(byte[])} has read
   * as one well-formed JSON object.
   */
  public static ContextJson slice(byte[] body, int offset, int length) {
    return new ContextJson(body, offset, length);
  }

  /**
   * A context from text, for tests and tools.
   *
   * @throws IllegalArgumentException if {@code json} is not one well-formed JSON object
   */
  public static ContextJson of(String json) {
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    try {
      Json.checkDocument(utf8);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!json.strip().startsWith("{")) {
      throw new IllegalArgumentException("A context is a JSON object, not " + json);
    }
    return new ContextJson(utf8, 0, utf8.length);
  }

  /** Reads the context with {@code reader}. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the object the parser is at (its opening brace). */
    T read(JsonParser parser) throws IOException;
  }

  /** What {@code reader} makes of the context, with a parser of its own at the opening brace. */
  public <T> T read(Reader<T> reader) {
    try (JsonParser parser = Json.parser(bytes, offset, length)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalStateException("A context is an object, not " + first);
      }
      return reader.read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("A context was read as well-formed JSON before", e);
    }
  }

  /** The context as compact JSON, for the invocation log. */
  public String compactText() {
    return read(
        parser ->
            Json.text(
                generator -> {
                  try (JsonGenerator copy = generator) {
                    copy.copyCurrentStructure(parser);
                  }
                }));
  }

  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }
}
