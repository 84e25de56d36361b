package ai.dialer.processor.writing.validator;

import java.util.regex.PatternSyntaxException;

/**
 * A {@code @Pattern} is a JSON Schema {@code pattern}: an ECMA-262 regular expression with the
 * {@code u} flag (JSON Schema 2020-12, core section 6.4), published as written. The generated
 * validator runs it on {@code java.util.regex}. This accepts the part of ECMA 262 that the two read
 * alike and refuses the rest with a message that says what to write instead, so that the schema and
 * the validator accept the same strings.
 *
 * <p>Accepted: literal characters (code points, in both), {@code \d \D \w \W} (ASCII, in both),
 * {@code \t \n \r \f}, <code>&#92;u</code><i>XXXX</i>, {@code \x}<i>XX</i>, escaped syntax
 * characters, classes of those ({@code [a-z_]}, {@code [^@ ]}), groups {@code (…)} and {@code
 * (?:…)}, look-ahead {@code (?=…)} and {@code (?!…)}, alternation, the quantifiers {@code * + ? {n}
 * {n,} {n,m}} (greedy or lazy), {@code ^}, {@code $} and {@code .}. Two are written differently for
 * Java: {@code $} is ECMA's end of input, Java's {@code \z} (Java's {@code $} also matches before a
 * final line break), and {@code .} excludes exactly ECMA's line terminators (Java's also excludes
 * U+0085).
 *
 * <p>Refused: what the {@code u} flag makes a syntax error (a bare <code>{</code>, <code>}</code>
 * or {@code ]}, an escape of a character that is not syntax, a quantifier with nothing to repeat)
 * and what the two read differently: {@code \s \S \b \B} (ECMA's white space and word boundaries
 * are not Java's), {@code \v \0 \c}<i>X</i>, <code>&#92;u{…}</code>, {@code \p{…}}, back
 * references, named groups, look-behind, flags, {@code [} and {@code &&} inside a class, {@code []}
 * and {@code [^]}, possessive quantifiers.
 */
public final class EcmaRegex {
  private final String ecma;
  private final StringBuilder java;
  private int pos;

  private EcmaRegex(String ecma) {
    this.ecma = ecma;
    this.java = new StringBuilder(ecma.length() + 8);
  }

  /**
   * The expression for {@code java.util.regex.Pattern.compile}, with ECMA 262's meaning.
   *
   * @throws PatternSyntaxException saying why, and what to write instead, if it is outside the
   *     subset the two read alike
   */
  public static String toJava(String ecma) {
    EcmaRegex regex = new EcmaRegex(ecma);
    regex.disjunction();
    if (regex.pos < ecma.length()) {
      throw regex.refuse("\")\" closes no group");
    }
    return regex.java.toString();
  }

  private PatternSyntaxException refuse(String why) {
    return new PatternSyntaxException(why, ecma, pos);
  }

  private boolean at(String text) {
    return ecma.startsWith(text, pos);
  }

  private boolean atEnd() {
    return pos >= ecma.length();
  }

  private void disjunction() {
    alternative();
    while (at("|")) {
      java.append('|');
      pos++;
      alternative();
    }
  }

  private void alternative() {
    while (!atEnd() && !at("|") && !at(")")) {
      term();
    }
  }

  private void term() {
    char c = ecma.charAt(pos);
    switch (c) {
      case '^' -> {
        java.append('^');
        pos++;
        noQuantifier();
      }
      case '$' -> {
        java.append("\\z");
        pos++;
        noQuantifier();
      }
      case '(' -> {
        boolean assertion = group();
        if (assertion) {
          noQuantifier();
        } else {
          quantifier();
        }
      }
      case '*', '+', '?' -> throw refuse("\"" + c + "\" has nothing to repeat");
      case '{' ->
          throw refuse(
              "a \"{\" that repeats nothing is a syntax error with the u flag JSON Schema asks for:"
                  + " write \\{");
      case '}', ']' ->
          throw refuse(
              "a bare \""
                  + c
                  + "\" is a syntax error with the u flag JSON Schema asks for: write \\"
                  + c);
      default -> {
        atom();
        quantifier();
      }
    }
  }

  /** An assertion was read: a quantifier after it repeats nothing (a u flag syntax error). */
  private void noQuantifier() {
    if (!atEnd() && "*+?{".indexOf(ecma.charAt(pos)) >= 0) {
      throw refuse("a quantifier after an assertion (^, $, a look-ahead) repeats nothing");
    }
  }

  /** A group at pos; true if it is a look-ahead (an assertion). */
  private boolean group() {
    boolean assertion = false;
    if (at("(?:")) {
      java.append("(?:");
      pos += 3;
    } else if (at("(?=") || at("(?!")) {
      java.append(ecma, pos, pos + 3);
      pos += 3;
      assertion = true;
    } else if (at("(?<=") || at("(?<!")) {
      throw refuse("look-behind is not supported in @Pattern (java.util.regex bounds its length)");
    } else if (at("(?<")) {
      throw refuse("named groups are not supported in @Pattern: write (…) or (?:…)");
    } else if (at("(?")) {
      throw refuse(
          "\"(?\" starts no group ECMA 262 has (flags and atomic groups are Java's): write (?:…)");
    } else {
      java.append('(');
      pos++;
    }
    disjunction();
    if (!at(")")) {
      throw refuse("a group is not closed with \")\"");
    }
    java.append(')');
    pos++;
    return assertion;
  }

  private void atom() {
    char c = ecma.charAt(pos);
    if (c == '.') {
      // ECMA's line terminators; Java's "." also excludes U+0085.
      java.append("[^\\n\\r\\u2028\\u2029]");
      pos++;
    } else if (c == '[') {
      characterClass();
    } else if (c == '\\') {
      escape(false);
    } else {
      int codePoint = ecma.codePointAt(pos);
      java.appendCodePoint(codePoint);
      pos += Character.charCount(codePoint);
    }
  }

  private void quantifier() {
    if (atEnd()) {
      return;
    }
    char c = ecma.charAt(pos);
    if (c == '*' || c == '+' || c == '?') {
      java.append(c);
      pos++;
    } else if (c == '{') {
      braces();
    } else {
      return;
    }
    if (at("?")) {
      java.append('?');
      pos++;
    } else if (at("+")) {
      throw refuse(
          "a possessive quantifier (\"+\" after a quantifier) is not ECMA 262: drop the +");
    }
  }

  /** {n}, {n,} or {n,m}; anything else after a brace is refused. */
  private void braces() {
    int start = pos;
    int end = digitsEnd(pos + 1);
    boolean digits = end > pos + 1;
    long min = digits ? Long.parseLong(ecma.substring(pos + 1, Math.min(end, pos + 10))) : -1;
    long max = min;
    if (digits && end < ecma.length() && ecma.charAt(end) == ',') {
      int maxStart = end + 1;
      end = digitsEnd(maxStart);
      max =
          end > maxStart
              ? Long.parseLong(ecma.substring(maxStart, Math.min(end, maxStart + 9)))
              : Long.MAX_VALUE;
    }
    if (!digits || end >= ecma.length() || ecma.charAt(end) != '}') {
      throw refuse(
          "a \"{\" that starts no quantifier ({n}, {n,} or {n,m}) is a syntax error with the u"
              + " flag JSON Schema asks for: write \\{");
    }
    if (end - start > 20 || min > 100_000 || (max != Long.MAX_VALUE && max > 100_000)) {
      throw refuse("a repeat count above 100000 is not supported in @Pattern");
    }
    if (min > max) {
      throw refuse("the quantifier's minimum is above its maximum");
    }
    java.append(ecma, start, end + 1);
    pos = end + 1;
  }

  private void characterClass() {
    pos++; // [
    boolean negated = at("^");
    if (negated) {
      pos++;
    }
    if (at("]")) {
      throw refuse(
          negated
              ? "[^] (any character) is not supported in @Pattern: write [\\d\\D]"
              : "[] matches nothing: remove it");
    }
    java.append(negated ? "[^" : "[");
    boolean first = true;
    while (true) {
      if (atEnd()) {
        throw refuse("a class is not closed with \"]\"");
      }
      char c = ecma.charAt(pos);
      if (c == ']') {
        java.append(']');
        pos++;
        return;
      }
      if (c == '-' && !first && !at("-]") && (isClassEscape(pos - 2) || isClassEscape(pos + 1))) {
        throw refuse(
            "a class escape (\\d, \\w …) cannot end a range: a syntax error with the u flag JSON"
                + " Schema asks for; write \\- for a literal \"-\"");
      }
      if (c == '[') {
        throw refuse("\"[\" inside a class opens a nested class in java.util.regex: write \\[");
      }
      if (at("&&")) {
        throw refuse(
            "\"&&\" inside a class is an intersection in java.util.regex: list \"&\" only once");
      }
      if (c == '\\') {
        escape(true);
      } else {
        int codePoint = ecma.codePointAt(pos);
        java.appendCodePoint(codePoint);
        pos += Character.charCount(codePoint);
      }
      first = false;
    }
  }

  /** Whether a class escape ({@code \d \D \w \W}) starts at {@code i}. */
  private boolean isClassEscape(int i) {
    return i >= 0
        && i + 1 < ecma.length()
        && ecma.charAt(i) == '\\'
        && "dDwW".indexOf(ecma.charAt(i + 1)) >= 0
        && (i == 0 || ecma.charAt(i - 1) != '\\');
  }

  /** An escape at pos (a backslash), inside a class or not. */
  private void escape(boolean inClass) {
    if (pos + 1 >= ecma.length()) {
      throw refuse("the pattern ends with a lone backslash");
    }
    char c = ecma.charAt(pos + 1);
    int after = pos + 2;
    switch (c) {
      case 'd', 'D', 'w', 'W', 't', 'n', 'r', 'f' -> java.append('\\').append(c);
      case 's', 'S' ->
          throw refuse(
              "\\"
                  + c
                  + " is not supported in @Pattern: ECMA 262's white space includes U+00A0,"
                  + " U+FEFF and the Unicode spaces, java.util.regex's only ASCII; write the characters"
                  + " you mean, such as [ \\t\\n\\r]"
                  + (c == 'S' ? " or [^ \\t\\n\\r]" : ""));
      case 'b', 'B' ->
          throw refuse(
              inClass
                  ? "[\\b] is not supported in @Pattern: write \\u0008"
                  : "\\"
                      + c
                      + " is not supported in @Pattern: Java 17 counts letters outside ASCII"
                      + " as word characters, ECMA 262 does not; write the characters around it, such"
                      + " as (?:^|[^A-Za-z0-9_])");
      case 'v', '0', 'c' ->
          throw refuse("\\" + c + " is not supported in @Pattern: write the character as \\uXXXX");
      case 'p', 'P' ->
          throw refuse(
              "Unicode property escapes (\\p{…}) are not supported in @Pattern: java.util.regex names"
                  + " properties differently; list the characters in a class, such as [A-Za-z]");
      case 'k' -> throw refuse("named groups are not supported in @Pattern: write (…) or (?:…)");
      case 'x' -> {
        after = hex(after, 2, "\\x must be followed by two hexadecimal digits");
        java.append(ecma, pos, after);
      }
      case 'u' -> {
        if (after < ecma.length() && ecma.charAt(after) == '{') {
          throw refuse("\\u{…} is not supported in @Pattern: write the character itself");
        }
        after = hex(after, 4, "\\u must be followed by four hexadecimal digits");
        java.append(ecma, pos, after);
      }
      default -> {
        if (c >= '1' && c <= '9') {
          throw refuse("back references are not supported in @Pattern");
        }
        if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-')) {
          java.append('\\').append(c); // a literal character, in both
        } else if (Character.isLetterOrDigit(c)) {
          throw refuse(
              "\\"
                  + c
                  + " is not an escape of ECMA 262 (with the u flag JSON Schema asks for, a"
                  + " syntax error)");
        } else {
          throw refuse(
              "\\"
                  + c
                  + " escapes a character that needs none: with the u flag JSON Schema asks"
                  + " for, a syntax error; write it without the backslash");
        }
      }
    }
    pos = after;
  }

  /** Past the ASCII digits from {@code from}. */
  private int digitsEnd(int from) {
    while (from < ecma.length() && ecma.charAt(from) >= '0' && ecma.charAt(from) <= '9') {
      from++;
    }
    return from;
  }

  /** Past {@code count} hexadecimal digits from {@code from}. */
  private int hex(int from, int count, String why) {
    if (from + count > ecma.length()) {
      throw refuse(why);
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(ecma.charAt(i), 16) < 0 || ecma.charAt(i) >= 128) {
        throw refuse(why);
      }
    }
    return from + count;
  }
}
