package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many items a list or set may hold, and whether they must differ ({@code minItems}, {@code
 * maxItems}, {@code uniqueItems}; codes {@code min_items}, {@code max_items}, {@code unique}).
 * Without {@code unique}, a {@code Set} silently folds duplicates.
 *
 * <p>Rules the processor enforces: only on {@code List} or {@code Set} (or an {@code Optional} of
 * one); neither bound negative; {@code min} not above {@code max}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Items {
  int min() default 0;

  int max() default Integer.MAX_VALUE;

  boolean unique() default false;
}
