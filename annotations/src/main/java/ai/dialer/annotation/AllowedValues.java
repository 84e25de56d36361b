package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only values a string may take ({@code enum} in the JSON Schema; code {@code enum}). Use an
 * enum type instead when the code branches on the value.
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); at least
 * one value, none twice; a default is one of them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface AllowedValues {
  String[] value();
}
