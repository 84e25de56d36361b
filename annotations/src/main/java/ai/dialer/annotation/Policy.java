package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the runtime runs a {@link Plugin}'s calls. Each value can be overridden per plugin by
 * configuration ({@code NOTE_TAKER_PLUGIN_TIMEOUT_MS}, {@code NOTE_TAKER_PLUGIN_MAX_CONCURRENT_CALLS});
 * a plugin without {@code @Policy} gets the defaults.
 *
 * <p>Rules the processor enforces: only on a {@code @Plugin} class; a timeout from 1 ms to one hour;
 * at least one concurrent call.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Policy {
  /** A call still running after this long is answered 504 and its thread interrupted. */
  long timeoutMillis() default 30_000;

  /** Calls past this many at once are answered 503 with {@code Retry-After}. */
  int maxConcurrentCalls() default 64;
}
