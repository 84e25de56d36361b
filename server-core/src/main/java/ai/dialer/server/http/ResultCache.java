package ai.dialer.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One plugin's recent answers, keyed by the validated parameters of the call: at most {@code
 * capacity} of them, least recently used out first, each served for its time to live.
 */
final class ResultCache {
  private final long ttlNanos;
  private final Map<Object, Entry> entries;

  private record Entry(byte[] body, long expiresAtNanos) {}

  ResultCache(int capacity, long ttlNanos) {
    this.ttlNanos = ttlNanos;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The answer kept for {@code key}, or {@code null} if there is none or it has expired. */
  synchronized byte[] get(Object key, long nowNanos) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (nowNanos - entry.expiresAtNanos >= 0) {
      entries.remove(key);
      return null;
    }
    return entry.body;
  }

  synchronized void put(Object key, byte[] body, long nowNanos) {
    entries.put(key, new Entry(body, nowNanos + ttlNanos));
  }
}
