package ai.dialer.runtime.aggregation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record a plugin jar keeps of a Dagger module every server built with it installs: a
 * {@code @PluginModule}, or the generated module of a {@code @Settings} record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AggregatedModule {
  /** The module. */
  Class<?> module();

  /**
   * The {@code @Settings} record the module reads, or {@code void.class}; its module lists the
   * record's variables in {@code SPECS}.
   */
  Class<?> settings() default void.class;

  /** The variables of that record, so that a server's build can tell two that clash. */
  String[] variables() default {};
}
