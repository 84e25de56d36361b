package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At least one of these keys must be sent, and not null: "give a text or a conversation". On an
 * {@link Action} method; the keys are the wire names of its optional parameters (no default).
 *
 * <pre>
 * &#64;Action(description = "Summarise a text or a conversation.")
 * &#64;RequireAnyOf({"text", "conversation"})
 * public Summary summarize(
 *     &#64;Param(description = "…", required = false) String text,
 *     &#64;Param(description = "…", required = false) List&lt;Turn&gt; conversation) { … }
 * </pre>
 *
 * <p>The generated validator reports a context with none of them as the violation {@code
 * one_of_required}, and the published JSON Schema states the rule (an {@code anyOf} of {@code
 * required}), so that a language model building a call can get it right.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RequireAnyOf {
  /** The wire names of two or more of the action's optional parameters. */
  String[] value();
}
