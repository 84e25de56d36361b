package ai.dialer.runtime;

import java.time.Duration;

/**
 * How a plugin's calls are run, as its {@code @Policy} declares it (or as configuration overrides
 * it).
 *
 * @param timeout a call still running after this long (retries included) is answered 504 and its
 *     work interrupted or cancelled
 * @param maxConcurrentCalls calls past this many at once are answered 503
 * @param idempotent whether running a call twice does no more than running it once; retries and the
 *     result cache are only for such plugins
 * @param maxRetries how many times a call that failed with a transient {@link PluginException} is
 *     tried again
 * @param retryBackoff the wait before the first retry; it doubles before each next one
 * @param cacheEntries how many results are kept, keyed by the validated parameters; 0 turns the
 *     cache off
 * @param cacheTtl how long a kept result is served
 * @param enabledByDefault whether calls are accepted when configuration does not say ({@code
 *     FOO_PLUGIN_ENABLED}); false for a plugin that reaches out (runs code, say) until an operator
 *     turns it on
 * @param requiresKey whether a call needs an API key even on a server that has none configured
 *     ({@code FOO_PLUGIN_REQUIRE_KEY})
 */
public record InvocationPolicy(
    Duration timeout,
    int maxConcurrentCalls,
    boolean idempotent,
    int maxRetries,
    Duration retryBackoff,
    int cacheEntries,
    Duration cacheTtl,
    boolean enabledByDefault,
    boolean requiresKey) {
  /** The longest a call may be given. */
  public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  /** The most retries a plugin may ask for. */
  public static final int MAX_RETRIES = 10;

  public InvocationPolicy {
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("A timeout is from 1 ms to one hour, not " + timeout);
    }
    if (maxConcurrentCalls < 1) {
      throw new IllegalArgumentException("At least one concurrent call, not " + maxConcurrentCalls);
    }
    if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
      throw new IllegalArgumentException("From 0 to 10 retries, not " + maxRetries);
    }
    if (retryBackoff.isNegative()) {
      throw new IllegalArgumentException("A backoff is not negative: " + retryBackoff);
    }
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("A cache has 0 or more entries, not " + cacheEntries);
    }
    if (cacheTtl.isNegative() || cacheTtl.isZero()) {
      throw new IllegalArgumentException("A cache entry lives a positive time, not " + cacheTtl);
    }
    if (!idempotent && (maxRetries > 0 || cacheEntries > 0)) {
      throw new IllegalArgumentException(
          "Retries and a result cache are only for idempotent plugins");
    }
  }

  /** A policy of a plugin that is on unless configured off, and needs no key of its own. */
  public InvocationPolicy(
      Duration timeout,
      int maxConcurrentCalls,
      boolean idempotent,
      int maxRetries,
      Duration retryBackoff,
      int cacheEntries,
      Duration cacheTtl) {
    this(
        timeout,
        maxConcurrentCalls,
        idempotent,
        maxRetries,
        retryBackoff,
        cacheEntries,
        cacheTtl,
        true,
        false);
  }

  /** A policy with a timeout and a limit, no retries and no cache. */
  public InvocationPolicy(Duration timeout, int maxConcurrentCalls) {
    this(timeout, maxConcurrentCalls, false, 0, Duration.ofMillis(100), 0, Duration.ofMinutes(1));
  }

  /** The wait before retry number {@code retry} (from 1): the backoff, doubled each time. */
  public Duration backoffBefore(int retry) {
    return retryBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
  }
}
