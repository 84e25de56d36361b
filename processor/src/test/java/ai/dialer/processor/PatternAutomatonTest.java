package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.validation.EcmaPatterns;
import ai.dialer.processor.validation.PatternAutomaton;
import ai.dialer.runtime.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The automata the processor builds give java.util.regex's find() answer: both run over many
 * strings per pattern, drawn from the pattern's own characters and from ones that trip matchers
 * (line terminators, a letter outside ASCII, a supplementary character, a lone surrogate).
 */
class PatternAutomatonTest {
  /** Patterns as a plugin declares them (ECMA 262), all within the compiled subset. */
  private static final List<String> SUPPORTED =
      List.of(
          "^[A-Za-z0-9 ,.'-]{1,60}$",
          "^[^@ ]+@[^@ ]+$",
          "^[A-Za-z0-9 ,.'-]+$",
          "[0-9]+",
          "^\\d{2}:\\d{2}$",
          "^(\\+|00)?[0-9 ]{6,15}$",
          "^[a-z]{2}(-[A-Z]{2})?$",
          "^(?:Mr|Mrs|Ms)\\.? [A-Z][a-z]*$",
          "colou?r",
          "^a*$",
          "a*$",
          "^$",
          "",
          "x|y|",
          "(ab|a)(c|bcd)",
          "^(a|b)$",
          "^.{3,5}$",
          "^\\w+\\s\\W?\\S*$",
          "[^\\d\\s]{2,}",
          "^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$",
          "^[a-b-c]+$",
          "^[-a]$",
          "^[a-]$",
          "\\$[0-9]+(\\.[0-9]{2})?",
          "^(a{2,3}){2}$",
          "^[é😀]+$",
          "^((a|b)*c)+?$",
          "^\\t\\n?$",
          "a{0}b",
          "^\\x41\\u00e9+\\s?$",
          "^[$€][0-9]+$");

  /** Outside the subset: they run on java.util.regex. */
  private static final List<String> FALLBACK =
      List.of(
          "(?i)abc",
          "\\bword\\b",
          "(a)\\1",
          "a++",
          "[a&&b]",
          "[[a]b]",
          "\\p{L}+",
          "(?=a)a",
          "^a|b$",
          "\\uD83D\\uDE00",
          "a{1001}");

  @Test
  void automataAgreeWithJavaRegexOnEveryString() {
    Random random = new Random(20261125L);
    int compared = 0;
    for (String declared : SUPPORTED) {
      String java = EcmaPatterns.forJava(declared);
      Optional<PatternAutomaton.Tables> tables = PatternAutomaton.compile(java);
      assertTrue(tables.isPresent(), "not compiled: " + declared);
      TextPattern automaton =
          TextPattern.automaton(
              tables.get().bounds(),
              tables.get().next(),
              tables.get().accepting(),
              tables.get().anchoredAtEnd());
      Pattern regex = Pattern.compile(java);
      List<String> values = values(declared, random);
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        boolean matches = regex.matcher(value).find();
        assertEquals(
            matches,
            automaton.find(value),
            () -> "pattern " + declared + " on \"" + printable(value) + "\"");
        compared++;
        if (matches && i % 2 == 0) {
          values.add(stretched(value, random));
        }
      }
    }
    assertTrue(compared > 50_000, "compared " + compared);
  }

  @Test
  void fallsBackOutsideTheSubset() {
    for (String pattern : FALLBACK) {
      assertEquals(Optional.empty(), PatternAutomaton.compile(pattern), pattern);
    }
    assertEquals(Optional.empty(), PatternAutomaton.compile("^\\Q"));
  }

  /** Strings from the pattern's characters and awkward ones, some of them near-matches. */
  private static List<String> values(String pattern, Random random) {
    List<Integer> alphabet = new ArrayList<>();
    pattern.codePoints().forEach(alphabet::add);
    for (int c : new int[] {'a', 'b', 'c', 'z', 'A', 'Z', '0', '5', '9', ' ', '-', '@', '.', '_',
        '\n', '\r', '\t', 0x0B, 0x0C, 0x85, 0x2028, 'é', 0x1F600, 0xD800, '+', '$', ':', '\'', ','}) {
      alphabet.add(c);
    }
    List<String> values = new ArrayList<>(List.of("", "a", "\n", "ab\n", "Ann Lee", "ann@x.io",
        "Budget review, Q3", "12:30", "Mr. Smith", "$12.50", "aaaaaa", "color", "colour"));
    for (int i = 0; i < 2_000; i++) {
      values.add(randomString(alphabet, i % 10 == 0 ? 70 : 12, random));
      if (i % 4 == 0) {
        String base = values.get(random.nextInt(13));
        values.add(base + (random.nextBoolean() ? "\n" : "") + (random.nextBoolean() ? "x" : ""));
      }
    }
    return values;
  }

  /** Up to {@code maxLength - 1} code points drawn from {@code alphabet}. */
  static String randomString(List<Integer> alphabet, int maxLength, Random random) {
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(maxLength);
    for (int k = 0; k < length; k++) {
      value.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
    }
    return value.toString();
  }

  /**
   * A matching value with one of its characters repeated up to 70 times: long runs through an
   * automaton's loops and counters, ending on either side of a bound such as {@code {1,60}}.
   */
  private static String stretched(String value, Random random) {
    if (value.isEmpty()) {
      return "a".repeat(random.nextInt(70));
    }
    int at = random.nextInt(value.length());
    return value.substring(0, at) + String.valueOf(value.charAt(at)).repeat(random.nextInt(70))
        + value.substring(at);
  }

  /** The value with its control and non-ASCII characters written as code points. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u{%X}", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
