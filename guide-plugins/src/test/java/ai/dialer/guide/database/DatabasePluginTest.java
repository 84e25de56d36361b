package ai.dialer.guide.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.storage.Database;
import ai.dialer.plugins.storage.StorageSettings;
import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's save/query pattern on the real embedded database. */
class DatabasePluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T08:00:00.123456Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Database database;
  private PluginTester tester;

  @BeforeEach
  void open() {
    database = new Database(new StorageSettings(dir));
    tester = tester(database);
  }

  private static PluginTester tester(Database database) {
    return PluginTester.of(
        new DatabasePlugin_Invoker(new DatabasePlugin(new RecordStore(database, CLOCK))));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private JsonNode call(String context) throws IOException {
    PluginTester.Answer answer = tester.call("DatabasePlugin", context);
    assertEquals(200, answer.status(), answer.json());
    return JSON.readTree(answer.json()).path("result");
  }

  private void save(String collection, String record) throws IOException {
    call(
        "{\"action\": \"save\", \"collection\": \""
            + collection
            + "\", \"record\": "
            + record
            + "}");
  }

  private List<String> names(JsonNode found) {
    List<String> names = new ArrayList<>();
    found.path("records").forEach(r -> names.add(r.path("record").path("name").asText()));
    return names;
  }

  @Test
  void savesARecordAsItWasSent() throws IOException {
    JsonNode saved =
        call(
            "{\"collection\": \"leads\", \"record\": {\"name\": \"Ann\", \"score\": 7.5,"
                + " \"tags\": [\"hot\"], \"address\": {\"city\": \"Oslo\"}, \"note\": null}}");
    assertEquals(1, saved.path("id").asLong());
    assertEquals("Record 1 saved in leads.", saved.path("message").asText());
    JsonNode found = call("{\"action\": \"query\", \"collection\": \"leads\"}");
    JsonNode stored = found.path("records").path(0);
    assertEquals(
        "{\"name\":\"Ann\",\"score\":7.5,\"tags\":[\"hot\"],\"address\":{\"city\":\"Oslo\"},"
            + "\"note\":null}",
        stored.path("record").toString());
    assertEquals("2026-12-01T08:00:00.123Z", stored.path("saved_at").asText());
  }

  @Test
  void queriesByFieldEqualityWithOrderAndLimit() throws IOException {
    save("leads", "{\"name\": \"Ann\", \"city\": \"Oslo\", \"score\": 3, \"vip\": true}");
    save("leads", "{\"name\": \"Bob\", \"city\": \"Oslo\", \"score\": 9, \"vip\": false}");
    save("leads", "{\"name\": \"Cid\", \"city\": \"Rome\", \"score\": 5, \"vip\": true}");
    save("leads", "{\"name\": \"Dee\", \"city\": \"Oslo\", \"score\": 7, \"vip\": true}");
    save("other", "{\"name\": \"Eve\", \"city\": \"Oslo\"}");
    assertEquals(
        List.of("Ann", "Bob", "Dee"),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"leads\", \"where\": {\"city\": \"Oslo\"}}")));
    assertEquals(
        List.of("Dee", "Ann"),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"leads\", \"where\": {\"city\": \"Oslo\","
                    + " \"vip\": true}, \"order_by\": \"score\", \"descending\": true}")));
    JsonNode top =
        call(
            "{\"action\": \"query\", \"collection\": \"leads\", \"order_by\": \"score\","
                + " \"descending\": true, \"limit\": 2}");
    assertEquals(List.of("Bob", "Dee"), names(top));
    assertEquals(2, top.path("count").asInt());
    // Values compare as JSON values: the string "3" is not the number 3.
    assertEquals(
        List.of(),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"leads\", \"where\": {\"score\": \"3\"}}")));
    assertEquals(
        List.of("Ann"),
        names(
            call("{\"action\": \"query\", \"collection\": \"leads\", \"where\": {\"score\": 3}}")));
  }

  @Test
  void booleansCompareAsSqliteReadsThemFromJson() throws IOException {
    save("flags", "{\"name\": \"on\", \"vip\": true}");
    save("flags", "{\"name\": \"one\", \"vip\": 1}");
    save("flags", "{\"name\": \"off\", \"vip\": false}");
    // As the README says: true and 1 are the same value to json_extract.
    assertEquals(
        List.of("on", "one"),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"flags\", \"where\": {\"vip\": true}}")));
  }

  @Test
  void nestedValuesCompareWhole() throws IOException {
    save("people", "{\"name\": \"Ann\", \"address\": {\"city\": \"Oslo\", \"zip\": \"0150\"}}");
    save("people", "{\"name\": \"Bob\", \"address\": {\"city\": \"Oslo\"}}");
    assertEquals(
        List.of("Bob"),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"people\","
                    + " \"where\": {\"address\": {\"city\": \"Oslo\"}}}")));
  }

  @Test
  void sqlInTheCallersValuesIsOnlyData() throws IOException {
    save("leads", "{\"name\": \"Ann\"}");
    save("leads", "{\"name\": \"x' OR '1'='1\"}");
    assertEquals(
        List.of(),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"leads\","
                    + " \"where\": {\"name\": \"' OR 1=1 --\"}}")));
    assertEquals(
        List.of("x' OR '1'='1"),
        names(
            call(
                "{\"action\": \"query\", \"collection\": \"leads\","
                    + " \"where\": {\"name\": \"x' OR '1'='1\"}}")));
    assertEquals(
        2, call("{\"action\": \"query\", \"collection\": \"leads\"}").path("count").asInt());
  }

  @Test
  void collectionAndFieldNamesAreChecked() {
    for (String collection : List.of("leads; DROP TABLE guide_records", "Leads", "", "a.b", "1x")) {
      PluginTester.Answer answer =
          tester.call(
              "DatabasePlugin", "{\"collection\": \"" + collection + "\", \"record\": {\"a\": 1}}");
      assertEquals(400, answer.status(), collection);
      assertTrue(answer.json().contains("\"path\":\"/collection\""), answer.json());
    }
    PluginTester.Answer badField =
        tester.call(
            "DatabasePlugin",
            "{\"collection\": \"leads\", \"record\": {\"ok\": 1, \"a') OR 1=1 --\": 2, \"a.b\": 3}}");
    assertEquals(400, badField.status());
    assertTrue(badField.json().contains("\"path\":\"/record/a') OR 1=1 --\""), badField.json());
    assertTrue(badField.json().contains("\"path\":\"/record/a.b\""), badField.json());
    PluginTester.Answer badWhere =
        tester.call(
            "DatabasePlugin",
            "{\"action\": \"query\", \"collection\": \"leads\", \"where\": {\"$\": 1}}");
    assertEquals(400, badWhere.status());
    assertTrue(badWhere.json().contains("\"path\":\"/where/$\""), badWhere.json());
    PluginTester.Answer badOrder =
        tester.call(
            "DatabasePlugin",
            "{\"action\": \"query\", \"collection\": \"leads\", \"order_by\": \"id; --\"}");
    assertEquals(400, badOrder.status());
    assertTrue(badOrder.json().contains("\"path\":\"/order_by\""), badOrder.json());
  }

  @Test
  void aRecordMustBeAnObject() {
    PluginTester.Answer answer =
        tester.call("DatabasePlugin", "{\"collection\": \"leads\", \"record\": [1, 2]}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"path\":\"/record\""), answer.json());
  }

  @Test
  void recordsSurviveARestart() throws Exception {
    save("leads", "{\"name\": \"Ann\"}");
    database.close();
    database = new Database(new StorageSettings(dir));
    tester = tester(database);
    assertEquals(List.of("Ann"), names(call("{\"action\": \"query\", \"collection\": \"leads\"}")));
    save("leads", "{\"name\": \"Bob\"}");
    assertEquals(
        2, call("{\"action\": \"query\", \"collection\": \"leads\"}").path("count").asInt());
  }
}
