package ai.dialer.server.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller and plugin: a budget of calls a minute, refilled continuously, that a
 * caller may spend in one burst. There is one bucket per API key (and one for the anonymous caller)
 * and plugin, so their number is bounded by the configuration.
 */
public final class RateLimits {
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Takes one call from {@code caller}'s budget for {@code plugin}: 0 if it is allowed, or the
   * seconds until it would be.
   */
  public int take(String caller, String plugin, int perMinute) {
    if (perMinute <= 0) {
      return 0;
    }
    return buckets
        .computeIfAbsent(caller + '\n' + plugin, key -> new Bucket(perMinute))
        .take(perMinute, System.nanoTime());
  }

  private static final class Bucket {
    private double tokens;
    private long refilledAt = System.nanoTime();

    Bucket(int perMinute) {
      this.tokens = perMinute;
    }

    synchronized int take(int perMinute, long now) {
      double perNano = perMinute / 60e9;
      tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (int) Math.max(1, Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }
}
