package ai.dialer.guide.calendar;

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

/** The calendar on the real embedded database, called as the server calls it. */
class CalendarPluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

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
        new CalendarPlugin_Invoker(new CalendarPlugin(new EventStore(database, CLOCK))));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private JsonNode call(String context) throws IOException {
    PluginTester.Answer answer = tester.call("CalendarPlugin", context);
    assertEquals(200, answer.status(), answer.json());
    return JSON.readTree(answer.json()).path("result");
  }

  @Test
  void addsAnEventWithTheGuidesFields() throws IOException {
    JsonNode added =
        call(
            "{\"action\": \"add\", \"title\": \"Standup\", \"date\": \"2026-12-24\","
                + " \"time\": \"09:30\", \"attendees\": [\"ann\", \"bob\"]}");
    JsonNode event = added.path("event");
    assertEquals(1, event.path("id").asLong());
    assertEquals("Standup", event.path("title").asText());
    assertEquals("2026-12-24", event.path("date").asText());
    assertEquals("09:30", event.path("time").asText());
    assertEquals(60, event.path("duration_minutes").asInt());
    assertEquals("[\"ann\",\"bob\"]", event.path("attendees").toString());
    assertEquals("2026-12-01T08:00:00Z", event.path("created_at").asText());
    assertEquals("Event 'Standup' added.", added.path("message").asText());
    assertEquals(0, added.path("overlaps").size());
  }

  @Test
  void addIsTheDefaultAction() throws IOException {
    JsonNode added = call("{\"title\": \"Lunch\", \"date\": \"2026-12-24\", \"time\": \"12:00\"}");
    assertEquals("Lunch", added.path("event").path("title").asText());
  }

  @Test
  void reportsTheEventsANewOneOverlapsEvenFromTheDayBefore() throws IOException {
    call(
        "{\"title\": \"Late shift\", \"date\": \"2026-12-23\", \"time\": \"23:00\","
            + " \"duration_minutes\": 120}");
    call("{\"title\": \"Standup\", \"date\": \"2026-12-24\", \"time\": \"09:30\"}");
    call("{\"title\": \"Review\", \"date\": \"2026-12-24\", \"time\": \"10:30\"}");
    JsonNode early = call("{\"title\": \"Early\", \"date\": \"2026-12-24\", \"time\": \"00:30\"}");
    assertEquals("Late shift", early.path("overlaps").path(0).path("title").asText());
    JsonNode clash =
        call(
            "{\"title\": \"Clash\", \"date\": \"2026-12-24\", \"time\": \"10:00\","
                + " \"duration_minutes\": 45}");
    List<String> titles = new ArrayList<>();
    clash.path("overlaps").forEach(event -> titles.add(event.path("title").asText()));
    assertEquals(List.of("Standup", "Review"), titles);
    assertEquals("Event 'Clash' added; it overlaps 2 events.", clash.path("message").asText());
    // Back to back is not an overlap.
    JsonNode after = call("{\"title\": \"After\", \"date\": \"2026-12-24\", \"time\": \"11:30\"}");
    assertEquals(0, after.path("overlaps").size());
  }

  @Test
  void listsByDateAndTimeOptionallyBetweenTwoDates() throws IOException {
    call("{\"title\": \"C\", \"date\": \"2026-12-26\", \"time\": \"08:00\"}");
    call("{\"title\": \"B\", \"date\": \"2026-12-24\", \"time\": \"15:00\"}");
    call("{\"title\": \"A\", \"date\": \"2026-12-24\", \"time\": \"09:00\"}");
    JsonNode all = call("{\"action\": \"list\"}");
    assertEquals(3, all.path("count").asInt());
    assertEquals("A", all.path("events").path(0).path("title").asText());
    assertEquals("C", all.path("events").path(2).path("title").asText());
    JsonNode some =
        call("{\"action\": \"list\", \"from\": \"2026-12-25\", \"to\": \"2026-12-31\"}");
    assertEquals(1, some.path("count").asInt());
    assertEquals("C", some.path("events").path(0).path("title").asText());
  }

  @Test
  void deletesByIdAndSaysHowManyRemain() throws IOException {
    long first =
        call("{\"title\": \"A\", \"date\": \"2026-12-24\", \"time\": \"09:00\"}")
            .path("event")
            .path("id")
            .asLong();
    call("{\"title\": \"B\", \"date\": \"2026-12-24\", \"time\": \"10:00\"}");
    JsonNode deleted = call("{\"action\": \"delete\", \"event_id\": " + first + "}");
    assertEquals("A", deleted.path("event").path("title").asText());
    assertEquals(1, deleted.path("remaining").asLong());
    assertEquals("Event 'A' deleted.", deleted.path("message").asText());
  }

  @Test
  void anUnknownIdIsA400NamingIt() {
    PluginTester.Answer answer =
        tester.call("CalendarPlugin", "{\"action\": \"delete\", \"event_id\": 999}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"path\":\"/event_id\""), answer.json());
    assertTrue(answer.json().contains("\"code\":\"not_found\""), answer.json());
    assertTrue(answer.json().contains("There is no event with id 999."), answer.json());
  }

  @Test
  void impossibleDatesAndTimesAreRefused() {
    PluginTester.Answer answer =
        tester.call(
            "CalendarPlugin", "{\"title\": \"X\", \"date\": \"2026-02-30\", \"time\": \"25:00\"}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"path\":\"/date\""), answer.json());
    assertTrue(answer.json().contains("\"path\":\"/time\""), answer.json());
  }

  @Test
  void eventsSurviveARestartAndIdsNeverRepeat() throws Exception {
    call("{\"title\": \"A\", \"date\": \"2026-12-24\", \"time\": \"09:00\"}");
    long second =
        call("{\"title\": \"B\", \"date\": \"2026-12-24\", \"time\": \"10:00\"}")
            .path("event")
            .path("id")
            .asLong();
    call("{\"action\": \"delete\", \"event_id\": " + second + "}");
    database.close();
    database = new Database(new StorageSettings(dir));
    tester = tester(database);
    assertEquals(1, call("{\"action\": \"list\"}").path("count").asInt());
    long third =
        call("{\"title\": \"C\", \"date\": \"2026-12-24\", \"time\": \"11:00\"}")
            .path("event")
            .path("id")
            .asLong();
    assertTrue(third > second, "the deleted event's id is not given again");
  }
}
