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
 * <p>The expression is ECMA 262's with the {@code u} flag, as JSON Schema 2020-12 asks, and means
 * what ECMA 262 says in the generated validator too, which runs it on {@code java.util.regex}
 * translated at build time: characters are code points (an emoji is one), {@code $} is the end of
 * the string ({@code "abc\n"} does not match {@code ^[a-z]+$}), {@code .} and {@code \s} are ECMA
 * 262's (U+00A0 is white space), {@code \b} is a boundary of ASCII word characters, {@code [} and
 * {@code &} in a class are members.
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); the
 * expression is valid, and means one thing to ECMA 262 and to the validator: what only Java reads
 * ({@code \p{L}}, {@code \Q…\E}, {@code (?i)}, possessive quantifiers), what the {@code u} flag
 * refuses (a bare <code>{</code> or {@code ]}, {@code \@}, {@code \A}) is a compile error that says
 * why.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Pattern {
  String value();
}
