package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    Violation tooShort = only(v -> Check.length("", 1, 40, "", "/name", v));
    assertEquals(
        new Violation(
            "/name",
            "min_length",
            "\"name\" must be at least 1 characters long, but has 0.",
            ">= 1 characters",
            "0"),
        tooShort);
    Violation tooLong = only(v -> Check.length("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 0, 2,
        "/attendee", "/name", v));
    assertEquals(
        new Violation(
            "/attendee/name",
            "max_length",
            "\"attendee.name\" must be at most 2 characters long, but has 3.",
            "<= 2 characters",
            "3"),
        tooLong);
    Violations fine = new Violations();
    Check.length("\uD83D\uDE00\uD83D\uDE00", 0, 2, "", "/name", fine);
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
        only(v -> Check.items(List.of("a", "b", "c"), 0, 2, "", "/tags", v)));
    assertEquals(
        new Violation(
            "/tags",
            "min_items",
            "\"tags\" must hold at least 1 items, but holds 0.",
            ">= 1 items",
            "0"),
        only(v -> Check.items(List.of(), 1, 5, "", "/tags", v)));
  }

  @Test
  void pathsAreJoinedForTheViolation() {
    assertEquals(
        new Violation(
            "/attendee/tags/2",
            "unique",
            "\"attendee.tags\" must not hold the same item twice; item 2 repeats an earlier one.",
            "unique items",
            null),
        only(v -> Check.unique(List.of("a", "b", "a"), "/attendee", "/tags", v)));
    assertEquals(
        "/attendee/minutes",
        only(v -> Check.minimum(4L, 5L, false, "/attendee", "/minutes", v)).path());
  }
}
