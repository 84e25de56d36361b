package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastPathTest {
  private static final FieldNames FIELDS = new FieldNames("s", "n", "b", "list", "inner");

  /** The parser at the opening brace of {@code json}'s object, and a fast path into it. */
  private static FastPath at(String json) throws Exception {
    JsonParser parser = Json.parser(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(JsonToken.START_OBJECT, parser.nextToken());
    FastPath plain = FastPath.at(parser);
    assertNotNull(plain);
    return plain;
  }

  /** The value of the object's only key, read by {@code read}; null for a miss. */
  private static Object single(String value, Read read) throws Exception {
    FastPath plain = at("{\"s\":" + value + "}");
    try {
      assertEquals(0, plain.field(FIELDS, -1));
      Object read1 = read.read(plain);
      assertEquals(FieldNames.END, plain.field(FIELDS, 0));
      return read1;
    } catch (FastPath.Miss miss) {
      return null;
    }
  }

  private interface Read {
    Object read(FastPath plain) throws FastPath.Miss;
  }

  @Test
  void readsStringsWithoutEscapesAndChecksTheirUtf8() throws Exception {
    assertEquals("plain text", single("\"plain text\"", FastPath::string));
    assertEquals("", single("\"\"", FastPath::string));
    assertEquals("été \uD83D\uDE00", single("\"été \uD83D\uDE00\"", FastPath::string));
    assertEquals("x", single(" \n\t\"x\" \r\n", FastPath::string));
    // Escapes, control characters, other types and null: the general reader's.
    assertNull(single("\"a\\\"b\"", FastPath::string));
    assertNull(single("\"a\\u0041\"", FastPath::string));
    assertNull(single("\"a\tb\"", FastPath::string));
    assertNull(single("1", FastPath::string));
    assertNull(single("null", FastPath::string));
    for (byte[] bad : List.of(
        new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xE2, (byte) 0x80})) { // truncated
      byte[] body = concat("{\"s\":\"a".getBytes(StandardCharsets.US_ASCII), bad, "\"}".getBytes(StandardCharsets.US_ASCII));
      JsonParser parser = Json.parser(body);
      parser.nextToken();
      FastPath plain = FastPath.at(parser);
      assertSame(FastPath.MISS, assertThrows(FastPath.Miss.class, () -> {
        plain.field(FIELDS, -1);
        plain.string();
      }));
    }
  }

  @Test
  void readsWholeNumbersOnlyWithinTheirType() throws Exception {
    assertEquals(45, single("45", FastPath::int32));
    assertEquals(0, single("-0", FastPath::int32));
    assertEquals(Integer.MAX_VALUE, single("2147483647", FastPath::int32));
    assertEquals(Integer.MIN_VALUE, single("-2147483648", FastPath::int32));
    assertNull(single("2147483648", FastPath::int32));
    assertEquals(999_999_999_999_999_999L, single("999999999999999999", FastPath::int64));
    assertEquals(-999_999_999_999_999_999L, single("-999999999999999999", FastPath::int64));
    // 19 digits, fractions, exponents, leading zeros, signs JSON has not: the general reader's.
    for (String number : List.of("1000000000000000000", "2.5", "9.0", "1e2", "1E2", "01", "-", "+1", "--1", "-a")) {
      assertNull(single(number, FastPath::int64), number);
    }
    // What follows a number is the next read's to check.
    assertNull(single("45x", FastPath::int32));
    assertNull(single("45 6", FastPath::int32));
  }

  @Test
  void readsBooleansAndNull() throws Exception {
    assertEquals(true, single("true", FastPath::bool));
    assertEquals(false, single("false", FastPath::bool));
    assertNull(single("tru", FastPath::bool));
    assertNull(single("truex", FastPath::bool));
    assertNull(single("\"true\"", FastPath::bool));
    assertEquals(true, single("null", FastPath::isNull));
    assertEquals(false, single("\"null\"", plain -> plain.isNull() ? "read" : plain.string()) == null);
    assertNull(single("nul", FastPath::isNull));
  }

  @Test
  void readsObjectsAndArraysStrictly() throws Exception {
    FastPath plain =
        at("{ \"s\" : \"x\" , \"list\" : [ 1 , 2 ] ,\n\"inner\":{\"n\":3, \"b\":true}, \"n\":[]}");
    assertEquals(0, plain.field(FIELDS, -1));
    assertEquals("x", plain.string());
    assertEquals(3, plain.field(FIELDS, 0));
    plain.array();
    List<Integer> items = new ArrayList<>();
    while (plain.item()) {
      items.add(plain.int32());
    }
    assertEquals(List.of(1, 2), items);
    assertEquals(4, plain.field(FIELDS, 3));
    plain.object();
    assertEquals(1, plain.field(FIELDS, -1));
    assertEquals(3, plain.int32());
    assertEquals(2, plain.field(FIELDS, 1));
    assertTrue(plain.bool());
    assertEquals(FieldNames.END, plain.field(FIELDS, 2));
    assertEquals(1, plain.field(FIELDS, 4)); // not the key expected next: found by the table
    plain.array();
    assertFalse(plain.item());
    assertEquals(FieldNames.END, plain.field(FIELDS, 1));

    // Each malformed object next to the same object well formed, which is read to its end.
    String[][] pairs = {
      {"{\"s\":\"x\",}", "{\"s\":\"x\"}"}, // trailing comma
      {"{\"s\":\"x\" \"n\":1}", "{\"s\":\"x\", \"n\":1}"}, // missing comma
      {"{,\"s\":\"x\"}", "{\"s\":\"x\"}"},
      {"{\"s\" \"x\"}", "{\"s\" : \"x\"}"}, // missing colon
      {"{\"other\":1}", "{\"n\":1}"}, // unknown key
      {"{\"s\\u0020\":1}", "{\"s\":1}"}, // escaped key
      {"{\"s\":[1,]}", "{\"s\":[1]}"},
      {"{\"s\":[,1]}", "{\"s\":[1]}"},
      {"{\"s\":[1 2]}", "{\"s\":[1, 2]}"},
      {"{\"s\":{\"n\":1]}", "{\"s\":{\"n\":1}}"},
      {"{\"s\":[1}", "{\"s\":[1]}"},
      {"{\"s\":1", "{\"s\":1}"}, // the end of the input
      {"{\"s\":nul}", "{\"s\":null}"},
      {"{\"s\":[true false]}", "{\"s\":[true, false]}"},
    };
    for (String[] pair : pairs) {
      readAll(at(pair[1]));
      FastPath reader = at(pair[0]);
      assertThrows(FastPath.Miss.class, () -> readAll(reader), pair[0]);
    }
  }

  /** Reads an object of FIELDS' keys, with values of any kind, to its end. */
  private static void readAll(FastPath plain) throws FastPath.Miss {
    int field = -1;
    while ((field = plain.field(FIELDS, field)) != FieldNames.END) {
      readValue(plain);
    }
  }

  /** Any value: each read refuses before it moves past the value's first byte. */
  private static void readValue(FastPath plain) throws FastPath.Miss {
    if (plain.isNull()) {
      return;
    }
    for (Read read : List.<Read>of(FastPath::string, FastPath::int64, FastPath::bool)) {
      try {
        read.read(plain);
        return;
      } catch (FastPath.Miss notThat) {
        // the next kind
      }
    }
    try {
      plain.array();
    } catch (FastPath.Miss notAnArray) {
      plain.object();
      readAll(plain);
      return;
    }
    while (plain.item()) {
      readValue(plain);
    }
  }

  @Test
  void givesUpPastItsDepth() throws Exception {
    StringBuilder json = new StringBuilder("{\"s\":");
    int depth = FastPath.MAX_DEPTH; // with the context's own object, one too many
    json.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
    FastPath plain = at(json.toString());
    plain.field(FIELDS, -1);
    assertThrows(FastPath.Miss.class, () -> {
      for (int i = 0; i < depth; i++) {
        plain.array();
      }
    });
    FastPath shallower = at("{\"s\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
    shallower.field(FIELDS, -1);
    for (int i = 0; i < depth - 1; i++) {
      shallower.array();
    }
    for (int i = 0; i < depth - 1; i++) {
      assertFalse(shallower.item());
    }
    assertEquals(FieldNames.END, shallower.field(FIELDS, 0));
  }

  @Test
  void leavesTheParserWhereTheGeneralReaderWouldOrWhereItFoundIt() throws Exception {
    String body = "{\"context\": {\"s\": \"x\", \"n\": 2}, \"after\": [true]}";
    // Read to the end by the fast path, then finish: the parser goes on after the object.
    JsonParser parser = Json.parser(body.getBytes(StandardCharsets.UTF_8));
    parser.nextToken();
    parser.nextToken();
    parser.nextToken();
    FastPath plain = FastPath.at(parser);
    int field = plain.field(FIELDS, -1);
    assertEquals("x", plain.string());
    field = plain.field(FIELDS, field);
    assertEquals(2, plain.int32());
    assertEquals(FieldNames.END, plain.field(FIELDS, field));
    plain.finish();
    assertEquals(JsonToken.END_OBJECT, parser.currentToken());
    assertEquals(List.of("FIELD_NAME after", "START_ARRAY [", "VALUE_TRUE true", "END_ARRAY ]", "END_OBJECT }"), rest(parser));

    // A miss halfway, then rewind: the parser reads the whole object again, token by token.
    JsonParser again = Json.parser(body.getBytes(StandardCharsets.UTF_8));
    again.nextToken();
    again.nextToken();
    again.nextToken();
    FastPath missed = FastPath.at(again);
    missed.field(FIELDS, -1);
    assertThrows(FastPath.Miss.class, missed::int32);
    missed.rewind();
    assertEquals(
        List.of("FIELD_NAME s", "VALUE_STRING x", "FIELD_NAME n", "VALUE_NUMBER_INT 2", "END_OBJECT }",
            "FIELD_NAME after", "START_ARRAY [", "VALUE_TRUE true", "END_ARRAY ]", "END_OBJECT }"),
        rest(again));
  }

  @Test
  void readsOnlyTheRequestParserAtAnObject() throws Exception {
    JsonParser parser = Json.parser("[{}]".getBytes(StandardCharsets.UTF_8));
    assertNull(FastPath.at(parser)); // no token yet
    parser.nextToken();
    assertNull(FastPath.at(parser)); // an array
    parser.nextToken();
    assertNotNull(FastPath.at(parser));
    assertNull(FastPath.at(new JsonParserDelegate(parser)));
    parser.close();
    assertNull(FastPath.at(parser));
  }

  private static List<String> rest(JsonParser parser) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (JsonToken token; (token = parser.nextToken()) != null; ) {
      tokens.add(token + " " + parser.getText());
    }
    return tokens;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
