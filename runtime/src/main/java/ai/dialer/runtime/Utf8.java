package ai.dialer.runtime;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
 * truncated sequences. Jackson's byte parser lets all of these through, and ours
 * ({@link ByteJsonParser}) decodes text with String's decoder, which would replace them, so bodies
 * are checked here before either sees them, without decoding them to a String.
 */
final class Utf8 {
  private Utf8() {}

  /** The index of the first byte that is not valid UTF-8, or -1 if all are. */
  static int firstInvalid(byte[] bytes) {
    int i = 0;
    int length = bytes.length;
    while (i < length) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int need;
      int min;
      if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= length) {
        return i;
      }
      int code = lead & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return i;
        }
        code = (code << 6) | (next & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }
}
