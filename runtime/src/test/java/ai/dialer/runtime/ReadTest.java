package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scalar readers of the generated validators, on the streaming parser as the server uses it.
 */
class ReadTest {
  /** A parser at the value, as a generated reader finds it. */
  private static JsonParser at(String json) throws Exception {
    JsonParser parser = Json.parser(json);
    parser.nextToken();
    return parser;
  }

  private static String codeOf(Violations violations) {
    InvalidContextException e = assertThrows(InvalidContextException.class, violations::check);
    return e.violations().get(0).code();
  }

  @Test
  void intAcceptsIntegralValuesOnly() throws Exception {
    Violations ok = new Violations();
    assertEquals(3, Read.int32(at("3"), "/n", ok));
    assertEquals(3, Read.int32(at("3.0"), "/n", ok));
    assertEquals(-2147483648, Read.int32(at("-2147483648"), "/n", ok));
    assertEquals(null, Read.int32(at("2.5"), "/n", new Violations()), "null after a violation");
    assertEquals(0, ok.count());
    for (String bad : List.of("2.5", "\"3\"", "true", "[]", "{}")) {
      Violations violations = new Violations();
      Read.int32(at(bad), "/n", violations);
      assertEquals("type", codeOf(violations), bad);
    }
    for (String big :
        List.of("2147483648", "1e400", "123456789012345678901", "-1e10", "9223372E036854775807")) {
      Violations violations = new Violations();
      Read.int32(at(big), "/n", violations);
      assertEquals("range", codeOf(violations), big);
    }
  }

  @Test
  void aWrongValueIsSkippedSoReadingGoesOn() throws Exception {
    JsonParser parser = at("[{\"a\": [1, 2]}, 7]");
    parser.nextToken();
    Violations violations = new Violations();
    Read.string(parser, "/0", violations);
    assertEquals(JsonToken.END_OBJECT, parser.currentToken());
    parser.nextToken();
    assertEquals(7, Read.int32(parser, "/1", violations));
    assertEquals(1, violations.count());
  }

  @Test
  void longIsExactToItsLimits() throws Exception {
    Violations ok = new Violations();
    assertEquals(Long.MAX_VALUE, Read.int64(at("9223372036854775807"), "/n", ok));
    assertEquals(0, ok.count());
    Violations violations = new Violations();
    Read.int64(at("9223372036854775808"), "/n", violations);
    assertEquals("range", codeOf(violations));
  }

  @Test
  void doubleRefusesWhatItCannotHold() throws Exception {
    Violations ok = new Violations();
    assertEquals(0.1, Read.float64(at("0.1"), "/x", ok));
    assertEquals(5.0, Read.float64(at("5"), "/x", ok));
    assertEquals(0, ok.count());
    Violations violations = new Violations();
    Read.float64(at("1e400"), "/x", violations);
    assertEquals("range", codeOf(violations));
  }

  @Test
  void decimalsKeepTheirDigits() throws Exception {
    assertEquals("12.50", Read.decimal(at("12.50"), "/d", new Violations()).toPlainString());
  }

  @Test
  void stringsAndBooleansAreNotCoerced() throws Exception {
    Violations violations = new Violations();
    Read.string(at("12"), "/s", violations);
    Read.bool(at("\"true\""), "/b", violations);
    InvalidContextException e = assertThrows(InvalidContextException.class, violations::check);
    assertEquals(2, e.violations().size());
    assertEquals("\"s\" must be a string, but is a number (12).", e.violations().get(0).message());
    assertEquals("a string", e.violations().get(0).expected());
  }

  @Test
  void datesAndTimesAreStrict() throws Exception {
    Violations violations = new Violations();
    Read.date(at("\"2026-02-30\""), "/d", violations);
    Read.time(at("\"24:00\""), "/t", violations);
    Read.dateTime(at("\"2026-11-25T10:15:30\""), "/dt", violations);
    assertEquals(3, violations.count());
    assertEquals(
        "2026-11-25T09:15:30Z",
        Read.instant(at("\"2026-11-25t10:15:30+01:00\""), "/i", new Violations()).toString());
  }

  @Test
  void unknownKeysSuggestTheClosest() throws Exception {
    Violations violations = new Violations();
    JsonParser parser = at("{\"userId\": 1, \"contnt\": [2], \"zzz\": {}, \"cotnent\": 3}");
    List<String> keys = List.of("content", "user_id");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      Read.unknownKey(parser, "", keys, violations);
    }
    assertEquals(JsonToken.END_OBJECT, parser.currentToken(), "each value skipped");
    List<Violation> list =
        assertThrows(InvalidContextException.class, violations::check).violations();
    assertEquals(
        "Unknown key \"userId\"; did you mean \"user_id\"? Allowed keys: content, user_id.",
        list.get(0).message());
    assertEquals("/contnt", list.get(1).path());
    assertEquals("Unknown key \"zzz\". Allowed keys: content, user_id.", list.get(2).message());
    assertEquals(
        "Unknown key \"cotnent\"; did you mean \"content\"? Allowed keys: content, user_id.",
        list.get(3).message(),
        "two letters swapped are one typo");
  }

  @Test
  void pointersAreEscaped() {
    assertEquals("/m/a~1b~0c", Read.child("/m", "a/b~c"));
    assertEquals("m.a/b~c", new Violation("/m/a~1b~0c", "type", "").field());
  }
}
