package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences of the count checks, which a person or a language model reads. */
class CheckTest {
  private static Violation only(java.util.function.Consumer<Violations> check) {
    Violations violations = new Violations();
    check.accept(violations);
    List<Violation> all =
        assertThrows(InvalidContextException.class, violations::check).violations();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void lengthCountsCodePoints() {
    Violation tooShort = only(v -> Check.minLength("", 1, "/name", v));
    assertEquals(
        new Violation(
            "/name",
            "min_length",
            "\"name\" must be at least 1 character long, but has 0.",
            ">= 1 character",
            "0"),
        tooShort);
    Violation tooLong =
        only(v -> Check.maxLength("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2, "/attendee/name", v));
    assertEquals(
        new Violation(
            "/attendee/name",
            "max_length",
            "\"attendee.name\" must be at most 2 characters long, but has 3.",
            "<= 2 characters",
            "3"),
        tooLong);
    Violations fine = new Violations();
    Check.maxLength("\uD83D\uDE00\uD83D\uDE00", 2, "/name", fine);
    assertEquals(0, fine.count(), "two emoji are two characters, not four chars");
  }

  @Test
  void itemsCountsTheList() {
    assertEquals(
        new Violation(
            "/tags",
            "max_items",
            "\"tags\" must hold at most 2 items, but holds 3.",
            "<= 2 items",
            "3"),
        only(v -> Check.maxItems(List.of("a", "b", "c"), 2, "/tags", v)));
    assertEquals(
        new Violation(
            "/tags",
            "min_items",
            "\"tags\" must hold at least 1 item, but holds 0.",
            ">= 1 item",
            "0"),
        only(v -> Check.minItems(List.of(), 1, "/tags", v)));
  }

  @Test
  void boundsSayWhatWasExpected() {
    Violation atLeast = only(v -> Check.atLeast(4L, 5L, "/attendee/minutes", v));
    assertEquals(
        new Violation(
            "/attendee/minutes",
            "minimum",
            "\"attendee.minutes\" must be at least 5, but is 4.",
            ">= 5",
            "4"),
        atLeast);
    assertEquals(
        "\"share\" must be less than 1, but is 1.",
        only(v -> Check.lessThan(1.0, 1.0, "/share", v)).message());
    assertEquals(
        "> 0.01",
        only(v -> Check.greaterThan(new java.math.BigDecimal("0.01"), "0.01", "/budget", v))
            .expected());
  }

  @Test
  void patternsQuoteTheDeclaredExpression() {
    Violation pattern =
        only(v -> Check.matches("abc\n", EcmaPattern.of("^[a-z]+$", "^[a-z]+\\z"), "/code", v));
    assertEquals("^[a-z]+$", pattern.expected());
    assertEquals("\"code\" must match the pattern ^[a-z]+$.", pattern.message());
  }

  @Test
  void uniqueItemsReportsTheRepeat() {
    assertEquals(
        new Violation(
            "/attendee/tags/2",
            "unique",
            "\"attendee.tags\" must not hold the same item twice; item 2 repeats an earlier one.",
            "unique items",
            null),
        only(v -> Check.uniqueItems(List.of("a", "b", "a"), "/attendee/tags", v)));
  }
}
