package ai.dialer.runtime;

import java.util.regex.Pattern;

/**
 * A {@code @Pattern} as the plugin declared it (ECMA 262, as the JSON Schema publishes it) and as
 * {@code java.util.regex} runs it. The processor accepts only expressions both read alike and
 * writes the two forms side by side; they differ in at most {@code $} (ECMA's end of input, Java's
 * {@code \z}) and {@code .} (which in ECMA 262 takes U+0085).
 *
 * @param declared the expression as written in {@code @Pattern}, which violations quote
 * @param compiled the same expression for {@code java.util.regex}
 */
public record EcmaPattern(String declared, Pattern compiled) {
  public static EcmaPattern of(String declared, String javaRegex) {
    return new EcmaPattern(declared, Pattern.compile(javaRegex));
  }

  /** Whether {@code value} contains a match, as JSON Schema's {@code pattern} asks. */
  public boolean find(String value) {
    return compiled.matcher(value).find();
  }
}
