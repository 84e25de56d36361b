package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON in and out over Jackson's tree and streaming APIs only: no bean binding anywhere.
 *
 * <p>Parsing is strict: duplicate keys, trailing data after the document and invalid UTF-8 are all
 * malformed input, and fractions are read as {@code BigDecimal} so that a validator sees the number
 * the client sent (no silent rounding to {@code double}).
 */
public final class Json {
  private static final ObjectMapper TREE_READER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // 12.50 stays 12.50: a BigDecimal parameter sees the digits the client sent.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final JsonFactory FACTORY = TREE_READER.getFactory();

  private Json() {}

  /** Something that writes itself as one JSON value. */
  @FunctionalInterface
  public interface Writable {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /** The request body was not one well-formed JSON document in UTF-8. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /**
   * Parses one JSON document. The bytes are decoded as UTF-8 explicitly (never sniffed), and
   * malformed UTF-8 is an error rather than a replacement character.
   */
  public static JsonNode parse(byte[] utf8) throws MalformedJsonException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedJsonException("Request body is not valid UTF-8.", e);
    }
    return parse(text);
  }

  public static JsonNode parse(String text) throws MalformedJsonException {
    if (text.isBlank()) {
      throw new MalformedJsonException("Request body is empty; expected a JSON object.", null);
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      return TREE_READER.readTree(parser);
    } catch (IOException e) {
      throw new MalformedJsonException("Malformed JSON: " + firstLine(e.getMessage()), e);
    }
  }

  /** Parses a JSON literal known to be valid, such as a default the processor checked. */
  public static JsonNode parseTrusted(String text) {
    try {
      return parse(text);
    } catch (MalformedJsonException e) {
      throw new IllegalStateException("Generated JSON literal does not parse: " + text, e);
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

  /** "a string", "a number (2.5)", … for messages about a value of the wrong type. */
  public static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "a number (" + abbreviate(node.asText()) + ")";
      case BOOLEAN:
        return node.asBoolean() ? "true" : "false";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return "an unsupported value";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 24 ? text : text.substring(0, 21) + "...";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
