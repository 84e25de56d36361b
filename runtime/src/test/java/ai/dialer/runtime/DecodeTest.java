package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeTest {
  private static JsonNode json(String text) throws Exception {
    return Json.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String codeOf(Violations violations) {
    InvalidContextException e = assertThrows(InvalidContextException.class, violations::check);
    return e.violations().get(0).code();
  }

  @Test
  void intAcceptsIntegralValuesOnly() throws Exception {
    Violations ok = new Violations();
    assertEquals(3, Decode.int32(json("3"), "/n", ok));
    assertEquals(3, Decode.int32(json("3.0"), "/n", ok));
    assertEquals(-2147483648, Decode.int32(json("-2147483648"), "/n", ok));
    assertEquals(0, ok.count());
    for (String bad : List.of("2.5", "\"3\"", "true", "[]")) {
      Violations violations = new Violations();
      Decode.int32(json(bad), "/n", violations);
      assertEquals("type", codeOf(violations), bad);
    }
    for (String big : List.of("2147483648", "1e400", "123456789012345678901", "-1e10")) {
      Violations violations = new Violations();
      Decode.int32(json(big), "/n", violations);
      assertEquals("range", codeOf(violations), big);
    }
  }

  @Test
  void longIsExactToItsLimits() throws Exception {
    Violations ok = new Violations();
    assertEquals(Long.MAX_VALUE, Decode.int64(json("9223372036854775807"), "/n", ok));
    assertEquals(0, ok.count());
    Violations violations = new Violations();
    Decode.int64(json("9223372036854775808"), "/n", violations);
    assertEquals("range", codeOf(violations));
  }

  @Test
  void doubleRefusesWhatItCannotHold() throws Exception {
    Violations ok = new Violations();
    assertEquals(0.1, Decode.float64(json("0.1"), "/x", ok));
    assertEquals(5.0, Decode.float64(json("5"), "/x", ok));
    assertEquals(0, ok.count());
    Violations violations = new Violations();
    Decode.float64(json("1e400"), "/x", violations);
    assertEquals("range", codeOf(violations));
  }

  @Test
  void stringsAndBooleansAreNotCoerced() throws Exception {
    Violations violations = new Violations();
    Decode.string(json("12"), "/s", violations);
    Decode.bool(json("\"true\""), "/b", violations);
    InvalidContextException e = assertThrows(InvalidContextException.class, violations::check);
    assertEquals(2, e.violations().size());
    assertEquals("\"s\" must be a string, but is a number (12).", e.violations().get(0).message());
  }

  @Test
  void pointersAreEscaped() {
    assertEquals("/m/a~1b~0c", Decode.child("/m", "a/b~c"));
    assertEquals("m.a/b~c", new Violation("/m/a~1b~0c", "type", "").field());
  }
}
