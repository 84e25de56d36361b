package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys of an object a generated validator reads, numbered, so that it switches on the number
 * of a key instead of on its String. {@link #next} moves a parser to the next member of the object
 * and tells which key it has; the request parser ({@link ByteJsonParser}) finds the number from
 * the key's bytes, so that a known key costs no String, no hash of one and no {@code equals}.
 */
public final class FieldNames {
  /** From {@link #next}: a key that is none of these. */
  public static final int UNKNOWN = -1;
  /** From {@link #next}: the object has ended. */
  public static final int END = -2;

  private final String[] keys;
  private final Map<String, Integer> indexes = new HashMap<>();
  /**
   * The plain-ASCII keys (no control characters, no '"' or '\\': those the request parser reads without
   * decoding) as the parser packs them: the first 16 bytes as two little-endian longs, zero past
   * the end, and the length. Open addressing by {@link #slot}; {@code numbers} holds a key's
   * number plus one, 0 for an empty slot.
   */
  private final long[] lows;
  private final long[] highs;
  private final int[] lengths;
  private final int[] numbers;
  /** The bytes of each plain key, for the bytes past the sixteenth. */
  private final byte[][] asciiKeys;
  private final int shift;
  /**
   * Each plain key of at most 15 bytes followed by its closing quote, as two little-endian longs
   * of the input would hold it, with the masks of its bytes in them: four longs per key from
   * {@code 4 * number} (mask, bytes, mask, bytes; all 0 for other keys and for the one past the
   * last), so that the key expected next is recognized by two loads and two comparisons.
   */
  private final long[] quoted;

  public FieldNames(String... keys) {
    this.keys = keys.clone();
    int size = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
    shift = 64 - Integer.numberOfTrailingZeros(size);
    lows = new long[size];
    highs = new long[size];
    lengths = new int[size];
    numbers = new int[size];
    asciiKeys = new byte[keys.length][];
    quoted = new long[4 * (keys.length + 1)];
    for (int i = 0; i < keys.length; i++) {
      if (indexes.put(keys[i], i) != null) {
        throw new IllegalArgumentException("Key \"" + keys[i] + "\" twice");
      }
      if (isPlainAscii(keys[i])) {
        byte[] bytes = keys[i].getBytes(StandardCharsets.US_ASCII);
        asciiKeys[i] = bytes;
        // Packed as the parser packs a key it reads (ByteJsonParser.plainKeyEnd).
        int length = bytes.length;
        long low = ByteJsonParser.pack(bytes, 0, Math.min(length, 8));
        long high = length > 8 ? ByteJsonParser.pack(bytes, 8, Math.min(length - 8, 8)) : 0;
        int slot = slot(low, high, length);
        while (numbers[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        lows[slot] = low;
        highs[slot] = high;
        lengths[slot] = length;
        numbers[slot] = i + 1;
        if (length < 16) {
          byte[] key = (keys[i] + "\"").getBytes(StandardCharsets.US_ASCII);
          quoted[4 * i] = mask(Math.min(key.length, 8));
          quoted[4 * i + 1] = ByteJsonParser.pack(key, 0, Math.min(key.length, 8));
          if (key.length > 8) {
            quoted[4 * i + 2] = mask(key.length - 8);
            quoted[4 * i + 3] = ByteJsonParser.pack(key, 8, key.length - 8);
          }
        }
      }
    }
  }

  /** The mask of the first {@code count} (1 to 8) bytes of a little-endian long. */
  private static long mask(int count) {
    return count == 8 ? -1L : (1L << (count << 3)) - 1;
  }

  /**
   * If the key numbered {@code index} (up to {@link #size}, which is no key) and its closing quote
   * are what the 16 bytes of the input held in {@code first} and {@code second} (little-endian)
   * begin with, their length; else 0, also for a key of 16 bytes or more, or one that is not
   * plain ASCII, which only {@link #indexOf} finds.
   */
  int quotedLength(int index, long first, long second) {
    long[] quoted = this.quoted;
    int at = index << 2;
    long lowMask = quoted[at];
    long highMask = quoted[at + 2];
    if (lowMask != 0 && (first & lowMask) == quoted[at + 1] && (second & highMask) == quoted[at + 3]) {
      return (Long.bitCount(lowMask) + Long.bitCount(highMask)) >>> 3;
    }
    return 0;
  }

  private int slot(long low, long high, int length) {
    return (int) (ByteJsonParser.mix(low, high, length) >>> shift);
  }

  /** Whether the request parser reads {@code key} without decoding it (every char plain ASCII). */
  private static boolean isPlainAscii(String key) {
    return key.chars().allMatch(c -> c < 0x80 && ByteJsonParser.plain(c));
  }

  /** How many keys there are. */
  public int size() {
    return keys.length;
  }

  /** The key numbered {@code index}. */
  public String key(int index) {
    return keys[index];
  }

  /** The number of {@code key}, or {@link #UNKNOWN} if it is none of these keys. */
  public int indexOf(String key) {
    Integer index = indexes.get(key);
    return index == null ? UNKNOWN : index;
  }

  /**
   * The number of the plain-ASCII key in {@code in[start, start + length)}, packed as {@code low}
   * and {@code high} (its first 16 bytes, little-endian, zero past its end), or {@link #UNKNOWN}.
   */
  int indexOf(long low, long high, int length, byte[] in, int start) {
    int mask = numbers.length - 1;
    for (int slot = slot(low, high, length); ; slot = (slot + 1) & mask) {
      int number = numbers[slot];
      if (number == 0) {
        return UNKNOWN;
      }
      if (lows[slot] == low && highs[slot] == high && lengths[slot] == length
          && (length <= 16 || sameAfter16(asciiKeys[number - 1], in, start))) {
        return number - 1;
      }
    }
  }

  private static boolean sameAfter16(byte[] key, byte[] in, int start) {
    for (int i = 16; i < key.length; i++) {
      if (key[i] != in[start + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves the parser, which is at an object's opening brace or at the end of one of its values,
   * past the next key to that key's value: the key's number, {@link #UNKNOWN} for another key
   * (then {@code parser.currentName()} is the key), or {@link #END} at the object's closing brace.
   */
  public int next(JsonParser parser) throws IOException {
    if (parser instanceof ByteJsonParser) {
      return ((ByteJsonParser) parser).nextField(this);
    }
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    int index = indexOf(parser.currentName());
    parser.nextToken();
    return index;
  }
}
