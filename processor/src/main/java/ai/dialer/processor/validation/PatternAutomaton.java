package ai.dialer.processor.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compiles a pattern (in {@code java.util.regex} syntax, after {@link EcmaPatterns#forJava}) to the
 * tables of a deterministic automaton over code points that gives {@code Matcher.find()}'s answer,
 * for the runtime's {@code TextPattern.automaton}. One walk over the value, no allocation: a
 * {@code java.util.regex} match of a short pattern cost more than reading the rest of a context.
 *
 * <p>The subset: literals, {@code .}, classes ({@code [a-z_]}, {@code [^@ ]}) with {@code \d \w \s}
 * and their negations, groups, alternation, the quantifiers {@code * + ? {n} {n,} {n,m}} (greedy or
 * lazy, which find() cannot tell apart), {@code ^} at the start and {@code \z} at the end of a
 * pattern without top-level alternation. Anything else (back references, look-around, flags,
 * possessive quantifiers, property classes, nested classes, other escapes) and automata past a
 * size bound give {@link Optional#empty()}: the pattern then runs on {@code java.util.regex}.
 */
public final class PatternAutomaton {
  private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;
  private static final int MAX_REPEAT = 1_000;
  private static final int MAX_NFA_STATES = 5_000;
  private static final int MAX_CLASSES = 127;
  private static final int MAX_TABLE = 4_000;

  /** The tables of {@code TextPattern.automaton}. */
  public record Tables(int[] bounds, int[] next, boolean[] accepting, boolean anchoredAtEnd) {}

  /** The pattern is outside the subset. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private PatternAutomaton() {}

  /** The automaton of {@code javaPattern}, or empty if it is outside the subset or too large. */
  public static Optional<Tables> compile(String javaPattern) {
    try {
      return Optional.of(new PatternAutomaton.Builder(javaPattern).build());
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  // ---- syntax tree ----

  private sealed interface Node permits CharSet, Seq, Alt, Repeat {}

  /** Code points in inclusive ranges, sorted and disjoint: [lo0, hi0, lo1, hi1, …]. */
  private record CharSet(int[] ranges) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> branches) implements Node {}

  /** {@code max} -1 for no bound. */
  private record Repeat(Node body, int min, int max) implements Node {}

  private static CharSet set(List<int[]> ranges) {
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    int[] flat = new int[merged.size() * 2];
    for (int i = 0; i < merged.size(); i++) {
      flat[2 * i] = merged.get(i)[0];
      flat[2 * i + 1] = merged.get(i)[1];
    }
    return new CharSet(flat);
  }

  private static List<int[]> complement(List<int[]> ranges) {
    CharSet normal = set(new ArrayList<>(ranges));
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < normal.ranges().length; i += 2) {
      if (normal.ranges()[i] > from) {
        out.add(new int[] {from, normal.ranges()[i] - 1});
      }
      from = normal.ranges()[i + 1] + 1;
    }
    if (from <= MAX_CODE_POINT) {
      out.add(new int[] {from, MAX_CODE_POINT});
    }
    return out;
  }

  private static final class Builder {
    private final String pattern;
    private int pos;
    private int end;
    private boolean anchoredAtStart;
    private boolean anchoredAtEnd;

    Builder(String pattern) {
      this.pattern = pattern;
    }

    Tables build() throws Unsupported {
      end = pattern.length();
      if (pattern.startsWith("^")) {
        anchoredAtStart = true;
        pos = 1;
      }
      if (endsWithEndAnchor()) {
        anchoredAtEnd = true;
        end -= 2;
      }
      if (pos > end) {
        throw new Unsupported();
      }
      Node root = alternation();
      if (pos != end) {
        throw new Unsupported(); // an unmatched ')' or a character the parser stopped at
      }
      if ((anchoredAtStart || anchoredAtEnd) && root instanceof Alt) {
        throw new Unsupported(); // "^a|b" anchors only its first branch
      }
      return new Determinizer(root, anchoredAtStart, anchoredAtEnd).tables();
    }

    /** Whether the pattern ends with the escape \z (and not with a literal backslash and z). */
    private boolean endsWithEndAnchor() {
      if (!pattern.endsWith("z")) {
        return false;
      }
      int backslashes = 0;
      for (int i = pattern.length() - 2; i >= 0 && pattern.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }

    private Node alternation() throws Unsupported {
      List<Node> branches = new ArrayList<>();
      branches.add(sequence());
      while (pos < end && pattern.charAt(pos) == '|') {
        pos++;
        branches.add(sequence());
      }
      return branches.size() == 1 ? branches.get(0) : new Alt(branches);
    }

    private Node sequence() throws Unsupported {
      List<Node> items = new ArrayList<>();
      while (pos < end && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
        Node atom = atom();
        items.add(quantified(atom));
      }
      return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node quantified(Node atom) throws Unsupported {
      if (pos >= end) {
        return atom;
      }
      char c = pattern.charAt(pos);
      int min;
      int max;
      if (c == '*') {
        min = 0;
        max = -1;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        pos++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '{') {
        pos++;
        min = number();
        max = min;
        if (pos < end && pattern.charAt(pos) == ',') {
          pos++;
          max = pos < end && pattern.charAt(pos) == '}' ? -1 : number();
        }
        if (pos >= end || pattern.charAt(pos) != '}' || (max != -1 && max < min)) {
          throw new Unsupported();
        }
        pos++;
      } else {
        return atom;
      }
      if (pos < end && pattern.charAt(pos) == '?') {
        pos++; // lazy: find() gives the same answer
      }
      if (pos < end && "*+?{".indexOf(pattern.charAt(pos)) >= 0) {
        throw new Unsupported(); // possessive, or a quantifier of a quantifier
      }
      return new Repeat(atom, min, max);
    }

    private int number() throws Unsupported {
      int start = pos;
      while (pos < end && Character.isDigit(pattern.charAt(pos)) && pattern.charAt(pos) < 128) {
        pos++;
      }
      if (pos == start || pos - start > 4) {
        throw new Unsupported();
      }
      int value = Integer.parseInt(pattern.substring(start, pos));
      if (value > MAX_REPEAT) {
        throw new Unsupported();
      }
      return value;
    }

    private Node atom() throws Unsupported {
      int c = pattern.codePointAt(pos);
      switch (c) {
        case '(':
          pos++;
          if (pattern.startsWith("?:", pos)) {
            pos += 2;
          } else if (pos < end && pattern.charAt(pos) == '?') {
            throw new Unsupported(); // look-around, flags, named groups
          }
          Node inner = alternation();
          if (pos >= end || pattern.charAt(pos) != ')') {
            throw new Unsupported();
          }
          pos++;
          // Wrapped, so that only an alternation outside every group is an Alt at the root.
          return new Seq(List.of(inner));
        case '[':
          return characterClass();
        case '.':
          pos++;
          // Any code point but the line terminators java.util.regex's "." leaves out.
          return set(complement(List.of(
              new int[] {'\n', '\n'}, new int[] {'\r', '\r'}, new int[] {0x85, 0x85},
              new int[] {0x2028, 0x2029})));
        case '\\':
          return set(escape());
        case '^': case '$': case '*': case '+': case '?': case '{': case '}': case ']': case ')':
        case '|':
          throw new Unsupported();
        default:
          pos += Character.charCount(c);
          return set(single(c, c));
      }
    }

    /** An escape at pos (a backslash): its code points, the same inside a class and outside. */
    private List<int[]> escape() throws Unsupported {
      if (pos + 1 >= end) {
        throw new Unsupported();
      }
      int c = pattern.codePointAt(pos + 1);
      pos += 1 + Character.charCount(c);
      switch (c) {
        case 'd':
          return single('0', '9');
        case 'D':
          return complement(single('0', '9'));
        case 'w':
          return word();
        case 'W':
          return complement(word());
        case 's':
          return space();
        case 'S':
          return complement(space());
        case 'x':
          return hexEscape(pattern.startsWith("{", pos) ? -1 : 2);
        case 'u':
          return hexEscape(4);
        default:
          int control = "tnrf".indexOf(c);
          if (control >= 0) {
            int literal = "\t\n\r\f".charAt(control);
            return single(literal, literal);
          }
          // A backslash before a character that is neither a letter nor a digit makes it literal.
          if (c < 128 && !Character.isLetterOrDigit(c)) {
            return single(c, c);
          }
          throw new Unsupported();
      }
    }

    /**
     * The code point of {@code \xhh} ({@code digits} 2), {@code \x{h…h}} (-1) or {@code \}{@code uhhhh}
     * (4), pos after the letter. A surrogate, which Java may pair with the next escape, is left
     * to java.util.regex.
     */
    private List<int[]> hexEscape(int digits) throws Unsupported {
      int from = digits < 0 ? pos + 1 : pos;
      int to = digits < 0 ? pattern.indexOf('}', from) : pos + digits;
      if (to < 0 || to > end || to == from || to - from > 6) {
        throw new Unsupported();
      }
      int code = 0;
      for (int i = from; i < to; i++) {
        int digit = Character.digit(pattern.charAt(i), 16);
        if (digit < 0 || pattern.charAt(i) >= 128) {
          throw new Unsupported();
        }
        code = code * 16 + digit;
      }
      if (code > MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
        throw new Unsupported();
      }
      pos = digits < 0 ? to + 1 : to;
      return single(code, code);
    }

    /** One range, in a list that may grow. */
    private static List<int[]> single(int lo, int hi) {
      List<int[]> ranges = new ArrayList<>();
      ranges.add(new int[] {lo, hi});
      return ranges;
    }

    private static List<int[]> word() {
      return new ArrayList<>(List.of(
          new int[] {'0', '9'}, new int[] {'A', 'Z'}, new int[] {'_', '_'}, new int[] {'a', 'z'}));
    }

    private static List<int[]> space() {
      // java.util.regex's \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]
      return new ArrayList<>(List.of(new int[] {'\t', '\r'}, new int[] {' ', ' '}));
    }

    /**
     * A member of a class at pos: its code point, or -1 for \d, \w, \s and their negations,
     * whose ranges are added to {@code into} (where null, they are not allowed).
     */
    private int classMember(List<int[]> into) throws Unsupported {
      int c = pattern.codePointAt(pos);
      if (c != '\\') {
        pos += Character.charCount(c);
        return c;
      }
      List<int[]> escaped = escape();
      if (escaped.size() == 1 && escaped.get(0)[0] == escaped.get(0)[1]) {
        return escaped.get(0)[0];
      }
      if (into == null) {
        throw new Unsupported();
      }
      into.addAll(escaped);
      return -1;
    }

    /** Whether a '-' at pos makes a range (and is not the class's last, literal, character). */
    private boolean rangeFollows() {
      return pos + 1 < end && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']';
    }

    private Node characterClass() throws Unsupported {
      pos++; // [
      boolean negated = false;
      if (pos < end && pattern.charAt(pos) == '^') {
        negated = true;
        pos++;
      }
      if (pos < end && pattern.charAt(pos) == ']') {
        throw new Unsupported(); // "[]…]": read differently by Java and ECMA
      }
      List<int[]> ranges = new ArrayList<>();
      while (true) {
        if (pos >= end) {
          throw new Unsupported();
        }
        int c = pattern.codePointAt(pos);
        if (c == ']') {
          pos++;
          break;
        }
        if (c == '[' || pattern.startsWith("&&", pos)) {
          throw new Unsupported(); // nested classes and intersections
        }
        int lo = classMember(ranges);
        if (lo < 0) {
          if (rangeFollows()) {
            throw new Unsupported(); // "[\d-z]": no range from a class escape
          }
          continue;
        }
        int hi = lo;
        if (rangeFollows()) {
          pos++;
          if (pattern.charAt(pos) == '[') {
            throw new Unsupported();
          }
          hi = classMember(null);
          if (hi < lo) {
            throw new Unsupported();
          }
        }
        ranges.add(new int[] {lo, hi});
      }
      if (ranges.isEmpty()) {
        throw new Unsupported();
      }
      return set(negated ? complement(ranges) : ranges);
    }
  }

  // ---- automata ----

  /** Thompson's construction, then the subset construction over classes of code points. */
  private static final class Determinizer {
    private final List<List<Integer>> epsilon = new ArrayList<>();
    private final List<int[]> edgeSets = new ArrayList<>(); // per state: null or ranges
    private final List<Integer> edgeTargets = new ArrayList<>();
    private final int start;
    private final int accept;
    private final boolean anchoredAtStart;
    private final boolean anchoredAtEnd;

    Determinizer(Node root, boolean anchoredAtStart, boolean anchoredAtEnd) throws Unsupported {
      this.anchoredAtStart = anchoredAtStart;
      this.anchoredAtEnd = anchoredAtEnd;
      int[] fragment = fragment(root);
      start = fragment[0];
      accept = fragment[1];
    }

    private int state() throws Unsupported {
      if (epsilon.size() >= MAX_NFA_STATES) {
        throw new Unsupported();
      }
      epsilon.add(new ArrayList<>());
      edgeSets.add(null);
      edgeTargets.add(-1);
      return epsilon.size() - 1;
    }

    /** The states {start, end} of a fragment for {@code node}. */
    private int[] fragment(Node node) throws Unsupported {
      if (node instanceof CharSet set) {
        int from = state();
        int to = state();
        edgeSets.set(from, set.ranges());
        edgeTargets.set(from, to);
        return new int[] {from, to};
      }
      if (node instanceof Seq seq) {
        int from = state();
        int at = from;
        for (Node item : seq.items()) {
          int[] part = fragment(item);
          epsilon.get(at).add(part[0]);
          at = part[1];
        }
        return new int[] {from, at};
      }
      if (node instanceof Alt alt) {
        int from = state();
        int to = state();
        for (Node branch : alt.branches()) {
          int[] part = fragment(branch);
          epsilon.get(from).add(part[0]);
          epsilon.get(part[1]).add(to);
        }
        return new int[] {from, to};
      }
      Repeat repeat = (Repeat) node;
      int from = state();
      int at = from;
      for (int i = 0; i < repeat.min(); i++) {
        int[] part = fragment(repeat.body());
        epsilon.get(at).add(part[0]);
        at = part[1];
      }
      int to = state();
      if (repeat.max() == -1) {
        int[] part = fragment(repeat.body());
        epsilon.get(at).add(part[0]);
        epsilon.get(part[1]).add(part[0]);
        epsilon.get(part[1]).add(to);
        epsilon.get(at).add(to);
      } else {
        for (int i = repeat.min(); i < repeat.max(); i++) {
          int[] part = fragment(repeat.body());
          epsilon.get(at).add(part[0]);
          epsilon.get(at).add(to);
          at = part[1];
        }
        epsilon.get(at).add(to);
      }
      return new int[] {from, to};
    }

    private BitSet closure(BitSet states) {
      BitSet closed = (BitSet) states.clone();
      List<Integer> work = new ArrayList<>();
      states.stream().forEach(work::add);
      while (!work.isEmpty()) {
        int s = work.remove(work.size() - 1);
        for (int t : epsilon.get(s)) {
          if (!closed.get(t)) {
            closed.set(t);
            work.add(t);
          }
        }
      }
      return closed;
    }

    Tables tables() throws Unsupported {
      TreeSet<Integer> points = new TreeSet<>();
      points.add(0);
      for (int[] ranges : edgeSets) {
        if (ranges != null) {
          for (int i = 0; i < ranges.length; i += 2) {
            points.add(ranges[i]);
            if (ranges[i + 1] < MAX_CODE_POINT) {
              points.add(ranges[i + 1] + 1);
            }
          }
        }
      }
      if (points.size() > MAX_CLASSES) {
        throw new Unsupported();
      }
      int[] bounds = points.stream().mapToInt(Integer::intValue).toArray();
      int classes = bounds.length;

      BitSet startSet = new BitSet();
      startSet.set(start);
      BitSet restart = closure(startSet);
      List<BitSet> dstates = new ArrayList<>();
      Map<BitSet, Integer> index = new HashMap<>();
      dstates.add(restart);
      index.put(restart, 0);
      List<int[]> rows = new ArrayList<>();
      for (int d = 0; d < dstates.size(); d++) {
        BitSet current = dstates.get(d);
        int[] row = new int[classes];
        boolean done = !anchoredAtEnd && current.get(accept);
        for (int c = 0; c < classes; c++) {
          if (done) {
            row[c] = d; // find() has answered; the walk stops here
            continue;
          }
          BitSet moved = new BitSet();
          int point = bounds[c];
          for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
            int[] ranges = edgeSets.get(s);
            if (ranges != null && contains(ranges, point)) {
              moved.set(edgeTargets.get(s));
            }
          }
          BitSet next = closure(moved);
          if (!anchoredAtStart) {
            next.or(restart); // a match may begin at any position
          }
          if (next.isEmpty()) {
            row[c] = -1;
            continue;
          }
          Integer known = index.get(next);
          if (known == null) {
            known = dstates.size();
            if ((long) (known + 1) * classes > MAX_TABLE) {
              throw new Unsupported();
            }
            dstates.add(next);
            index.put(next, known);
          }
          row[c] = known;
        }
        rows.add(row);
      }
      int[] next = new int[rows.size() * classes];
      boolean[] accepting = new boolean[rows.size()];
      for (int d = 0; d < rows.size(); d++) {
        System.arraycopy(rows.get(d), 0, next, d * classes, classes);
        accepting[d] = dstates.get(d).get(accept);
      }
      return new Tables(bounds, next, accepting, anchoredAtEnd);
    }

    private static boolean contains(int[] ranges, int point) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (point >= ranges[i] && point <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }
  }
}
