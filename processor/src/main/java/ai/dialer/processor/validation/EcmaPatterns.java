package ai.dialer.processor.validation;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code @Pattern} is a JSON Schema {@code pattern}, so an ECMA-262 regular expression, built
 * with the {@code u} flag as JSON Schema 2020-12 asks (core, section 6.4: "Regular expressions
 * SHOULD be built with the "u" flag"), as networknt's ECMA-262 engine and Ajv build it; it is
 * published in the schema as written, and the generated validator matches it with {@code
 * java.util.regex}. This writes it in Java's syntax with ECMA-262's meaning, so that the schema and
 * the validator accept the same strings:
 *
 * <ul>
 *   <li>Characters are code points, in both (the {@code u} flag's reading): {@code .}, a negated
 *       class or {@code \}{@code u{1F600}} take a character outside the Basic Multilingual Plane whole.
 *   <li>{@code $} is the end of the input only ({@code \z}); Java's also matches before a final
 *       line break.
 *   <li>{@code .} excludes only line feed, carriage return, U+2028 and U+2029; Java's also
 *       excludes U+0085.
 *   <li>{@code \s} and {@code \S} take ECMA-262's white space (with U+00A0, U+FEFF and the Unicode
 *       spaces); Java's is ASCII only. {@code \v} is U+000B alone. {@code \b} and {@code \B} are
 *       boundaries of ASCII word characters, as {@code \w} is; Java 17's take any letter.
 *   <li>{@code \cx} is the code of {@code x} modulo 32 for lower case letters too; {@code \0} is
 *       U+0000; {@code [\b]} is a backspace.
 *   <li>In a class, {@code [} and {@code &} are literal (Java nests classes and intersects with
 *       {@code &&}); {@code []} matches nothing and {@code [^]} any character.
 * </ul>
 *
 * <p>Refused, with a {@link PatternSyntaxException} that says why: what the {@code u} flag makes a
 * syntax error (a bare <code>{</code>, <code>}</code> or {@code ]}, an escape of a character
 * that is not syntax, a back reference to a group that is not there, a quantified assertion, a
 * class escape as the end of a range), and what the two would read differently or only Java has:
 * escapes of letters ECMA-262 does not define ({@code \Q}, {@code \A}, {@code \h} …), {@code
 * \x} and {@code \}{@code u} without their hexadecimal digits, groups other than {@code (?:},
 * look-around and named groups (flags, atomic groups), possessive quantifiers, {@code \0} before
 * a digit, and Unicode property escapes ({@code \p{L}}, which Java names differently).
 */
public final class EcmaPatterns {
  /** ECMA-262's WhiteSpace and LineTerminator, as the members of a Java class. */
  private static final String SPACE_MEMBERS =
      "\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}"
          + "\\x{3000}\\x{FEFF}";
  /** Every code point but those, as the members of a Java class. */
  private static final String NOT_SPACE_MEMBERS =
      "\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{9F}\\x{A1}-\\x{167F}\\x{1681}-\\x{1FFF}"
          + "\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}"
          + "\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}";
  private static final String WORD = "[A-Za-z0-9_]";
  private static final String BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
  private static final String NOT_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

  private final String ecma;
  private final StringBuilder java;
  private int pos;
  /** The capturing groups read so far. */
  private int capturingGroups;
  /** The highest back reference ({@code \\n}) read so far, and where: it must name a group. */
  private long highestReference;
  private int highestReferenceAt;
  /** For each group open at pos, whether it is a look-around (an assertion). */
  private final ArrayDeque<Boolean> openGroups = new ArrayDeque<>();
  /** Whether what was read last is an assertion, which the u flag does not let a quantifier follow. */
  private boolean afterAssertion;

  private EcmaPatterns(String ecma) {
    this.ecma = ecma;
    this.java = new StringBuilder(ecma.length() + 16);
  }

  /**
   * {@code pattern} for {@code java.util.regex.Pattern.compile}, with ECMA-262's meaning.
   *
   * @throws PatternSyntaxException if the two read it differently in a way this cannot write
   */
  public static String forJava(String pattern) {
    EcmaPatterns translation = new EcmaPatterns(pattern);
    translation.translate();
    if (translation.highestReference > translation.capturingGroups) {
      translation.pos = translation.highestReferenceAt;
      throw translation.refuse(
          "\\" + translation.highestReference + " refers to a group the pattern does not have"
              + " (with the u flag JSON Schema asks for, a syntax error)");
    }
    return translation.java.toString();
  }

  private PatternSyntaxException refuse(String why) {
    return new PatternSyntaxException(why, ecma, pos);
  }

  private boolean at(String text) {
    return ecma.startsWith(text, pos);
  }

  private void translate() {
    while (pos < ecma.length()) {
      char c = ecma.charAt(pos);
      boolean assertion = false;
      switch (c) {
        case '\\':
          assertion = at("\\b") || at("\\B");
          escape(false);
          break;
        case '[':
          characterClass();
          break;
        case '.':
          java.append("[^\\n\\r\\x{2028}\\x{2029}]");
          pos++;
          break;
        case '^':
          java.append('^');
          pos++;
          assertion = true;
          break;
        case '$':
          java.append("\\z");
          pos++;
          assertion = true;
          break;
        case '(':
          group();
          break;
        case ')':
          if (openGroups.isEmpty()) {
            throw refuse("\")\" closes no group");
          }
          assertion = openGroups.pop();
          java.append(')');
          pos++;
          break;
        case '{':
          quantifierCheck();
          brace();
          break;
        case '}':
        case ']':
          throw refuse(
              "a bare \"" + c + "\" is a syntax error with the u flag JSON Schema asks for: write \\"
                  + c);
        case '*':
        case '+':
        case '?':
          quantifierCheck();
          java.append(c);
          pos++;
          afterQuantifier();
          break;
        default:
          java.appendCodePoint(ecma.codePointAt(pos));
          pos += Character.charCount(ecma.codePointAt(pos));
      }
      afterAssertion = assertion;
    }
  }

  /** A quantifier at pos: refused after an assertion, which has nothing to repeat. */
  private void quantifierCheck() {
    if (afterAssertion) {
      throw refuse("a quantifier after an assertion (^, $, \\b, \\B, a look-around) repeats nothing");
    }
  }

  /** After a quantifier: a lazy '?' is read alike; a possessive '+' is Java's alone. */
  private void afterQuantifier() {
    if (at("?")) {
      java.append('?');
      pos++;
    } else if (at("+")) {
      throw refuse("a possessive quantifier (\"+\" after a quantifier) is not ECMA-262");
    }
  }

  private void group() {
    if (!at("(?")) {
      java.append('(');
      pos++;
      openGroups.push(false);
      capturingGroups++;
      return;
    }
    for (String open : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!"}) {
      if (at(open)) {
        java.append(open);
        pos += open.length();
        openGroups.push(!open.equals("(?:"));
        return;
      }
    }
    if (at("(?<")) {
      int close = ecma.indexOf('>', pos);
      String name = close < 0 ? "" : ecma.substring(pos + 3, close);
      if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw refuse("a group name must be ASCII letters and digits, starting with a letter");
      }
      java.append(ecma, pos, close + 1);
      pos = close + 1;
      openGroups.push(false);
      capturingGroups++;
      return;
    }
    throw refuse("\"(?\" starts no group ECMA-262 has (flags and atomic groups are Java's)");
  }

  /** A '{' outside a class: a quantifier {n}, {n,} or {n,m}; a bare brace is refused. */
  private void brace() {
    int end = digitsEnd(pos + 1);
    boolean digits = end > pos + 1;
    if (digits && end < ecma.length() && ecma.charAt(end) == ',') {
      end = digitsEnd(end + 1);
    }
    if (digits && end < ecma.length() && ecma.charAt(end) == '}') {
      java.append(ecma, pos, end + 1);
      pos = end + 1;
      afterQuantifier();
    } else {
      throw refuse(
          "a \"{\" that starts no quantifier ({n}, {n,} or {n,m}) is a syntax error with the u"
              + " flag JSON Schema asks for: write \\{");
    }
  }

  private void characterClass() {
    pos++; // [
    boolean negated = at("^");
    if (negated) {
      pos++;
    }
    if (at("]")) {
      java.append(negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)"); // [^] and []
      pos++;
      return;
    }
    java.append(negated ? "[^" : "[");
    int start = pos;
    while (true) {
      if (pos >= ecma.length()) {
        throw refuse("a class is not closed with \"]\"");
      }
      char c = ecma.charAt(pos);
      if (c == ']') {
        java.append(']');
        pos++;
        return;
      }
      if (c == '-' && pos > start && !at("-]")
          && (isClassEscape(pos - 2) || isClassEscape(pos + 1))) {
        throw refuse(
            "a class escape (\\d, \\s, \\w …) cannot end a range: a syntax error with the u"
                + " flag JSON Schema asks for; write \\- for a literal \"-\"");
      }
      if (c == '\\') {
        escape(true);
      } else if (c == '[' || c == '&') {
        java.append('\\').append(c);
        pos++;
      } else {
        java.appendCodePoint(ecma.codePointAt(pos));
        pos += Character.charCount(ecma.codePointAt(pos));
      }
    }
  }

  /** Whether a class escape ({@code \d \D \s \S \w \W}) starts at {@code i}. */
  private boolean isClassEscape(int i) {
    return i >= 0
        && i + 1 < ecma.length()
        && ecma.charAt(i) == '\\'
        && "dDsSwW".indexOf(ecma.charAt(i + 1)) >= 0
        && (i == 0 || ecma.charAt(i - 1) != '\\');
  }

  /** An escape at pos (a backslash), inside a class or not. */
  private void escape(boolean inClass) {
    if (pos + 1 >= ecma.length()) {
      throw refuse("the pattern ends with a lone backslash");
    }
    int c = ecma.codePointAt(pos + 1);
    int after = pos + 1 + Character.charCount(c);
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        java.append('\\').appendCodePoint(c);
        break;
      case 's':
        java.append(inClass ? SPACE_MEMBERS : "[" + SPACE_MEMBERS + "]");
        break;
      case 'S':
        java.append(inClass ? NOT_SPACE_MEMBERS : "[" + NOT_SPACE_MEMBERS + "]");
        break;
      case 'v':
        java.append("\\x0B");
        break;
      case 'b':
        java.append(inClass ? "\\x08" : BOUNDARY);
        break;
      case 'B':
        if (inClass) {
          throw refuse("\\B in a class means nothing in ECMA-262");
        }
        java.append(NOT_BOUNDARY);
        break;
      case '0':
        if (after < ecma.length() && Character.isDigit(ecma.charAt(after))) {
          throw refuse("\\0 followed by a digit is an octal escape, which the two read differently");
        }
        java.append("\\x00");
        break;
      case 'c':
        if (after >= ecma.length() || !isAsciiLetter(ecma.charAt(after))) {
          throw refuse("\\c must be followed by a letter");
        }
        java.append(String.format(Locale.ROOT, "\\x%02X", ecma.charAt(after) % 32));
        after++;
        break;
      case 'x':
        after = hex(after, 2, "\\x must be followed by two hexadecimal digits");
        java.append(ecma, pos, after);
        break;
      case 'u':
        if (after < ecma.length() && ecma.charAt(after) == '{') {
          // \\u{…}: a code point, with the u flag
          String why = "\\u{…} must hold the hexadecimal number of a code point, up to 10FFFF";
          int close = ecma.indexOf('}', after);
          if (close < 0) {
            throw refuse(why);
          }
          String digits = ecma.substring(after + 1, close);
          String significant = digits.replaceFirst("^0+(?=.)", "");
          if (digits.isEmpty()
              || !digits.chars().allMatch(d -> d < 128 && Character.digit(d, 16) >= 0)
              || significant.length() > 6
              || Integer.parseInt(significant, 16) > 0x10FFFF) {
            throw refuse(why);
          }
          java.append("\\x{").append(significant).append('}');
          after = close + 1;
          break;
        }
        after = hex(after, 4, "\\u must be followed by four hexadecimal digits or {a code point}");
        java.append(ecma, pos, after);
        break;
      case 'p':
      case 'P':
        throw refuse(
            "Unicode property escapes (\\p{…}, \\P{…}) are not supported in @Pattern: Java names"
                + " their properties differently; list the characters in a class");
      case 'k':
        if (inClass || after >= ecma.length() || ecma.charAt(after) != '<') {
          throw refuse("\\k must name a group, as \\k<name>");
        }
        int close = ecma.indexOf('>', after);
        if (close < 0) {
          throw refuse("\\k<name> is not closed with \">\"");
        }
        after = close + 1;
        java.append(ecma, pos, after);
        break;
      default:
        if (c >= '1' && c <= '9') {
          if (inClass) {
            throw refuse("a back reference in a class means nothing the two agree on");
          }
          after = digitsEnd(after);
          // Checked against the groups once all are read: a reference may come before its group.
          long reference = Long.parseLong(ecma.substring(pos + 1, Math.min(after, pos + 12)));
          if (reference > highestReference) {
            highestReference = reference;
            highestReferenceAt = pos;
          }
          java.append(ecma, pos, after);
        } else if (Character.isLetterOrDigit(c)) {
          throw refuse(
              "\\" + new String(Character.toChars(c)) + " is not an escape of ECMA-262 (with the u"
                  + " flag JSON Schema asks for, a syntax error)");
        } else if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-')) {
          java.append('\\').appendCodePoint(c); // a literal character, in both
        } else {
          throw refuse(
              "\\" + new String(Character.toChars(c)) + " escapes a character that needs none: with"
                  + " the u flag JSON Schema asks for, a syntax error; write it without the backslash");
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

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
