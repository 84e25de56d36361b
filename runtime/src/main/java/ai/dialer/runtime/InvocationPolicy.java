package ai.dialer.runtime;

import java.time.Duration;

/**
 * How a plugin's calls are run, as its {@code @Policy} declares it (or as configuration overrides
 * it).
 *
 * @param timeout a call still running after this long is answered 504 and interrupted
 * @param maxConcurrentCalls calls past this many at once are answered 503
 */
public record InvocationPolicy(Duration timeout, int maxConcurrentCalls) {
  public InvocationPolicy {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A timeout is positive, not " + timeout);
    }
    if (maxConcurrentCalls < 1) {
      throw new IllegalArgumentException("At least one concurrent call, not " + maxConcurrentCalls);
    }
  }
}
