package ai.dialer.processor.model;

/**
 * A plugin's {@code @Policy}, checked.
 *
 * @param timeoutMillis how long a call may run
 * @param maxConcurrentCalls how many calls may run at once
 * @param idempotent whether a call may be run again or answered from a cache
 * @param maxRetries how many times a transient failure is retried
 * @param retryBackoffMillis the wait before the first retry
 * @param cacheEntries how many answers are kept
 * @param cacheTtlMillis how long a kept answer is served
 * @param enabledByDefault whether calls are accepted until configuration says otherwise
 * @param requiresKey whether a call needs an API key even on a server without keys
 */
public record PolicyModel(
    long timeoutMillis,
    int maxConcurrentCalls,
    boolean idempotent,
    int maxRetries,
    long retryBackoffMillis,
    int cacheEntries,
    long cacheTtlMillis,
    boolean enabledByDefault,
    boolean requiresKey) {
  /** What a plugin without {@code @Policy} gets; the annotation's defaults. */
  public static PolicyModel defaults() {
    return new PolicyModel(30_000, 64, false, 0, 100, 0, 60_000, true, false);
  }
}
