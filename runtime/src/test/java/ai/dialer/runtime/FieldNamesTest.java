package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
  @Test
  void numbersKeysWhateverStringInstanceCarriesThem() {
    FieldNames names = new FieldNames("title", "minutes", "action");
    for (int round = 0; round < 3; round++) {
      assertEquals(0, names.indexOf(new String("title")));
      assertEquals(2, names.indexOf(new String("action")));
    }
    assertEquals(1, names.indexOf("minutes"));
    assertEquals(FieldNames.UNKNOWN, names.indexOf("Title"));
    assertEquals(FieldNames.UNKNOWN, names.indexOf(""));
    assertEquals(FieldNames.UNKNOWN, new FieldNames().indexOf("title"));
    assertEquals("action", names.key(2));
    assertEquals(3, names.size());
  }

  @Test
  void refusesAKeyTwice() {
    assertThrows(IllegalArgumentException.class, () -> new FieldNames("a", "b", "a"));
  }

  @Test
  void findsEveryKeyByItsBytesWhateverItsLengthAndPlace() throws IOException {
    // Keys of every length around the parser's 8- and 16-byte words, each with a twin that
    // differs only in its last byte (unknown), read at the start of a long body (the words are
    // loaded whole) and at the end of a short one (the parser packs them byte by byte).
    Random random = new Random(20261201L);
    String alphabet = "abcxyzABCXYZ019 _-~!#$%&'()*+,./:;<=>?@[]^`{|}\u007f";
    for (int length = 0; length <= 40; length++) {
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < length; i++) {
          key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        keys.add(key.toString());
      }
      FieldNames names = new FieldNames(keys.stream().distinct().toArray(String[]::new));
      for (String key : keys) {
        int number = names.indexOf(key);
        String twin = length == 0 ? null : key.substring(0, length - 1) + 'q';
        for (String padding : new String[] {"", " ".repeat(40)}) {
          String json = "{\"" + key + "\":1" + padding + "}";
          JsonParser parser = positioned(json);
          assertEquals(number, names.next(parser), json);
          assertEquals(key, parser.currentName(), json);
          assertEquals(JsonToken.VALUE_NUMBER_INT, parser.currentToken());
          assertEquals(FieldNames.END, names.next(parser), json);
          if (twin != null) {
            // The twin as it is and with its last byte escaped (read as a String).
            for (String spelled : new String[] {twin, twin.substring(0, length - 1) + "\\u0071"}) {
              parser = positioned("{\"" + spelled + "\":1" + padding + "}");
              assertEquals(FieldNames.UNKNOWN, names.next(parser), spelled);
              assertEquals(twin, parser.currentName());
            }
          }
        }
      }
    }
  }

  @Test
  void findsKeysTheParserMustDecode() throws IOException {
    FieldNames names = new FieldNames("title", "größe", "tab\there", "quote\"d");
    JsonParser parser =
        positioned("{\"ti\\u0074le\":1,\"größe\":2,\"tab\\there\":3,\"quote\\\"d\":4,\"gross\":5}");
    assertEquals(0, names.next(parser));
    assertEquals(1, names.next(parser));
    assertEquals(2, names.next(parser));
    assertEquals(3, names.next(parser));
    assertEquals(FieldNames.UNKNOWN, names.next(parser));
    assertEquals("gross", parser.currentName());
    assertEquals(FieldNames.END, names.next(parser));
  }

  @Test
  void leavesTheParserAtTheValueOfEachKey() throws IOException {
    FieldNames names = new FieldNames("list", "object", "text");
    JsonParser parser = positioned("{ \"other\" : {\"x\":[1]} , \"list\":[true],\"object\":{},\"text\":\"t\"}");
    assertEquals(FieldNames.UNKNOWN, names.next(parser));
    assertEquals(JsonToken.START_OBJECT, parser.currentToken());
    assertEquals("other", parser.currentName());
    parser.skipChildren();
    assertEquals(0, names.next(parser));
    assertEquals(JsonToken.START_ARRAY, parser.currentToken());
    parser.skipChildren();
    assertEquals(1, names.next(parser));
    assertEquals(JsonToken.START_OBJECT, parser.currentToken());
    assertEquals(FieldNames.END, names.next(parser)); // the inner, empty object ends
    assertEquals(2, names.next(parser));
    assertEquals("t", parser.getText());
    assertEquals(FieldNames.END, names.next(parser));
    assertEquals(JsonToken.END_OBJECT, parser.currentToken());
  }

  @Test
  void refusesAKeyRepeatedInAnySpellingOrWay() throws IOException {
    FieldNames names = new FieldNames("title", "minutes");
    for (String json :
        new String[] {
          "{\"title\":1,\"minutes\":2,\"title\":3}",
          "{\"title\":1,\"ti\\u0074le\":2}",
          "{\"ti\\u0074le\":1,\"title\":2}",
          "{\"other\":1,\"title\":2,\"other\":3}",
        }) {
      assertThrows(JsonParseException.class, () -> readAll(positioned(json), names), json);
    }
    // A key read through the general API, then the same key by number, and the other way round.
    JsonParser parser = positioned("{\"title\":1,\"title\":2}");
    assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
    parser.nextToken();
    assertThrows(JsonParseException.class, () -> names.next(parser));
    JsonParser reversed = positioned("{\"title\":1,\"minutes\":3,\"title\":2}");
    assertEquals(0, names.next(reversed));
    assertEquals(1, names.next(reversed));
    assertThrows(JsonParseException.class, reversed::nextToken);
    // One object read with two sets of keys: a key of the first set is still remembered.
    JsonParser switched = positioned("{\"title\":1,\"minutes\":2,\"title\":3}");
    assertEquals(0, names.next(switched));
    FieldNames others = new FieldNames("minutes", "title");
    assertEquals(0, others.next(switched));
    assertThrows(JsonParseException.class, () -> others.next(switched));
  }

  @Test
  void takesManyDistinctKeys() throws IOException {
    String[] keys = new String[100];
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "key" + i;
      json.append(i == 0 ? "" : ",").append("\"key").append(i).append("\":").append(i);
      json.append(",\"unknown").append(i).append("\":").append(i);
    }
    FieldNames names = new FieldNames(keys);
    JsonParser parser = positioned(json.append('}').toString());
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, names.next(parser));
      assertEquals(i, parser.getIntValue());
      assertEquals(FieldNames.UNKNOWN, names.next(parser));
    }
    assertEquals(FieldNames.END, names.next(parser));
    // Past the 64 keys that have a bit each, a repeat is still found.
    String repeated = json.substring(0, json.length() - 1) + ",\"key90\":0}";
    assertThrows(JsonParseException.class, () -> readAll(positioned(repeated), names));
  }

  @Test
  void readsATreeTheSameWay() throws Exception {
    FieldNames names = new FieldNames("title", "minutes");
    String json = "{\"minutes\":5,\"other\":[1],\"title\":\"x\"}";
    for (JsonParser parser :
        new JsonParser[] {positioned(json), Json.parser(Json.parse(json.getBytes(StandardCharsets.UTF_8)))}) {
      assertEquals(1, names.next(parser));
      assertEquals(5, parser.getIntValue());
      assertEquals(FieldNames.UNKNOWN, names.next(parser));
      assertEquals("other", parser.currentName());
      parser.skipChildren();
      assertEquals(0, names.next(parser));
      assertEquals("x", parser.getText());
      assertEquals(FieldNames.END, names.next(parser));
    }
  }

  private static JsonParser positioned(String json) throws IOException {
    JsonParser parser = new ByteJsonParser(json.getBytes(StandardCharsets.UTF_8));
    assertTrue(parser.nextToken() == JsonToken.START_OBJECT);
    return parser;
  }

  private static void readAll(JsonParser parser, FieldNames names) throws IOException {
    while (names.next(parser) != FieldNames.END) {
      parser.skipChildren();
    }
  }
}
