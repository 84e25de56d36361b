package ai.dialer.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys of an object a generated validator reads, numbered, so that it switches on the number
 * of a key instead of on its String (a hash and an {@code equals} per key).
 */
public final class FieldNames {
  private final Map<String, Integer> indexes = new HashMap<>();
  /**
   * Each key as a parser last returned it. The request parser shares the String of a short key
   * between requests, so a key seen before is found here by identity.
   */
  private final String[] seen;

  public FieldNames(String... keys) {
    for (int i = 0; i < keys.length; i++) {
      if (indexes.put(keys[i], i) != null) {
        throw new IllegalArgumentException("Key \"" + keys[i] + "\" twice");
      }
    }
    seen = new String[keys.length];
  }

  /** The number of {@code key}, or -1 if it is none of these keys. */
  public int indexOf(String key) {
    String[] seen = this.seen;
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] == key) {
        return i;
      }
    }
    Integer index = indexes.get(key);
    if (index == null) {
      return -1;
    }
    seen[index] = key; // a racy write of an immutable String: any thread may see either
    return index;
  }
}
