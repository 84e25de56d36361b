package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void acceptsOneDocument() throws Exception {
    Json.checkDocument("{\"a\":[\"b\", 1.5e3, null]}".getBytes(StandardCharsets.UTF_8));
    Json.checkDocument("\"\\u00e9\\ud83d\\ude00 é😀\"".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesWhatIsNotExactlyOneWellFormedUtf8Document() {
    List<byte[]> bad =
        List.of(
            "{\"a\":1} {}".getBytes(StandardCharsets.UTF_8),
            "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8),
            "{\"b\":{\"a\":1,\"a\":2}}".getBytes(StandardCharsets.UTF_8),
            "{\"a\":".getBytes(StandardCharsets.UTF_8),
            "".getBytes(StandardCharsets.UTF_8),
            "  ".getBytes(StandardCharsets.UTF_8),
            "[NaN]".getBytes(StandardCharsets.UTF_8),
            "[012]".getBytes(StandardCharsets.UTF_8),
            "[\"\\x41\"]".getBytes(StandardCharsets.UTF_8),
            "[1,]".getBytes(StandardCharsets.UTF_8),
            "[1] // comment".getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
            // A lone surrogate, an overlong NUL, a byte order mark and a raw NUL: Jackson alone
            // takes them (the NUL makes it guess UTF-16 or UTF-32).
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
            new byte[] {'[', '1', ']', 0},
            "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16),
            "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16LE),
            ("[" + "[".repeat(1000) + "]".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8));
    for (byte[] body : bad) {
      Json.MalformedJsonException e =
          assertThrows(
              Json.MalformedJsonException.class,
              () -> Json.checkDocument(body),
              new String(body, StandardCharsets.ISO_8859_1));
      assertTrue(
          !e.getMessage().contains("\n") && !e.getMessage().contains("Source:"), e.getMessage());
    }
  }

  @Test
  void writesNonFiniteNumbersAsNull() {
    byte[] written =
        Json.write(
            g -> {
              g.writeStartArray();
              JsonWrite.number(g, Double.NaN);
              JsonWrite.number(g, (Integer) null);
              JsonWrite.string(g, null);
              g.writeEndArray();
            });
    assertEquals("[null,null,null]", new String(written, StandardCharsets.UTF_8));
  }

  @Test
  void missingKeysReadAsTheOriginal() {
    InvalidContextException e =
        new InvalidContextException(
            List.of(
                new Violation("/text", Violations.MISSING, "x"),
                new Violation("/target_language", Violations.MISSING, "y")));
    assertEquals("Missing required keys: text, target_language", e.getMessage());
    InvalidContextException mixed =
        new InvalidContextException(
            List.of(
                new Violation("/text", Violations.MISSING, "Text is missing."),
                new Violation("/n", Violations.TYPE, "N is not a number.")));
    assertEquals(
        "Invalid context: 2 violations: Text is missing. N is not a number.", mixed.getMessage());
  }
}
