package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.validation.EcmaPatterns;
import ai.dialer.processor.validation.PatternAutomaton;
import ai.dialer.runtime.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A @Pattern means to the generated validator what it means to ECMA 262 with the u flag, as JSON
 * Schema builds its patterns: each pattern runs on a real ECMA-262 engine (GraalJS's {@code
 * RegExp.prototype.test} on {@code new RegExp(pattern, "u")}, which searches as JSON Schema's
 * {@code pattern} does), on {@code java.util.regex} after {@link EcmaPatterns#forJava}, and on the
 * automaton built from that, over many strings made of the characters the two regex dialects
 * read differently, characters outside the Basic Multilingual Plane among them. And what {@link
 * EcmaPatterns} refuses as a syntax error of the u flag, the engine refuses too.
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
          "^[$€]\\d+$",
          "\\$\\d+(\\.\\d{2})?$",
          "^(?:Mr|Mrs|Ms)\\.? [A-Z][a-z]*$",
          "^$",
          "x|y|",
          "^[\\-\\]\\\\]+$",
          "^\\/\\*.*\\*\\/$",
          "^.{2}$",
          "^[^a]+$",
          "^\\u{1F600}+$",
          "^[\\u{1F600}-\\u{1F64F}x]$",
          "^\\uD83D\\uDE00$",
          "^[\uD83D\uDE00\uD83D\uDE4F]+$",
          "^\\S{1,3}$",
          "^a\\{\\}$");

  /** The characters the dialects disagree on, and ones that make near-matches. */
  private static final int[] ALPHABET = {
    'a', 'b', 'c', 'x', 'y', 'z', 'A', 'Z', 'M', 'r', 's', 't', '0', '5', '9', ' ', '-', '@', '.',
    '_', ',', '\'', '$', '€', '[', ']', '&', '{', '}', '\\', '/', '*', 'é', 'ß', '\t', '\n', '\r',
    0x0B, 0x0C, 0x08, 0x00, 0x85, 0xA0, 0x1680, 0x2003, 0x2028, 0x2029, 0x202F, 0x3000, 0xFEFF,
    0x200B, 0x1F600, 0x1F610, 0x1F64F, 0x1D49C
  };

  /** Syntax errors with the u flag, which Annex B (a pattern without flags) alone reads. */
  static final List<String> REFUSED =
      List.of("a{", "{x}", "a{,2}", "a]", "a}", "\\@", "\\ ", "\\-", "\\'", "\\1", "(a)\\2",
          "[\\s-z]", "[a-\\d]", "^*", "a$+", "\\b?", "(?=a)*", "(?<!a){2}", "a)", "\\c1", "\\01",
          "\\u{110000}", "\\a", "\\x4", "^[]a]$");

  @Test
  void javaAndTheAutomatonAgreeWithEcmaScriptOnEveryString() {
    Random random = new Random(20261201L);
    int compared = 0;
    try (Context js =
        Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Value test = js.eval("js", "(pattern, value) => new RegExp(pattern, 'u').test(value)");
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

  @Test
  void whatTheEngineRefusesWithTheUFlagIsRefused() {
    try (Context js =
        Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Value compile = js.eval("js", "(pattern) => { try { new RegExp(pattern, 'u'); return true; }"
          + " catch (e) { return false; } }");
      for (String pattern : REFUSED) {
        assertFalse(compile.execute(pattern).asBoolean(), () -> pattern + " compiles with the u flag");
        assertThrows(PatternSyntaxException.class, () -> EcmaPatterns.forJava(pattern), pattern);
      }
    }
  }

  private static List<String> values(String pattern, Random random) {
    List<Integer> alphabet = new ArrayList<>();
    for (int c : ALPHABET) {
      // GraalJS 23.1.8 with the u flag finds neither \b nor \B between a word character and one
      // outside the Basic Multilingual Plane ("M" then U+1D49C); ECMA-262 22.2.2.6 and V8 find a
      // boundary, as EcmaPatternsTest checks. Such strings are left out where the oracle errs.
      if (c <= 0xFFFF || !(pattern.contains("\\b") || pattern.contains("\\B"))) {
        alphabet.add(c);
      }
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
