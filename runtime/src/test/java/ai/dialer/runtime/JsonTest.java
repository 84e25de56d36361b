package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesOneDocument() throws Exception {
    assertEquals("b", Json.parse("{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_8)).get("a").asText());
  }

  @Test
  void refusesWhatIsNotExactlyOneWellFormedUtf8Document() {
    List<byte[]> bad =
        List.of(
            "{\"a\":1} {}".getBytes(StandardCharsets.UTF_8),
            "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8),
            "{\"a\":".getBytes(StandardCharsets.UTF_8),
            "".getBytes(StandardCharsets.UTF_8),
            "  ".getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
            // A lone surrogate, an overlong NUL, and a byte order mark: Jackson alone takes them.
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
            "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16));
    for (byte[] body : bad) {
      assertThrows(Json.MalformedJsonException.class, () -> Json.parse(body), new String(body, StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void anExponentPastBigDecimalIsMalformedNotAnUncheckedFailure() {
    assertThrows(
        Json.MalformedJsonException.class,
        () -> Json.parse("{\"n\":9223372E036854775807}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fractionsKeepEveryDigit() throws Exception {
    assertTrue(Json.parse("0.1000000000000000000001").isBigDecimal());
  }

  @Test
  void writesNonFiniteNumbersAsNull() {
    byte[] written = Json.write(g -> {
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
    assertEquals("Invalid context: 2 violations: Text is missing. N is not a number.", mixed.getMessage());
  }
}
