package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.writing.validator.EcmaRegex;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Which @Pattern expressions are accepted, how the two that differ are written for Java, and what a
 * refusal says. The answers are ECMA-262's (22.2), written down here case by case; {@link
 * EcmaEngineAgreementTest} checks them against an ECMA-262 engine.
 */
class EcmaRegexTest {
  private static boolean matches(String ecma, String value) {
    return Pattern.compile(EcmaRegex.toJava(ecma)).matcher(value).find();
  }

  private static String refusal(String ecma) {
    return assertThrows(PatternSyntaxException.class, () -> EcmaRegex.toJava(ecma), ecma)
        .getDescription();
  }

  @Test
  void theCommonSubsetIsWrittenAsItIs() {
    for (String same :
        new String[] {
          "^[A-Za-z0-9 ,.'-]+",
          "[^@ ]+@[^@ ]+",
          "\\d{2,3}",
          "^(?:Mr|Mrs|Ms)\\.? [A-Z][a-z]*",
          "(?=a)a(?!b)",
          "x*?y+?z??a{2}?",
          "\\x41\\u00e9[\\x00-\\x1f\\-\\]\\\\]",
          "\\/\\*\\$\\^\\(\\)\\[\\]\\{\\}\\|\\?\\+",
          "😀+"
        }) {
      assertEquals(same, EcmaRegex.toJava(same));
    }
  }

  @Test
  void anEndAnchorAllowsNoTrailingLineBreak() {
    assertTrue(Pattern.compile("^[a-z]+$").matcher("abc\n").find(), "what Java alone does");
    assertEquals("^[a-z]+\\z", EcmaRegex.toJava("^[a-z]+$"));
    assertTrue(matches("^[a-z]+$", "abc"));
    for (String trailing : new String[] {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"}) {
      assertFalse(matches("^[a-z]+$", "abc" + trailing), "trailing " + (int) trailing.charAt(0));
    }
    assertFalse(matches("^(a|b$)", "b\n"));
    assertTrue(matches("^(a|b$)", "b"));
    assertEquals("[$]\\z", EcmaRegex.toJava("[$]$"), "a $ in a class is a literal");
    assertEquals("\\$\\z", EcmaRegex.toJava("\\$$"));
  }

  @Test
  void aDotTakesEverythingButEcmaScriptsLineTerminators() {
    assertTrue(matches("^.$", "\u0085"), "NEL is no line terminator in ECMA 262");
    assertTrue(matches("^.$", "😀"), "a code point is one character");
    for (String terminator : new String[] {"\n", "\r", "\u2028", "\u2029"}) {
      assertFalse(matches("^.$", terminator), "terminator " + (int) terminator.charAt(0));
    }
    assertEquals("[.]", EcmaRegex.toJava("[.]"), "a dot in a class is a literal");
  }

  @Test
  void whatTheTwoReadDifferentlyIsRefusedWithWhatToWriteInstead() {
    assertTrue(refusal("^\\s+$").contains("[ \\t\\n\\r]"), refusal("^\\s+$"));
    assertTrue(refusal("\\bcat").contains("(?:^|[^A-Za-z0-9_])"));
    assertTrue(refusal("\\p{L}").contains("[A-Za-z]"));
    assertTrue(refusal("\\u{1F600}").contains("the character itself"));
    assertTrue(refusal("[\\b]").contains("\\u0008"));
    assertTrue(refusal("(?i)a").contains("(?:"));
    assertTrue(refusal("(?<=a)b").contains("look-behind"));
    assertTrue(refusal("(?<n>a)").contains("named groups"));
    assertTrue(refusal("(a)\\1").contains("back references"));
    assertTrue(refusal("[a[b]]").contains("\\["));
    assertTrue(refusal("[a&&b]").contains("\"&\" only once"));
    assertTrue(refusal("a*+").contains("drop the +"));
    assertTrue(refusal("[]").contains("matches nothing"));
    assertTrue(refusal("[^]").contains("[\\d\\D]"));
    assertTrue(refusal("\\v").contains("\\uXXXX"));
  }

  @Test
  void syntaxErrorsOfTheUFlagAreRefused() {
    assertTrue(refusal("a{").contains("write \\{"));
    assertTrue(refusal("a]").contains("write \\]"));
    assertTrue(refusal("\\@").contains("without the backslash"));
    assertTrue(refusal("\\a").contains("not an escape"));
    assertTrue(refusal("^*").contains("assertion"));
    assertTrue(refusal("*a").contains("nothing to repeat"));
    assertTrue(refusal("a)").contains("closes no group"));
    assertTrue(refusal("(a").contains("not closed"));
    assertTrue(refusal("[a").contains("not closed"));
    assertTrue(refusal("a{3,2}").contains("above its maximum"));
    assertTrue(refusal("[\\d-z]").contains("cannot end a range"));
    assertTrue(refusal("a\\").contains("lone backslash"));
  }
}
