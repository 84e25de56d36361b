package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.validation.EcmaPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Patterns read as ECMA-262 reads them with the u flag (JSON Schema's regular expressions, built
 * as its section 6.4 asks), in java.util.regex. The expected answers are ECMA-262's (22.2),
 * written down here case by case.
 */
class EcmaPatternsTest {
  private static boolean matches(String ecma, String value) {
    return Pattern.compile(EcmaPatterns.forJava(ecma)).matcher(value).find();
  }

  /** ECMA-262's WhiteSpace and LineTerminator code points. */
  private static boolean ecmaSpace(int c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }

  @Test
  void anEndAnchorAllowsNoTrailingLineBreak() {
    assertTrue(Pattern.compile("^[a-z]+$").matcher("abc\n").find(), "what Java alone does");
    assertTrue(matches("^[a-z]+$", "abc"));
    for (String trailing : new String[] {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"}) {
      assertFalse(matches("^[a-z]+$", "abc" + trailing), "trailing " + (int) trailing.charAt(0));
    }
    assertFalse(matches("^(a|b$)", "b\n"));
    assertTrue(matches("^(a|b$)", "b"));
  }

  @Test
  void aDollarThatIsNotAnAnchorStaysALiteral() {
    assertEquals("[$]\\z", EcmaPatterns.forJava("[$]$"));
    assertEquals("\\$\\z", EcmaPatterns.forJava("\\$$"));
    assertEquals("\\\\\\z", EcmaPatterns.forJava("\\\\$"));
    assertTrue(matches("^US\\$[0-9]+$", "US$12"));
    assertTrue(matches("^[$€][0-9]+$", "$5"));
  }

  @Test
  void whiteSpaceIsEcmaScriptsOnEveryCodePoint() {
    String[] patterns = {"^\\s$", "^\\S$", "^[\\s]$", "^[\\S]$", "^[^\\S]$", "^[^\\s]$"};
    boolean[] meansSpace = {true, false, true, false, true, false};
    Pattern[] compiled = new Pattern[patterns.length];
    for (int k = 0; k < patterns.length; k++) {
      compiled[k] = Pattern.compile(EcmaPatterns.forJava(patterns[k]));
    }
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (c >= 0xD800 && c <= 0xDFFF) {
        continue;
      }
      String value = new String(Character.toChars(c));
      for (int k = 0; k < patterns.length; k++) {
        if (compiled[k].matcher(value).find() != (ecmaSpace(c) == meansSpace[k])) {
          throw new AssertionError(patterns[k] + " on U+" + Integer.toHexString(c));
        }
      }
    }
  }

  @Test
  void theDotAndTheOtherEscapesMeanWhatEcmaScriptSays() {
    assertTrue(matches("^.$", "\u0085"), "Java's dot leaves out U+0085; ECMA-262's does not");
    for (String terminator : new String[] {"\n", "\r", "\u2028", "\u2029"}) {
      assertFalse(matches("^.$", terminator));
    }
    assertTrue(matches("^\\v$", "\u000B"));
    assertFalse(matches("^\\v$", "\n"), "Java's \\v is every vertical space");
    assertTrue(matches("^\\cj$", "\n"), "\\cj is 'j' % 32, a line feed");
    assertTrue(matches("^\\cJ$", "\n"));
    assertTrue(matches("^\\0$", "\u0000"));
    assertTrue(matches("^[\\b]$", "\b"), "a backspace in a class");
    assertTrue(matches("a\\bé", "aé"), "é is no word character: a boundary after the a");
    assertFalse(matches("a\\Bé", "aé"));
    assertTrue(matches("\\bcat\\b", "a cat!"));
    assertFalse(matches("\\bcat\\b", "concat"));
    assertTrue(matches("^\\x41\\u0042$", "AB"));
    assertTrue(matches("^(?<year>[0-9]{4})-\\k<year>$", "2026-2026"));
    assertTrue(matches("^(a)\\1$", "aa"));
  }

  @Test
  void classesAreEcmaScriptsClasses() {
    assertTrue(matches("^[a[]$", "["), "'[' in a class is a member, not a nested class");
    assertTrue(matches("^[a&&b]$", "&"), "'&&' in a class is two members, not an intersection");
    assertFalse(matches("[]", ""), "[] matches nothing");
    assertFalse(matches("[]", "a"));
    assertTrue(matches("^[^]$", "\n"), "[^] matches any character");
    assertTrue(matches("^a\\]$", "a]"), "an escaped ']' outside a class is a literal");
    assertTrue(matches("^[\\d-]+$", "1-2"));
    assertTrue(matches("^[{}]+$", "{}"), "braces in a class are members");
    assertTrue(matches("^[\\-a]+$", "-a"), "\\- is a member in a class");
  }

  @Test
  void charactersAreCodePoints() {
    String grin = new String(Character.toChars(0x1F600));
    assertTrue(matches("^.$", grin), "one character, though two UTF-16 units");
    assertTrue(matches("^[^a]$", grin));
    assertTrue(matches("^.{2}$", grin + grin));
    assertFalse(matches("^.{2}$", grin));
    assertTrue(matches("^\\u{1F600}+$", grin + grin));
    assertTrue(matches("^\\u{001F600}$", grin), "leading zeros are allowed");
    assertTrue(matches("^[\\u{1F600}-\\u{1F64F}]$", new String(Character.toChars(0x1F610))));
    assertTrue(matches("^\\uD83D\\uDE00$", grin), "a pair of escapes is one code point");
    assertTrue(matches("^[" + grin + "]$", grin));
    // A boundary between a word character and one outside the Basic Multilingual Plane, as
    // ECMA-262 22.2.2.6 has it and V8 (Node 20) answers; GraalJS 23.1.8 finds neither \b nor \B.
    assertTrue(matches("^M\\b", "M" + new String(Character.toChars(0x1D49C))));
    assertFalse(matches("^M\\B", "M" + new String(Character.toChars(0x1D49C))));
  }

  @Test
  void aBraceMustStartAQuantifier() {
    assertTrue(matches("^a\\{$", "a{"));
    assertTrue(matches("^\\{x\\}$", "{x}"));
    assertTrue(matches("^a{2}$", "aa"));
    assertTrue(matches("^a{1,}?b$", "aab"));
    assertTrue(matches("^a{1,2}$", "aa"));
    assertFalse(matches("^a{1,2}$", "aaa"));
  }

  @Test
  void refusesWhatTheTwoReadDifferently() {
    List<String> refused = new ArrayList<>(EcmaEngineAgreementTest.REFUSED); // the u flag's errors
    refused.addAll(
        List.of("\\Qa.b\\E", "\\p{L}+", "\\Aabc", "abc\\Z", "\\h", "\\R", "(?i)abc",
          "(?>a)", "a*+", "a++", "a{2}+", "\\x4", "\\u00e", "\\u{110000}", "\\u{}", "\\u{12",
          "\\u{1g}", "\\c1", "\\01", "[\\B]", "(?<a_b>x)", "\\k", "[a", "a\\", "\\é",
          "\\P{L}"));
    for (String pattern : refused) {
      PatternSyntaxException error =
          assertThrows(PatternSyntaxException.class, () -> EcmaPatterns.forJava(pattern), pattern);
      assertFalse(error.getDescription().isBlank(), pattern);
    }
  }

  @Test
  void commonPatternsMeanTheSameInBoth() {
    String[][] cases = {
      {"^[A-Za-z0-9 ,.'-]+", "Budget review, Q3", "true"},
      {"[0-9]{2}:[0-9]{2}", "at 12:30", "true"},
      {"^\\d+\\.\\d*$", "12.5", "true"},
      {"^[^@ ]+@[^@ ]+$", "ann@example.com", "true"},
      {"^[^@ ]+@[^@ ]+$", "ann@exa mple.com", "false"},
      {"^(\\+|00)?[0-9 ]{6,15}$", "+49 30 1234567", "true"},
    };
    for (String[] c : cases) {
      assertEquals(Boolean.parseBoolean(c[2]), matches(c[0], c[1]), c[0] + " on " + c[1]);
      assertEquals(
          Boolean.parseBoolean(c[2]),
          Pattern.compile(c[0].replace("$", "\\z")).matcher(c[1]).find(),
          "and in plain Java: " + c[0]);
    }
  }
}
