package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The smallest value a number may take: {@code minimum} (or {@code exclusiveMinimum}) in the JSON
 * Schema, checked by the generated validator with the code {@code minimum}.
 *
 * <p>Rules the processor enforces: only on {@code int}, {@code long}, {@code double}, {@code
 * BigDecimal} (or their boxes and {@code Optional}s); not above a {@link Maximum} on the same
 * element; an integral bound on an integer parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Minimum {
  double value();

  /** Whether the bound itself is excluded ({@code > value} rather than {@code >= value}). */
  boolean exclusive() default false;
}
