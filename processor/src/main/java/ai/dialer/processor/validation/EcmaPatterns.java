package ai.dialer.processor.validation;

/**
 * A {@code @Pattern} is a JSON Schema {@code pattern}, so an ECMA-262 regular expression, and is
 * published in the schema as written; the generated validator matches it with
 * {@code java.util.regex}, which reads one thing differently: {@code $} outside a character class
 * also matches before a line terminator at the very end ({@code "abc\n"} matches {@code ^[a-z]+$}),
 * where ECMA-262 (without the {@code m} flag) matches only at the end of the input. A value with a
 * trailing newline would slip past an anchored pattern. This rewrites each such {@code $} to
 * {@code \z}, which means exactly the end of the input, and leaves everything else as it is.
 */
public final class EcmaPatterns {
  private EcmaPatterns() {}

  /** {@code pattern} for {@code java.util.regex.Pattern.compile}, with ECMA-262's {@code $}. */
  public static String forJava(String pattern) {
    StringBuilder java = new StringBuilder(pattern.length() + 4);
    int classDepth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        if (next == 'Q') {
          // A quoted run, literal up to \E (or the end): copied as it is.
          int end = pattern.indexOf("\\E", i + 2);
          int stop = end < 0 ? pattern.length() : end + 2;
          java.append(pattern, i, stop);
          i = stop - 1;
          continue;
        }
        java.append(c).append(next);
        i++;
      } else if (c == '[') {
        classDepth++;
        java.append(c);
        // A ']' right after '[' or '[^' is a literal member, not the end of the class.
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          java.append('^');
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          java.append(']');
          i++;
        }
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
        java.append(c);
      } else if (c == '$' && classDepth == 0) {
        java.append("\\z");
      } else {
        java.append(c);
      }
    }
    return java.toString();
  }
}
