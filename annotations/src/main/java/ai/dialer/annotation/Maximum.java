package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest value a number may take: {@code maximum} (or {@code exclusiveMaximum}) in the JSON
 * Schema, checked by the generated validator with the code {@code maximum}.
 *
 * <p>Rules the processor enforces: only on {@code int}, {@code long}, {@code double}, {@code
 * BigDecimal} (or their boxes and {@code Optional}s); not below a {@link Minimum} on the same
 * element; an integral bound on an integer parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Maximum {
  double value();

  /** Whether the bound itself is excluded ({@code < value} rather than {@code <= value}). */
  boolean exclusive() default false;
}
