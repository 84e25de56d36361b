package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long a string may be, in Unicode code points ({@code minLength}/{@code maxLength} in the JSON
 * Schema; codes {@code min_length}, {@code max_length}).
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); neither
 * bound negative; {@code min} not above {@code max}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Length {
  int min() default 0;

  int max() default Integer.MAX_VALUE;
}
