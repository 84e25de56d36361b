package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link Plugin} class as something the plugin can be asked to do.
 *
 * <p>A plugin with one action is invoked with its parameters directly. A plugin with several
 * actions is told which one by the context's {@code "action"} key; the action marked {@link
 * #isDefault()} runs when the key is absent.
 *
 * <p>The processor enforces these rules:
 *
 * <ul>
 *   <li>The method is public, not static, not abstract, and throws no checked exception other than
 *       {@code ai.dialer.runtime.PluginException}.
 *   <li>Every method parameter is annotated {@link Param}; the wire names of one action are unique
 *       and none is {@code action}.
 *   <li>The return type is a value the generated encoder can write: {@code void}, {@code String},
 *       {@code boolean}, {@code int}, {@code long}, {@code double} (or their boxes), an enum, a
 *       record of such values, {@code List}, {@code Set} or {@code Map<String, …>} of them, or
 *       {@code Optional} of them.
 *   <li>When a plugin has more than one action, each has a unique non-empty {@link #name()} from
 *       {@code [a-z0-9_]}, and at most one is the default.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Action {
  /** The value of the context's {@code "action"} key that selects this action. */
  String name() default "";

  /** Whether this action runs when the context has no {@code "action"} key. */
  boolean isDefault() default false;

  /** What the action does; shown in the plugin's metadata. Empty for a plugin's only action. */
  String description() default "";

  /**
   * The action only reads: it changes nothing anywhere (a lookup, a summary). Published to language
   * models as the tool's {@code readOnlyHint}.
   */
  boolean readOnly() default false;
}
