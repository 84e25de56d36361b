package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.processor.validation.EcmaPatterns;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ECMA-262's "$" (the end of the input, nothing after it) in java.util.regex. */
class EcmaPatternsTest {
  private static boolean matches(String ecma, String value) {
    return Pattern.compile(EcmaPatterns.forJava(ecma)).matcher(value).find();
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
    assertEquals("[]$]x", EcmaPatterns.forJava("[]$]x"));
    assertEquals("[^]$]x", EcmaPatterns.forJava("[^]$]x"));
    assertEquals("[a[$]]\\z", EcmaPatterns.forJava("[a[$]]$"));
    assertEquals("\\Q$\\E\\z", EcmaPatterns.forJava("\\Q$\\E$"));
    assertEquals("\\\\\\z", EcmaPatterns.forJava("\\\\$"));
    assertTrue(matches("^US\\$[0-9]+$", "US$12"));
    assertTrue(matches("^[$€][0-9]+$", "$5"));
  }

  @Test
  void patternsWithoutADollarAreUnchanged() {
    for (String pattern :
        new String[] {"^[A-Za-z0-9 ,.'-]+", "[0-9]{2}:[0-9]{2}", "(?i)meeting", "\\d+\\.\\d*"}) {
      assertEquals(pattern, EcmaPatterns.forJava(pattern));
    }
  }
}
