package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.writing.validator.EcmaRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A @Pattern means to the generated validator what it means to ECMA 262 with the u flag, as JSON
 * Schema builds its patterns: each accepted pattern runs on a real ECMA-262 engine (GraalJS's
 * {@code RegExp.prototype.test} on {@code new RegExp(pattern, "u")}, which searches as JSON
 * Schema's {@code pattern} does) and on {@code java.util.regex} after {@link EcmaRegex#toJava},
 * over many strings made of the characters the two dialects read differently, characters outside
 * the Basic Multilingual Plane among them. And what {@link EcmaRegex} refuses as a syntax error of
 * the u flag, the engine refuses too.
 */
class EcmaEngineAgreementTest {
  private static final List<String> ACCEPTED =
      List.of(
          "^[A-Za-z0-9 ,.'-]{1,60}$",
          "^[^@ ]+@[^@ ]+$",
          "^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$",
          "^.+$",
          "^.$",
          "a.c",
          "^\\w+$",
          "^\\W\\D$",
          "^\\d{2,3}$",
          "^x{2}?$",
          "(?=a)a",
          "a(?!b)",
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
          "^[a-z-0]+$",
          "^[\\t\\n\\r\\f ]+$",
          "^[😀-🙏x]$",
          "^😀+$",
          "^a\\{\\}$",
          "^(a|bc)*?d$");

  /** The characters the dialects disagree on, and ones that make near-matches. */
  private static final int[] ALPHABET = {
    'a', 'b', 'c', 'd', 'x', 'y', 'z', 'A', 'Z', 'M', 'r', 's', 't', '0', '5', '9', ' ', '-', '@',
    '.', '_', ',', '\'', '$', '€', '[', ']', '&', '{', '}', '\\', '/', '*', 'é', 'ß', '\t', '\n',
    '\r', 0x0B, 0x0C, 0x08, 0x00, 0x85, 0xA0, 0x1680, 0x2003, 0x2028, 0x2029, 0x202F, 0x3000,
    0xFEFF, 0x200B, 0x1F600, 0x1F610, 0x1F64F, 0x1D49C
  };

  /** Syntax errors with the u flag, which Annex B (a pattern without flags) alone reads. */
  static final List<String> SYNTAX_ERRORS =
      List.of(
          "a{",
          "{x}",
          "a{,2}",
          "a]",
          "a}",
          "\\@",
          "\\ ",
          "\\-",
          "\\'",
          "\\1",
          "(a)\\2",
          "[\\s-z]",
          "[a-\\d]",
          "^*",
          "a$+",
          "\\b?",
          "(?=a)*",
          "(?<!a){2}",
          "a)",
          "\\c1",
          "\\01",
          "\\u{110000}",
          "\\a",
          "\\x4",
          "^[]a]$");

  @Test
  void javaAgreesWithEcmaScriptOnEveryString() {
    Random random = new Random(20261201L);
    int compared = 0;
    try (Context js =
        Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Value test = js.eval("js", "(pattern, value) => new RegExp(pattern, 'u').test(value)");
      for (String pattern : ACCEPTED) {
        String java = EcmaRegex.toJava(pattern);
        Pattern regex = Pattern.compile(java);
        for (String value : values(pattern, random)) {
          boolean ecma = test.execute(pattern, value).asBoolean();
          assertEquals(
              ecma,
              regex.matcher(value).find(),
              () -> pattern + " (as " + java + ") on \"" + printable(value) + "\"");
          compared++;
        }
      }
    }
    assertTrue(compared > 40_000, "compared " + compared);
  }

  @Test
  void whatTheEngineRefusesWithTheUFlagIsRefused() {
    try (Context js =
        Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Value compile =
          js.eval(
              "js",
              "(pattern) => { try { new RegExp(pattern, 'u'); return true; }"
                  + " catch (e) { return false; } }");
      for (String pattern : SYNTAX_ERRORS) {
        assertFalse(
            compile.execute(pattern).asBoolean(), () -> pattern + " compiles with the u flag");
        assertThrows(PatternSyntaxException.class, () -> EcmaRegex.toJava(pattern), pattern);
      }
      for (String pattern : ACCEPTED) {
        assertTrue(compile.execute(pattern).asBoolean(), () -> pattern + " is no ECMA 262");
      }
    }
  }

  private static List<String> values(String pattern, Random random) {
    List<Integer> alphabet = new ArrayList<>();
    for (int c : ALPHABET) {
      alphabet.add(c);
    }
    pattern.codePoints().forEach(alphabet::add); // the pattern's own characters, for near-matches
    List<String> values =
        new ArrayList<>(
            List.of(
                "",
                "a",
                "cat",
                "a cat!",
                "concat",
                "aa",
                "ab",
                "ann@example.com",
                "Budget review, Q3",
                "Mr. Smith",
                "$12.50",
                "/* x */",
                "AAé",
                "abcd"));
    for (int i = 0; i < 1_500; i++) {
      values.add(randomString(alphabet, i % 10 == 0 ? 40 : 8, random));
    }
    return values;
  }

  private static String randomString(List<Integer> alphabet, int maxLength, Random random) {
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      value.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
    }
    return value.toString();
  }

  /** The value with its invisible characters written as escapes, for a failure's message. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
              } else {
                out.append(String.format("\\u{%X}", c));
              }
            });
    return out.toString();
  }
}
