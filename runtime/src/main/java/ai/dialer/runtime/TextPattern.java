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
    private final byte[] asciiClass = new byte[128];
    /**
     * The transitions with every state numbered by where its row starts ({@code s * classes}), so
     * that the next row is one load away: the walk is a chain of dependent loads, one per
     * character, and a multiply in that chain made it a third slower.
     */
    private final int[] next;
    /** Whether each state has seen a match, at the index of its row. */
    private final boolean[] accepting;
    private final boolean anchoredAtEnd;

    Automaton(int[] bounds, int[] next, boolean[] accepting, boolean anchoredAtEnd) {
      int classes = bounds.length;
      if (classes == 0 || bounds[0] != 0 || classes > 127
          || next.length != accepting.length * classes) {
        throw new IllegalArgumentException("not the tables of an automaton");
      }
      this.bounds = bounds.clone();
      this.next = new int[next.length];
      this.accepting = new boolean[next.length];
      for (int i = 0; i < next.length; i++) {
        this.next[i] = next[i] < 0 ? -1 : next[i] * classes;
      }
      for (int s = 0; s < accepting.length; s++) {
        this.accepting[s * classes] = accepting[s];
      }
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
      boolean firstMatchDecides = !anchoredAtEnd;
      int row = 0;
      for (int i = 0, length = value.length(); ; ) {
        if (firstMatchDecides && accepting[row]) {
          return true;
        }
        if (i == length) {
          return accepting[row];
        }
        int c = value.charAt(i);
        if (c < 128) {
          row = next[row + asciiClass[c]];
          i++;
        } else {
          int codePoint = value.codePointAt(i);
          row = next[row + classOf(codePoint)];
          i += Character.charCount(codePoint);
        }
        if (row < 0) {
          return false;
        }
      }
    }
  }
}
