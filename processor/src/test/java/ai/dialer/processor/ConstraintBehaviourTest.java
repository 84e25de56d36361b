package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every type and constraint of the calendar fixture, valid and invalid, through generated code. */
class ConstraintBehaviourTest {
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final String VALID =
      "{\"title\":\"Weekly sync\",\"day\":\"2026-11-25\",\"start\":\"09:30\","
          + "\"attendees\":[{\"name\":\"Ann\",\"email\":\"ann@example.com\"}]";
  private static FixturePlugin calendar;

  @BeforeAll
  static void compile() throws Exception {
    calendar = FixturePlugin.get("CalendarPlugin");
  }

  /** Numbers as the server reads them; a later key replaces an earlier one of the same name. */
  private static ObjectNode context(String extra) throws Exception {
    return (ObjectNode) JSON.readTree(VALID + extra + "}");
  }

  private static List<Violation> violations(String extra) throws Exception {
    ObjectNode context = context(extra);
    return assertThrows(InvalidContextException.class, () -> calendar.validate(context.toString()))
        .violations();
  }

  private static String codes(String extra) throws Exception {
    return violations(extra).stream()
        .map(v -> v.path() + " " + v.code())
        .collect(Collectors.joining(", "));
  }

  @Test
  void theValidContextIsValid() throws Exception {
    ObjectNode context =
        context(
            ",\"minutes\":480,\"priority\":\"high\",\"tags\":[\"a\",\"b\"],\"counters\":{\"x\":1},"
                + "\"budget\":0.01,\"room\":\"red\",\"remindAt\":null,\"remind_at\":\"2026-11-25T08:00:00+01:00\","
                + "\"not_before\":\"2026-11-25T07:00:00z\",\"link\":\"https://example.com\","
                + "\"share\":0,\"kind\":\"2026-02-28\"");
    context.remove("remindAt");
    assertDoesNotThrow(() -> calendar.validate(context.toString()));
  }

  @Test
  void numbersKeepTheirBounds() throws Exception {
    assertEquals("/minutes minimum", codes(",\"minutes\":4"));
    assertEquals("/minutes maximum", codes(",\"minutes\":481"));
    assertEquals("/budget minimum", codes(",\"budget\":0"));
    assertEquals("/budget maximum", codes(",\"budget\":100000.01"));
    assertEquals("/share maximum", codes(",\"share\":1"));
    assertEquals("/share minimum", codes(",\"share\":-0.1"));
    Violation minutes = violations(",\"minutes\":4").get(0);
    assertEquals(">= 5", minutes.expected());
    assertEquals("4", minutes.actual());
    assertTrue(minutes.message().contains("at least 5"), minutes.message());
  }

  @Test
  void stringsKeepTheirLengthPatternAllowedValuesAndFormat() throws Exception {
    assertEquals("/title min_length", codes(",\"title\":\"\"").replace(", /title pattern", ""));
    assertEquals("/title max_length", codes(",\"title\":\"" + "a".repeat(61) + "\""));
    assertEquals("/title pattern", codes(",\"title\":\"Sync!\""));
    // ECMA-262's "$", as the schema means it: a trailing line break does not match ^…+$.
    assertEquals("/title pattern", codes(",\"title\":\"Sync\\n\""));
    Violation pattern = violations(",\"title\":\"Sync\\n\"").get(0);
    assertEquals("^[A-Za-z0-9 ,.'-]+$", pattern.expected(), "the pattern as declared");
    assertEquals("/room enum", codes(",\"room\":\"purple\""));
    assertEquals("/link format", codes(",\"link\":\"not a uri\""));
    assertEquals("/kind format", codes(",\"kind\":\"2026-02-30\""));
    assertEquals(
        "/attendees/0/email format",
        codes(",\"attendees\":[{\"name\":\"Ann\",\"email\":\"ann@\"}]"));
  }

  @Test
  void collectionsKeepTheirSizeAndUniqueness() throws Exception {
    assertEquals("/attendees min_items", codes(",\"attendees\":[]"));
    assertEquals("/tags/1 unique", codes(",\"tags\":[\"a\",\"a\"]"));
    assertEquals("/tags max_items", codes(",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\"]"));
  }

  @Test
  void timesAndEnumsUseTheirWireForms() throws Exception {
    assertEquals("/day format", codes(",\"day\":\"25/11/2026\""));
    assertEquals("/start format", codes(",\"start\":\"24:00\""));
    assertEquals("/remind_at format", codes(",\"remind_at\":\"2026-11-25T08:00:00\""));
    assertEquals("/priority enum", codes(",\"priority\":\"HIGH\""));
  }

  @Test
  void unknownKeysAreRejectedWithASuggestion() throws Exception {
    List<Violation> unknown = violations(",\"atendees\":[]");
    assertEquals("/atendees", unknown.get(0).path());
    assertEquals("unknown", unknown.get(0).code());
    assertTrue(
        unknown.get(0).message().contains("did you mean \"attendees\"?"), unknown.get(0).message());
    assertTrue(
        unknown.get(0).message().contains("Allowed keys: action, title"), unknown.get(0).message());
    assertEquals("/remindAt unknown", codes(",\"remindAt\":\"x\""));
    assertTrue(violations(",\"remindAt\":\"x\"").get(0).message().contains("\"remind_at\""));
    assertEquals(
        "/attendees/0/mail unknown",
        codes(",\"attendees\":[{\"name\":\"Ann\",\"email\":\"a@b.c\",\"mail\":1}]"));
  }

  @Test
  void everyActionHasItsOwnValidator() throws Exception {
    assertDoesNotThrow(() -> calendar.validate("{\"action\":\"list\",\"only\":[\"low\"]}"));
    InvalidContextException delete =
        assertThrows(
            InvalidContextException.class,
            () -> calendar.validate("{\"action\":\"delete\",\"id\":0,\"title\":\"x\"}"));
    assertEquals(
        List.of("/id minimum", "/title unknown"),
        delete.violations().stream().map(v -> v.path() + " " + v.code()).toList());
  }

  private static List<String> moveViolations(String keys) {
    return assertThrows(
            InvalidContextException.class,
            () -> calendar.validate("{\"action\":\"move\",\"id\":7" + keys + "}"))
        .violations()
        .stream()
        .map(v -> v.path() + " " + v.code() + ": " + v.message())
        .toList();
  }

  @Test
  void keyGroupsAreCheckedAfterTheKeysAndPublishedInTheSchema() throws Exception {
    assertDoesNotThrow(
        () -> calendar.validate("{\"action\":\"move\",\"id\":7,\"by_days\":2,\"reason\":\"x\"}"));
    assertDoesNotThrow(
        () ->
            calendar.validate(
                "{\"action\":\"move\",\"id\":7,\"to_day\":\"2026-12-24\",\"notify\":[\"a\"],"
                    + "\"reason\":null,\"by_days\":null}"));
    assertEquals(
        List.of(
            " one_of_required: At least one of \"reason\", \"notify\" is required; none was"
                + " sent.",
            " one_of_required: Exactly one of \"to_day\", \"by_days\" is required; none was sent."),
        moveViolations(""));
    assertEquals(
        List.of(
            " one_of_conflict: Only one of \"to_day\", \"by_days\" may be sent, but \"to_day\","
                + " \"by_days\" were."),
        moveViolations(",\"to_day\":\"2026-12-24\",\"by_days\":1,\"notify\":[\"a\"]"));
    // A key sent with a bad value is still given: only its own violation is reported.
    assertEquals(
        List.of("/by_days maximum: \"by_days\" must be at most 365, but is 400."),
        moveViolations(",\"by_days\":400,\"reason\":\"x\""));
    com.fasterxml.jackson.databind.JsonNode move =
        JSON.readTree(calendar.descriptor().jsonSchema()).get("oneOf").get(2);
    assertEquals(
        "[{\"anyOf\":[{\"required\":[\"reason\"],\"properties\":"
            + "{\"reason\":{\"not\":{\"type\":\"null\"}}}},{\"required\":[\"notify\"],"
            + "\"properties\":{\"notify\":{\"not\":{\"type\":\"null\"}}}}]},"
            + "{\"oneOf\":[{\"required\":[\"to_day\"],\"properties\":{\"to_day\":{\"not\":{\"type\":"
            + "\"null\"}}}},{\"required\":[\"by_days\"],\"properties\":{\"by_days\":{\"not\":"
            + "{\"type\":\"null\"}}}}]}]",
        move.get("allOf").toString());
  }

  @Test
  void resultsOfEveryTypeAreWrittenInTheirWireForm() throws Exception {
    ObjectNode context =
        context(
            ",\"priority\":\"high\",\"budget\":12.50,\"room\":\"blue\","
                + "\"remind_at\":\"2026-11-25T08:00:00+01:00\",\"not_before\":\"2026-11-25T07:00:00Z\","
                + "\"counters\":{\"a\":9007199254740993}");
    byte[] written = Json.write(calendar.invoker.invoke(ContextJson.of(context.toString())));
    com.fasterxml.jackson.databind.JsonNode result = JSON.readTree(written);
    assertTrue(
        new String(written, java.nio.charset.StandardCharsets.UTF_8).contains("\"budget\":12.50"),
        "BigDecimal keeps its digits");
    assertEquals("2026-11-25", result.get("day").asText());
    assertEquals("09:30", result.get("start").asText());
    assertEquals("high", result.get("priority").asText());
    assertEquals("blue", result.get("room").asText());
    assertEquals("2026-11-25T08:00:00+01:00", result.get("remind_at").asText());
    assertEquals("2026-11-25T07:00:00Z", result.get("not_before").asText());
    assertEquals(9007199254740993L, result.get("counters").get("a").asLong());
    assertEquals("Ann", result.get("attendees").get(0).get("name").asText());
    assertTrue(result.get("attendees").get(0).get("optional").isNull());
    assertTrue(result.get("link").isNull());
  }
}
