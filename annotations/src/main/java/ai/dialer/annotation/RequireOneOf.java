package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exactly one of these keys must be sent, and not null: "a city or coordinates, not both". On an
 * {@link Action} method; the keys are the wire names of its optional parameters (no default).
 *
 * <p>The generated validator reports a context with none of them as {@code one_of_required} and one
 * with several as {@code one_of_conflict}; the published JSON Schema states the rule (a {@code
 * oneOf} of {@code required}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RequireOneOf {
  /** The wire names of two or more of the action's optional parameters. */
  String[] value();
}
