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
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A @Pattern means to the generated validator what it means to ECMA 262: each pattern runs on a
 * real ECMA-262 engine (GraalJS's {@code RegExp.prototype.test}, which searches as JSON Schema's
 * {@code pattern} does), on {@code java.util.regex} after {@link EcmaPatterns#forJava}, and on the
 * automaton built from that, over many strings made of the characters the two regex dialects
 * read differently. Characters outside the Basic Multilingual Plane are left out: ECMA 262
 * without the u flag counts them as two UTF-16 units, a difference {@link EcmaPatterns} documents.
 */
class EcmaEngineAgreementTest {
  private static final List<String> PATTERNS =
      List.of(
          "^[A-Za-z0-9 ,.'-]{1,60}$",
          "^[^@ ]+@[^@ ]+$",
          "^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$",
          "^\\s+$",
          "^\\S+$",
          "\\s",
          "^[\\s,]+$",
          "^[^\\s]+$",
          "^[\\S]*$",
          "^[^\\S]$",
          "^.+$",
          "^.$",
          "a.c",
          "\\bcat\\b",
          "\\Bat",
          "^\\w+\\b",
          "a\\vb",
          "^\\cj\\cJ$",
          "^\\0$",
          "[]",
          "a[]",
          "^[^]+$",
          "^[a[]+$",
          "^[a&&b]+$",
          "^[\\b]$",
          "^a{$",
          "^{x}$",
          "^a{,2}$",
          "^\\d{2,3}$",
          "^x{2}?$",
          "^(?<y>[ab])\\k<y>$",
          "^(a)\\1$",
          "(?=a)a",
          "(?<!x)y",
          "(?<=[é])z",
          "^\\x41\\u00e9+$",
          "^[\\x41-\\x43\\u00e0-\\u00ff]+$",
          "^[\\d-]+$",
          "a]",
          "^[$€]\\d+$",
          "\\$\\d+(\\.\\d{2})?$",
          "^(?:Mr|Mrs|Ms)\\.? [A-Z][a-z]*$",
          "^$",
          "x|y|",
          "^[\\-\\]\\\\]+$",
          "^\\/\\*.*\\*\\/$");

  /** The characters the dialects disagree on, and ones that make near-matches. */
  private static final int[] ALPHABET = {
    'a', 'b', 'c', 'x', 'y', 'z', 'A', 'Z', 'M', 'r', 's', 't', '0', '5', '9', ' ', '-', '@', '.',
    '_', ',', '\'', '$', '€', '[', ']', '&', '{', '}', '\\', '/', '*', 'é', 'ß', '\t', '\n', '\r',
    0x0B, 0x0C, 0x08, 0x00, 0x85, 0xA0, 0x1680, 0x2003, 0x2028, 0x2029, 0x202F, 0x3000, 0xFEFF,
    0x200B
  };

  @Test
  void javaAndTheAutomatonAgreeWithEcmaScriptOnEveryString() {
    Random random = new Random(20261201L);
    int compared = 0;
    try (Context js =
        Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Value test = js.eval("js", "(pattern, value) => new RegExp(pattern).test(value)");
      for (String pattern : PATTERNS) {
        String java = EcmaPatterns.forJava(pattern);
        Pattern regex = Pattern.compile(java);
        Optional<TextPattern> automaton =
            PatternAutomaton.compile(java)
                .map(t -> TextPattern.automaton(t.bounds(), t.next(), t.accepting(), t.anchoredAtEnd()));
        for (String value : values(pattern, random)) {
          boolean ecma = test.execute(pattern, value).asBoolean();
          assertEquals(
              ecma,
              regex.matcher(value).find(),
              () -> pattern + " (as " + java + ") on \"" + PatternAutomatonTest.printable(value) + "\"");
          automaton.ifPresent(
              a -> assertEquals(ecma, a.find(value), () -> "automaton of " + pattern + " on \""
                  + PatternAutomatonTest.printable(value) + "\""));
          compared++;
        }
      }
    }
    assertTrue(compared > 50_000, "compared " + compared);
  }

  private static List<String> values(String pattern, Random random) {
    List<Integer> alphabet = new ArrayList<>();
    for (int c : ALPHABET) {
      alphabet.add(c);
    }
    pattern.chars().forEach(alphabet::add); // the pattern's own characters, for near-matches
    List<String> values = new ArrayList<>(List.of("", "a", "cat", "a cat!", "concat", "aa", "ab",
        "ann@example.com", "Budget review, Q3", "Mr. Smith", "$12.50", "/* x */", "AAé"));
    for (int i = 0; i < 1_500; i++) {
      values.add(PatternAutomatonTest.randomString(alphabet, i % 10 == 0 ? 40 : 8, random));
    }
    return values;
  }
}
