package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON in and out on jackson-core's streaming parser and generator: no tree model and no bean
 * binding.
 *
 * <p>Request bodies are read strictly: one document in UTF-8, no duplicate keys, nothing after it.
 * Jackson's parser is strict about the grammar (no NaN, no leading zeros, no comments, no bad
 * escapes); what it lets through, this class refuses before it parses: bytes that are not UTF-8
 * (overlong forms, encoded surrogates, code points past U+10FFFF), a byte order mark, and the NUL
 * bytes from which Jackson would guess UTF-16 or UTF-32.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(1_000).maxNumberLength(1_000).build())
          .build();

  private Json() {}

  /** Something that writes itself as one JSON value. */
  @FunctionalInterface
  public interface Writable {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /** The request body was not one well-formed JSON document in UTF-8. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A strict parser over a request body, not yet advanced, after the checks Jackson does not make.
   * What follows the first document is for the caller to refuse.
   */
  public static JsonParser parser(byte[] utf8) throws MalformedJsonException {
    checkBytes(utf8);
    return parser(utf8, 0, utf8.length);
  }

  /** A strict parser over bytes already checked by {@link #parser(byte[])}, not yet advanced. */
  public static JsonParser parser(byte[] utf8, int offset, int length) {
    try {
      return FACTORY.createParser(utf8, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A strict parser over text, not yet advanced. */
  public static JsonParser parser(String json) {
    try {
      return FACTORY.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} (trusted: generated or written here) on one line, without whitespace. */
  public static String compact(String json) {
    return text(
        generator -> {
          try (JsonParser parser = parser(json)) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
          }
        });
  }

  /**
   * Checks that {@code utf8} holds exactly one well-formed JSON document.
   *
   * @throws MalformedJsonException saying what is wrong, if it does not
   */
  public static void checkDocument(byte[] utf8) throws MalformedJsonException {
    try (JsonParser parser = parser(utf8)) {
      parser.nextToken();
      parser.skipChildren();
      requireEnd(parser);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /** Refuses anything after the document the parser has just read. */
  public static void requireEnd(JsonParser parser) throws IOException, MalformedJsonException {
    if (parser.nextToken() != null) {
      throw new MalformedJsonException("Malformed JSON: data after the JSON document.");
    }
  }

  /** The answer for a parser's failure: its message without Jackson's location details. */
  public static MalformedJsonException malformed(IOException e) {
    String message =
        e instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : e.getMessage();
    if (e instanceof JsonEOFException) {
      message = "the document ends too early (" + message + ")";
    }
    return new MalformedJsonException("Malformed JSON: " + firstLine(message));
  }

  /** Decodes one value from JSON known to be valid, such as a default the processor checked. */
  @FunctionalInterface
  public interface TrustedDecoder<T> {
    T decode(JsonParser parser) throws IOException;
  }

  public static <T> T decodeTrusted(String json, TrustedDecoder<T> decoder) {
    try (JsonParser parser = parser(json)) {
      parser.nextToken();
      return decoder.decode(parser);
    } catch (IOException e) {
      throw new IllegalStateException("Generated JSON literal does not decode: " + json, e);
    }
  }

  public static JsonGenerator generator(ByteArrayOutputStream out) {
    try {
      return FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code value} to UTF-8 bytes. */
  public static byte[] write(Writable value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = generator(out)) {
      value.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes {@code value} as a string. */
  public static String text(Writable value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /** "a string", "a number (2.5)", … for messages about the value the parser is at. */
  public static String describe(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String text = parser.getText();
        return "a number (" + (text.length() <= 24 ? text : text.substring(0, 21) + "...") + ")";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_NULL:
        return "null";
      default:
        return "an unsupported value";
    }
  }

  /** What Jackson lets through: a byte order mark, NUL bytes, and bytes that are not UTF-8. */
  private static void checkBytes(byte[] utf8) throws MalformedJsonException {
    if (utf8.length >= 3
        && (utf8[0] & 0xFF) == 0xEF
        && (utf8[1] & 0xFF) == 0xBB
        && (utf8[2] & 0xFF) == 0xBF) {
      throw new MalformedJsonException("Request body starts with a byte order mark.");
    }
    boolean blank = true;
    for (int i = 0; i < utf8.length; ) {
      int b = utf8[i];
      if (b == 0) {
        // A raw NUL is never JSON (inside a string it must be escaped), and it is what makes
        // Jackson read a body as UTF-16 or UTF-32.
        throw new MalformedJsonException("Malformed JSON: a NUL byte at offset " + i + ".");
      }
      if (b > 0) {
        blank &= b == ' ' || b == '\t' || b == '\n' || b == '\r';
        i++;
        continue;
      }
      blank = false;
      int end = Utf8.sequenceEnd(utf8, i, utf8.length);
      if (end < 0) {
        throw new MalformedJsonException(
            "Malformed JSON: the bytes at offset " + i + " are not valid UTF-8.");
      }
      i = end;
    }
    if (blank) {
      throw new MalformedJsonException("Request body is empty; expected a JSON object.");
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
