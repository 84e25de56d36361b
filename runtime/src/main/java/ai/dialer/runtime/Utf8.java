package ai.dialer.runtime;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
 * sequences. Jackson's byte parser lets all of these through, and String's decoder would replace
 * them, so {@link Json} checks every non-ASCII sequence of a request body with this before parsing
 * it. Outside strings JSON is ASCII, so a non-ASCII byte there is a syntax error whatever follows
 * it: one pass over the body checks both.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Where the sequence that starts at {@code i} with a non-ASCII lead byte ends (the index after
   * it), or -1 if it is not valid UTF-8.
   */
  static int sequenceEnd(byte[] bytes, int i, int end) {
    int lead = bytes[i] & 0xFF;
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
      return -1;
    }
    if (i + need >= end) {
      return -1;
    }
    int code = lead & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      int next = bytes[i + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return -1;
      }
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return -1;
    }
    return i + need + 1;
  }
}
