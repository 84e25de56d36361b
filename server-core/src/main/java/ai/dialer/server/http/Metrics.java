package ai.dialer.server.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Invocation counts by plugin and outcome code, and a latency histogram per plugin, written in
 * Prometheus' text exposition format (version 0.0.4).
 */
public final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BUCKETS = {
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60
  };

  private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> cacheHits = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
  private final Map<String, Integer> rateLimits = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rateLimited = new ConcurrentHashMap<>();

  private static final class Histogram {
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }
  }

  /** One invocation of {@code plugin} answered with {@code code} ("ok" for a success). */
  public void record(String plugin, String code, long nanos) {
    counts
        .computeIfAbsent(plugin, p -> new ConcurrentHashMap<>())
        .computeIfAbsent(code, c -> new LongAdder())
        .increment();
    Histogram histogram = latencies.computeIfAbsent(plugin, p -> new Histogram());
    // One bucket per call: the one it falls in. The cumulative counts are summed when written.
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        histogram.buckets[i].increment();
        break;
      }
    }
    histogram.count.increment();
    histogram.sumNanos.add(nanos);
  }

  /** A call of {@code plugin} answered from its cache. */
  public void cacheHit(String plugin) {
    cacheHits.computeIfAbsent(plugin, p -> new LongAdder()).increment();
  }

  /** A call of {@code plugin} tried again after a transient failure. */
  public void retry(String plugin) {
    retries.computeIfAbsent(plugin, p -> new LongAdder()).increment();
  }

  /** The calls a minute each key may make of {@code plugin}; 0 (no limit) is not listed. */
  public void rateLimit(String plugin, int perMinute) {
    if (perMinute > 0) {
      rateLimits.put(plugin, perMinute);
    }
  }

  /** A call of {@code plugin} by the key labelled {@code key} refused for its rate limit. */
  public void rateLimited(String key, String plugin) {
    rateLimited
        .computeIfAbsent(
            "key=\"" + label(key) + "\",plugin=\"" + label(plugin) + "\"", k -> new LongAdder())
        .increment();
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# HELP aidialer_invocations_total Plugin invocations, by outcome code (ok or the error code).\n");
    out.append("# TYPE aidialer_invocations_total counter\n");
    for (Map.Entry<String, Map<String, LongAdder>> plugin : new TreeMap<>(counts).entrySet()) {
      for (Map.Entry<String, LongAdder> code : new TreeMap<>(plugin.getValue()).entrySet()) {
        out.append("aidialer_invocations_total{plugin=\"")
            .append(label(plugin.getKey()))
            .append("\",code=\"")
            .append(label(code.getKey()))
            .append("\"} ")
            .append(code.getValue().sum())
            .append('\n');
      }
    }
    out.append(
        "# HELP aidialer_invocation_duration_seconds Time from a valid request to its answer.\n");
    out.append("# TYPE aidialer_invocation_duration_seconds histogram\n");
    for (Map.Entry<String, Histogram> plugin : new TreeMap<>(latencies).entrySet()) {
      String name = label(plugin.getKey());
      Histogram histogram = plugin.getValue();
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += histogram.buckets[i].sum();
        out.append("aidialer_invocation_duration_seconds_bucket{plugin=\"")
            .append(name)
            .append("\",le=\"")
            .append(bound(BUCKETS[i]))
            .append("\"} ")
            .append(cumulative)
            .append('\n');
      }
      long count = histogram.count.sum();
      out.append("aidialer_invocation_duration_seconds_bucket{plugin=\"")
          .append(name)
          .append("\",le=\"+Inf\"} ")
          .append(count)
          .append('\n');
      out.append("aidialer_invocation_duration_seconds_sum{plugin=\"")
          .append(name)
          .append("\"} ")
          .append(String.format(Locale.ROOT, "%.6f", histogram.sumNanos.sum() / 1e9))
          .append('\n');
      out.append("aidialer_invocation_duration_seconds_count{plugin=\"")
          .append(name)
          .append("\"} ")
          .append(count)
          .append('\n');
    }
    counter(
        out,
        "aidialer_cache_hits_total",
        "Calls answered from a plugin's result cache.",
        cacheHits);
    counter(out, "aidialer_retries_total", "Calls tried again after a transient failure.", retries);
    out.append(
        "# HELP aidialer_rate_limit_per_minute Calls a minute each API key may make of a plugin.\n");
    out.append("# TYPE aidialer_rate_limit_per_minute gauge\n");
    for (Map.Entry<String, Integer> plugin : new TreeMap<>(rateLimits).entrySet()) {
      out.append("aidialer_rate_limit_per_minute{plugin=\"")
          .append(label(plugin.getKey()))
          .append("\"} ")
          .append(plugin.getValue())
          .append('\n');
    }
    out.append("# HELP aidialer_rate_limited_total Calls refused (429) for a key's rate limit.\n");
    out.append("# TYPE aidialer_rate_limited_total counter\n");
    for (Map.Entry<String, LongAdder> refused : new TreeMap<>(rateLimited).entrySet()) {
      out.append("aidialer_rate_limited_total{")
          .append(refused.getKey())
          .append("} ")
          .append(refused.getValue().sum())
          .append('\n');
    }
    return out.toString();
  }

  private static void counter(
      StringBuilder out, String name, String help, Map<String, LongAdder> byPlugin) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    for (Map.Entry<String, LongAdder> plugin : new TreeMap<>(byPlugin).entrySet()) {
      out.append(name)
          .append("{plugin=\"")
          .append(label(plugin.getKey()))
          .append("\"} ")
          .append(plugin.getValue().sum())
          .append('\n');
    }
  }

  private static String bound(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) + ".0" : Double.toString(value);
  }

  /** Label values escape backslash, quote and newline. */
  private static String label(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
