package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the runtime runs a {@link Plugin}'s calls. Each value can be overridden per plugin by
 * configuration ({@code TRANSLATOR_PLUGIN_TIMEOUT_MS}, {@code _MAX_CONCURRENT_CALLS}, {@code
 * _MAX_RETRIES}, {@code _RETRY_BACKOFF_MS}, {@code _CACHE_ENTRIES}, {@code _CACHE_TTL_MS}); a
 * plugin without {@code @Policy} gets the defaults.
 *
 * <p>Rules the processor enforces: only on a {@code @Plugin} class; a timeout from 1 ms to one
 * hour; at least one concurrent call; 0 to 10 retries with a backoff from 0 to 60 000 ms; 0 to 1
 * 000 000 cache entries living at least 1 ms; retries and a cache only with {@code idempotent =
 * true}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Policy {
  /**
   * Whether the plugin takes calls when configuration does not say ({@code FOO_PLUGIN_ENABLED}).
   * False keeps a plugin that reaches outside the server (runs code, say) off until an operator
   * turns it on: until then its calls are answered 403 {@code plugin_disabled}.
   */
  boolean enabledByDefault() default true;

  /**
   * Whether a call needs an API key even when the server has none configured and serves only its
   * loopback address ({@code FOO_PLUGIN_REQUIRE_KEY} overrides it). True for a plugin that reaches
   * outside the server (files, code, outbound HTTP): another local user or process cannot call it
   * just by reaching the port. A server with keys asks every caller for one anyway.
   */
  boolean requiresKey() default false;

  /**
   * A call still running after this long (retries included) is answered 504, and its thread
   * interrupted or its {@code CompletionStage} cancelled.
   */
  long timeoutMillis() default 30_000;

  /** Calls past this many at once are answered 503 with {@code Retry-After}. */
  int maxConcurrentCalls() default 64;

  /**
   * Running a call twice with the same parameters does no more than running it once (a translation,
   * a weather lookup; not saving a note). Required for retries and the cache.
   */
  boolean idempotent() default false;

  /**
   * How many times a call that failed with {@code PluginException.transientFailure(…)} is tried
   * again. Other failures are never retried.
   */
  int maxRetries() default 0;

  /** The wait before the first retry; it doubles before each next one. */
  long retryBackoffMillis() default 100;

  /**
   * How many answers to keep, keyed by the call's validated parameters, and served again without
   * calling the plugin; 0 (the default) keeps none.
   */
  int cacheEntries() default 0;

  /** How long a kept answer is served. */
  long cacheTtlMillis() default 60_000;
}
