package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One component of a {@link Settings} record: one variable.
 *
 * <p>A setting is required unless it has a {@link #defaultValue()} or is an {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {
  /** Marks "no default"; never a value a plugin author writes. */
  String NO_DEFAULT = "\u0000<no default>";

  /**
   * The variable's name after the prefix. Empty means the component's name in upper snake case:
   * {@code forecastUrl} becomes {@code FORECAST_URL}.
   */
  String name() default "";

  /** What the setting does, for {@code --help} and the README of a person running the server. */
  String description();

  /** The value when the variable is not set, written as in the environment: {@code "30"}. */
  String defaultValue() default NO_DEFAULT;
}
