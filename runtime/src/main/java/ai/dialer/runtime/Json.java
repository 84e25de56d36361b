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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON in and out over Jackson's tree and streaming APIs only: no bean binding anywhere.
 *
 * <p>Parsing is strict: duplicate keys, trailing data after the document and invalid UTF-8 are all
 * malformed input, and fractions are read as {@code BigDecimal} so that a validator sees the number
 * the client sent (no silent rounding to {@code double}).
 */
public final class Json {
  private static final JsonMapper TREE_READER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // 12.50 stays 12.50: a BigDecimal parameter sees the digits the client sent.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  /** For one value inside a document being streamed: what follows it is not its business. */
  private static final ObjectMapper SUBTREE_READER =
      TREE_READER.rebuild().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
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
   * Parses one JSON document into a tree. The bytes must be strict UTF-8 (checked as they are
   * read, never sniffed as another encoding); malformed UTF-8 is an error, not a replacement
   * character.
   */
  public static JsonNode parse(byte[] utf8) throws MalformedJsonException {
    // Through the request parser, as a request is read: the same rules and the same errors (an
    // exponent past BigDecimal's range is malformed, where Jackson's own parser throws unchecked).
    try (JsonParser parser = parser(utf8)) {
      JsonNode tree = TREE_READER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new MalformedJsonException("Malformed JSON: data after the JSON document.", null);
      }
      return tree;
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  public static JsonNode parse(String text) throws MalformedJsonException {
    if (text.isBlank()) {
      throw new MalformedJsonException("Request body is empty; expected a JSON object.", null);
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      return TREE_READER.readTree(parser);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /**
   * A streaming parser over a request body, not yet advanced: our own {@link ByteJsonParser}
   * (strict UTF-8 included), which reads what Jackson's strict parser reads at a fraction of its
   * set-up cost. Duplicate keys make it fail; what it reads past the document is for the caller to
   * refuse.
   */
  public static JsonParser parser(byte[] utf8) throws MalformedJsonException {
    checkStart(utf8);
    return new ByteJsonParser(utf8);
  }

  /** A streaming parser over a tree, positioned at its first token. */
  public static JsonParser parser(JsonNode tree) {
    try {
      JsonParser parser = tree.traverse(TREE_READER);
      parser.nextToken();
      return parser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the value the parser is positioned at into a tree, leaving it at the value's end. */
  public static JsonNode readSubtree(JsonParser parser) throws IOException {
    JsonNode node = SUBTREE_READER.readTree(parser);
    return node == null ? JsonNodeFactory.instance.nullNode() : node;
  }

  /** The error for a parser failure, for the malformed-JSON answer. */
  public static MalformedJsonException malformed(IOException e) {
    return new MalformedJsonException("Malformed JSON: " + firstLine(e.getMessage()), e);
  }

  /** Decodes one value from JSON known to be valid, such as a default the processor checked. */
  @FunctionalInterface
  public interface TrustedDecoder<T> {
    T decode(JsonParser parser) throws IOException;
  }

  public static <T> T decodeTrusted(String json, TrustedDecoder<T> decoder) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return decoder.decode(parser);
    } catch (IOException e) {
      throw new IllegalStateException("Generated JSON literal does not decode: " + json, e);
    }
  }

  /** What the parser would report less clearly; it checks UTF-8 itself, as it reads strings. */
  private static void checkStart(byte[] utf8) throws MalformedJsonException {
    // A byte order mark is legal UTF-8 but not JSON (RFC 8259); the parser would skip it.
    if (utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB
        && (utf8[2] & 0xFF) == 0xBF) {
      throw new MalformedJsonException("Request body starts with a byte order mark.", null);
    }
    boolean blank = true;
    for (byte b : utf8) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        blank = false;
        break;
      }
    }
    if (blank) {
      throw new MalformedJsonException("Request body is empty; expected a JSON object.", null);
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
