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
 * <p>The expression is ECMA 262's, as JSON Schema has it (no flags), and means what ECMA 262 says
 * in the generated validator too, which runs it on {@code java.util.regex} translated at build
 * time: {@code $} is the end of the string ({@code "abc\n"} does not match {@code ^[a-z]+$}),
 * {@code .} and {@code \s} are ECMA 262's (U+00A0 is white space), {@code \b} is a boundary of
 * ASCII word characters, {@code [} and {@code &} in a class are members.
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); the
 * expression is valid, and means one thing to ECMA 262 and to the validator: what only Java
 * reads ({@code \p{L}}, {@code \Q…\E}, {@code (?i)}, possessive quantifiers) or ECMA 262 reads as
 * a plain letter ({@code \A}, {@code \h}) is a compile error that says why.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Pattern {
  String value();
}
