package ai.dialer.runtime;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A {@code @Pattern} as the generated validators test it: {@code find()} semantics (a match
 * anywhere, unless anchored). A pattern within the subset the processor compiles (literals,
 * classes, groups, alternation, quantifiers, {@code ^} at the start and the end anchor at the end)
 * is a deterministic automaton over code points, built at compile time and walked once over the
 * value; anything else is a {@link java.util.regex.Pattern}. Both accept the same strings: the
 * processor's tests compare them over generated inputs.
 */
public abstract class TextPattern {
  private TextPattern() {}

  /** Whether {@code value} contains a match (or, anchored, is one). */
  public abstract boolean find(String value);

  /** A pattern {@code java.util.regex} runs. */
  public static TextPattern regex(String javaPattern) {
    Pattern pattern = Pattern.compile(javaPattern);
    return new TextPattern() {
      @Override
      public boolean find(String value) {
        return pattern.matcher(value).find();
      }
    };
  }

  /**
   * A pattern compiled to a deterministic automaton.
   *
   * @param bounds the first code point of each input class, ascending, starting with 0: class
   *     {@code i} holds the code points from {@code bounds[i]} up to {@code bounds[i + 1] - 1}
   * @param next the state after state {@code s} reads a code point of class {@code c}, at {@code
   *     s * bounds.length + c}; -1 when no match can follow. State 0 is the start.
   * @param accepting whether each state has seen a match
   * @param anchoredAtEnd whether the match must end where the value ends; otherwise the first
   *     accepting state decides
   */
  public static TextPattern automaton(
      int[] bounds, int[] next, boolean[] accepting, boolean anchoredAtEnd) {
    return new Automaton(bounds, next, accepting, anchoredAtEnd);
  }

  private static final class Automaton extends TextPattern {
    private final int[] bounds;
    private final int classes;
    private final byte[] asciiClass = new byte[128];
    private final int[] next;
    private final boolean[] accepting;
    private final boolean anchoredAtEnd;

    Automaton(int[] bounds, int[] next, boolean[] accepting, boolean anchoredAtEnd) {
      if (bounds.length == 0 || bounds[0] != 0 || bounds.length > 127
          || next.length != accepting.length * bounds.length) {
        throw new IllegalArgumentException("not the tables of an automaton");
      }
      this.bounds = bounds.clone();
      this.classes = bounds.length;
      this.next = next.clone();
      this.accepting = accepting.clone();
      this.anchoredAtEnd = anchoredAtEnd;
      for (int c = 0; c < 128; c++) {
        asciiClass[c] = (byte) classOf(c);
      }
    }

    private int classOf(int codePoint) {
      int found = Arrays.binarySearch(bounds, codePoint);
      return found >= 0 ? found : -found - 2;
    }

    @Override
    public boolean find(String value) {
      int state = 0;
      if (!anchoredAtEnd && accepting[0]) {
        return true;
      }
      int length = value.length();
      for (int i = 0; i < length; ) {
        int c = value.charAt(i);
        int cls;
        if (c < 128) {
          cls = asciiClass[c];
          i++;
        } else {
          int codePoint = value.codePointAt(i);
          i += Character.charCount(codePoint);
          cls = classOf(codePoint);
        }
        state = next[state * classes + cls];
        if (state < 0) {
          return false;
        }
        if (!anchoredAtEnd && accepting[state]) {
          return true;
        }
      }
      return accepting[state];
    }
  }
}
