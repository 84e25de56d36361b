package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A regular expression a string must contain a match of, as JSON Schema's {@code pattern} (not
 * anchored: write {@code ^…$} to match the whole string). Code {@code pattern}.
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); the
 * expression compiles (it is compiled at build time). Keep to the syntax Java and ECMA 262 share,
 * so that the published schema means the same to every client. {@code $} means what ECMA 262 says:
 * the end of the string, so {@code "abc\n"} does not match {@code ^[a-z]+$} (Java's own {@code $}
 * would let the line break through; the generated validator matches with {@code \z} instead).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Pattern {
  String value();
}
