package ai.dialer.runtime.aggregation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record a plugin jar keeps of one of its plugins, on a generated class in the package {@link
 * Aggregation#PACKAGE}: a server's build finds every plugin on its class path through these (the
 * way Hilt aggregates across jars), with no scanning at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AggregatedPlugin {
  /** The plugin's name on the wire. */
  String name();

  /**
   * The tool names of its actions, as MCP and the model providers see them, so that a server's
   * build refuses two tools of one name from different jars. Empty in records written before it.
   */
  String[] tools() default {};

  /** The {@code @Plugin} class. */
  Class<?> plugin();

  /** Its generated invoker, which a server's component provides. */
  Class<?> invoker();

  /**
   * The generated Dagger module that constructs a plugin with no {@code @Inject} constructor, or
   * {@code void.class}.
   */
  Class<?> module() default void.class;
}
