package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldNamesTest {
  @Test
  void numbersKeysWhateverStringInstanceCarriesThem() {
    FieldNames names = new FieldNames("title", "minutes", "action");
    // A fresh String each time (as a tree or an escaped key gives), then the same instance again
    // (as the request parser gives): the number is the same either way.
    for (int round = 0; round < 3; round++) {
      assertEquals(0, names.indexOf(new String("title")));
      assertEquals(2, names.indexOf(new String("action")));
    }
    String shared = new String("minutes");
    assertEquals(1, names.indexOf(shared));
    assertEquals(1, names.indexOf(shared));
    assertEquals(-1, names.indexOf("Title"));
    assertEquals(-1, names.indexOf(""));
    assertEquals(-1, new FieldNames().indexOf("title"));
  }

  @Test
  void refusesAKeyTwice() {
    assertThrows(IllegalArgumentException.class, () -> new FieldNames("a", "b", "a"));
  }
}
