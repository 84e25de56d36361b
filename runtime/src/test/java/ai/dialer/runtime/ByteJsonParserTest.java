package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The request parser reads what Jackson's strict parser reads, token by token, and refuses what
 * it refuses: both run over generated documents (nested, with escapes, non-ASCII text, numbers of
 * every form, random whitespace) and over mutations of them (a byte deleted, inserted or replaced,
 * a key repeated, the end cut off).
 */
class ByteJsonParserTest {
  private static final JsonFactory JACKSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final String SIGNIFICANT = "{}[]\",:\\ 0123456789-+.eEtrufalsn\n\t/";

  private final Random random = new Random(20261125L);

  @Test
  void readsWhatJacksonReadsAndRefusesWhatItRefuses() throws Exception {
    int accepted = 0;
    int refused = 0;
    int invalidUtf8 = 0;
    for (int i = 0; i < 30_000; i++) {
      String document = value(0);
      byte[] sent = document.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = i % 3 == 0 ? sent : mutate(sent);
      List<String> ours = tokens(new ByteJsonParser(bytes));
      // Read again as a generated validator reads objects, key by key through FieldNames: the
      // same tokens, and the same error where there is one.
      List<String> byFields = fieldTokens(new ByteJsonParser(bytes), FIELDS);
      assertEquals(failed(ours), failed(byFields), () -> ours + "\n" + byFields);
      if (!failed(ours)) {
        assertEquals(ours, byFields);
      }
      if (!validUtf8(bytes)) {
        // Jackson takes some of these (surrogates, overlong forms); ours refuses every one.
        assertTrue(failed(ours), () -> "invalid UTF-8 read: " + Arrays.toString(bytes) + " " + ours);
        invalidUtf8++;
        continue;
      }
      List<String> theirs = tokens(JACKSON.createParser(bytes));
      boolean oursFailed = failed(ours);
      boolean theirsFailed = failed(theirs);
      String shown = new String(bytes, StandardCharsets.UTF_8);
      assertEquals(theirsFailed, oursFailed, () -> shown + "\n ours:   " + ours + "\n Jackson: " + theirs);
      if (!theirsFailed) {
        assertEquals(theirs, ours, shown);
        accepted++;
      } else {
        // Up to the error, the same tokens. Jackson reads a key together with the start of its
        // value, so it may fail one token earlier than this parser.
        List<String> a = ours.subList(0, ours.size() - 1);
        List<String> b = theirs.subList(0, theirs.size() - 1);
        int common = Math.min(a.size(), b.size());
        assertTrue(Math.abs(a.size() - b.size()) <= 1, () -> shown + "\n" + a + "\n" + b);
        assertEquals(b.subList(0, common), a.subList(0, common), shown);
        refused++;
      }
    }
    String counts = accepted + " accepted, " + refused + " refused, " + invalidUtf8 + " not UTF-8";
    assertTrue(accepted > 5_000 && refused > 5_000 && invalidUtf8 > 1_000, counts);
  }

  @Test
  void sharedKeysAreAlwaysTheKeysRead() throws Exception {
    // Far more keys than the shared table has slots, of every length around its 8- and 16-byte
    // bounds, so slots collide and entries are replaced: each key must still read as itself.
    String printable = "abcxyzABCXYZ019 _-~!#$%&'()*+,./:;<=>?@[]^`{|}";
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // Half share a long prefix, to tell apart keys that differ only past their eighth byte.
      StringBuilder key =
          new StringBuilder(random.nextBoolean() ? "" : "attendee_email".substring(0, random.nextInt(15)));
      int length = random.nextInt(key.length() > 0 ? 4 : 20);
      for (int k = 0; k < length; k++) {
        key.append(printable.charAt(random.nextInt(printable.length())));
      }
      keys.add(key.toString());
    }
    for (int round = 0; round < 20_000; round++) {
      String a = keys.get(random.nextInt(keys.size()));
      String b = keys.get(random.nextInt(keys.size()));
      if (a.equals(b)) {
        continue;
      }
      String json = "{\"" + a + "\":1,\"" + b + "\":2}";
      JsonParser parser = new ByteJsonParser(json.getBytes(StandardCharsets.UTF_8));
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
      assertEquals(a, parser.currentName(), json);
      parser.nextToken();
      assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
      assertEquals(b, parser.currentName(), json);
    }
  }

  @Test
  void refusesARepeatedKeyAmongManyAndTakesManyDistinctOnes() throws Exception {
    // Past eight keys the parser keeps a set; below, one bit per hash: both must see a repeat.
    for (int size : new int[] {2, 8, 9, 70}) {
      StringBuilder distinct = new StringBuilder("{");
      for (int i = 0; i < size; i++) {
        distinct.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
      }
      List<String> read = tokens(new ByteJsonParser((distinct + "}").getBytes(StandardCharsets.UTF_8)));
      assertTrue(!failed(read) && read.size() == 2 * size + 2, read::toString);
      for (int repeated : new int[] {0, size / 2, size - 1}) {
        String json = distinct + ",\"k" + repeated + "\":0}";
        assertTrue(failed(tokens(new ByteJsonParser(json.getBytes(StandardCharsets.UTF_8)))), json);
      }
    }
  }

  @Test
  void parsersOnOneThreadNeverShareTheirContexts() throws Exception {
    // A closed parser passes its contexts on to the next one on the thread. Parsers open at the
    // same time, one closed twice, one never closed, and one after a deeply nested body must
    // each read their own document as a fresh parser does.
    String a = "{\"x\":{\"y\":[1,{\"z\":2}]},\"w\":3}";
    String b = "[{\"p\":{\"q\":[true]}},{\"r\":null}]";
    String deep = "[".repeat(200) + "{\"k\":1}" + "]".repeat(200);
    List<String> expectedA = tokens(new ByteJsonParser(a.getBytes(StandardCharsets.UTF_8)));
    List<String> expectedB = tokens(new ByteJsonParser(b.getBytes(StandardCharsets.UTF_8)));
    assertTrue(!failed(expectedA) && !failed(expectedB));
    assertTrue(!failed(tokens(new ByteJsonParser(deep.getBytes(StandardCharsets.UTF_8)))));

    JsonParser first = new ByteJsonParser(a.getBytes(StandardCharsets.UTF_8));
    first.nextToken();
    first.close();
    JsonParser second = new ByteJsonParser(a.getBytes(StandardCharsets.UTF_8)); // takes them
    first.close(); // again: must not pass them on a second time
    JsonParser third = new ByteJsonParser(b.getBytes(StandardCharsets.UTF_8));
    first.overrideCurrentName("changed"); // a closed parser's context is no one else's
    JsonParser neverClosed = new ByteJsonParser(a.getBytes(StandardCharsets.UTF_8));
    List<String> readSecond = new ArrayList<>();
    List<String> readThird = new ArrayList<>();
    List<String> readFourth = new ArrayList<>();
    // Interleaved, token by token: shared contexts would mix their keys and nesting.
    boolean more = true;
    while (more) {
      more = step(second, readSecond) | step(third, readThird) | step(neverClosed, readFourth);
    }
    second.close();
    third.close();
    assertEquals(expectedA, readSecond);
    assertEquals(expectedB, readThird);
    assertEquals(expectedA, readFourth);
    assertEquals(null, first.nextToken());
    assertEquals(null, first.currentName());
  }

  /** Reads one token into {@code out}, as {@link #tokens} would; false at the end. */
  private static boolean step(JsonParser parser, List<String> out) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return false;
    }
    add(out, parser, token);
    return true;
  }

  @Test
  void refusesNestingPastItsBound() throws Exception {
    String deep = "[".repeat(1_001) + "]".repeat(1_001);
    List<String> tooDeep = tokens(new ByteJsonParser(deep.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1_001, tooDeep.size(), "1000 arrays opened, then the error");
    assertTrue(failed(tooDeep));
    String fine = "[".repeat(1_000) + "]".repeat(1_000);
    assertEquals(2_000, tokens(new ByteJsonParser(fine.getBytes(StandardCharsets.UTF_8))).size());
  }

  @Test
  void readsTreesThroughJackson() throws Exception {
    byte[] body =
        "{\"a\":[1,2.50,-3e2,12345678901234567890,true,null,\"x\\u00e9\"],\"b\":{}}"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(Json.parse(body), Json.readSubtree(positioned(body)));
    List<String> duplicate =
        tokens(Json.parser("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("ERROR", duplicate.get(duplicate.size() - 1), duplicate.toString());
  }

  @Test
  void anExponentNoBigDecimalHoldsIsAParseErrorNotAnUncheckedOne() throws Exception {
    JsonParser parser = positioned("9223372E036854775807".getBytes(StandardCharsets.UTF_8));
    assertEquals(JsonToken.VALUE_NUMBER_FLOAT, parser.currentToken());
    org.junit.jupiter.api.Assertions.assertThrows(
        com.fasterxml.jackson.core.JsonParseException.class, parser::getDecimalValue);
  }

  /** The JDK's decoder, set to report: strict UTF-8, as RFC 3629 has it. */
  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean failed(List<String> tokens) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("ERROR");
  }

  private static JsonParser positioned(byte[] body) throws IOException {
    JsonParser parser = new ByteJsonParser(body);
    parser.nextToken();
    return parser;
  }

  /** Every token with what it carries, ending with "ERROR" if the parser threw. */
  private static List<String> tokens(JsonParser parser) {
    List<String> out = new ArrayList<>();
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        add(out, parser, token);
      }
    } catch (IOException | NumberFormatException e) {
      // Jackson throws the unchecked one for an exponent past what a BigDecimal holds.
      out.add("ERROR");
    }
    return out;
  }

  /** Keys {@link #key} makes, some of them, of every kind: plain, long, escaped, non-ASCII. */
  private static final FieldNames FIELDS =
      new FieldNames("a", "title", "b0", "b2", "kA1", "kA3", "é0", "3", "a_rather_long_key_name_2");

  /**
   * As {@link #tokens}, but inside an object moving from member to member with {@link
   * FieldNames#next}, checking the number it gives each key.
   */
  private static List<String> fieldTokens(JsonParser parser, FieldNames fields) {
    List<String> out = new ArrayList<>();
    List<Boolean> inObject = new ArrayList<>();
    try (parser) {
      JsonToken token = parser.nextToken();
      while (token != null) {
        add(out, parser, token);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          inObject.add(token == JsonToken.START_OBJECT);
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          inObject.remove(inObject.size() - 1);
        }
        if (!inObject.isEmpty() && inObject.get(inObject.size() - 1)) {
          int number = fields.next(parser);
          if (number != FieldNames.END) {
            String name = parser.currentName();
            assertEquals(fields.indexOf(name), number, name);
            out.add("name " + name);
          }
          token = parser.currentToken();
        } else {
          token = parser.nextToken();
        }
      }
    } catch (IOException | NumberFormatException e) {
      out.add("ERROR");
    }
    return out;
  }

  private static void add(List<String> out, JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case FIELD_NAME:
        out.add("name " + parser.currentName());
        break;
      case VALUE_STRING:
        out.add("string " + parser.getText() + " in " + parser.currentName());
        break;
      case VALUE_NUMBER_INT:
        out.add("int " + parser.getNumberType() + " " + parser.getText() + " "
            + parser.getBigIntegerValue() + " " + parser.getDecimalValue());
        break;
      case VALUE_NUMBER_FLOAT:
        out.add("float " + parser.getNumberType() + " " + parser.getText() + " "
            + parser.getDecimalValue() + " " + parser.getDoubleValue());
        break;
      default:
        out.add(token + " " + parser.currentName() + " " + parser.getText());
    }
  }

  private String value(int depth) {
    int kind = random.nextInt(depth > 4 ? 5 : 7);
    switch (kind) {
      case 0:
        return string();
      case 1:
        return number();
      case 2:
        return new String[] {"true", "false", "null"}[random.nextInt(3)];
      case 3:
        return string();
      case 4:
        return number();
      case 5: {
        StringBuilder out = new StringBuilder("{" + space());
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          out.append(i == 0 ? "" : "," + space()).append(key(i)).append(space()).append(':')
              .append(space()).append(value(depth + 1)).append(space());
        }
        return out.append('}').toString();
      }
      default: {
        StringBuilder out = new StringBuilder("[" + space());
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          out.append(i == 0 ? "" : "," + space()).append(value(depth + 1)).append(space());
        }
        return out.append(']').toString();
      }
    }
  }

  private String key(int i) {
    String[] keys = {"\"a\"", "\"title\"", "\"b" + i + "\"", "\"k\\u0041" + i + "\"", "\"kA" + i + "\"",
        "\"é" + i + "\"", "\"" + i + "\"", "\"a_rather_long_key_name_" + i + "\""};
    return keys[random.nextInt(keys.length)];
  }

  private String space() {
    return new String[] {"", "", "", " ", "\n", "\t ", "\r\n"}[random.nextInt(7)];
  }

  private String string() {
    String[] parts = {"a", "Ann Lee", "é", "😀", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\u00e9",
        "\\ud83d\\ude00", "\\ud800", " ", "\\b\\f\\r", "x"};
    StringBuilder out = new StringBuilder("\"");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.append(parts[random.nextInt(parts.length)]);
    }
    return out.append('"').toString();
  }

  private String number() {
    String[] forms = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "123456789012345678901234567890", "2.5", "-0.001", "1e3", "1E+3", "2.5e-3", "1e400",
        "0.1000000000000000000001", "100"};
    return forms[random.nextInt(forms.length)];
  }

  private byte[] mutate(byte[] bytes) {
    StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
    int at = text.length() == 0 ? 0 : random.nextInt(text.length());
    switch (random.nextInt(6)) {
      case 0:
        if (text.length() > 0) {
          text.deleteCharAt(at);
        }
        break;
      case 1:
        text.insert(at, SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
        break;
      case 2:
        if (text.length() > 0) {
          text.setCharAt(at, SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
        }
        break;
      case 3:
        text.setLength(at);
        break;
      case 4:
        // A byte of a UTF-8 sequence, often out of place, or a whole sequence UTF-8 forbids.
        String[] forbidden = {"\u00ED\u00A0\u0080", "\u00C0\u0080", "\u00E0\u0080\u0080",
            "\u00F0\u0080\u0080\u0080", "\u00F4\u0090\u0080\u0080", "\u00C3"};
        text.insert(at, random.nextBoolean()
            ? String.valueOf((char) (0x80 + random.nextInt(0x80)))
            : forbidden[random.nextInt(forbidden.length)]);
        break;
      default:
        int brace = text.indexOf("{\"");
        if (brace >= 0) {
          text.insert(brace + 1, "\"a\":1,\"a\":2,");
        } else {
          text.append(" x");
        }
    }
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
