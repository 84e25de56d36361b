package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonParser;

/**
 * The first reading of a context, for the case nearly every call is: plain JSON, every key known
 * and sent once, every value of its declared type and valid. A generated validator tries it
 * before its general reader: it reads the request parser's bytes directly, value by value, with
 * no tokens, no key Strings and no bookkeeping for violations it will not report. At anything
 * else (a {@code null} where a value is required or in an array, an escape in a string or key,
 * an unknown or repeated key, a number with a fraction or of more than 18 digits, nesting deeper
 * than {@value #MAX_DEPTH}, malformed JSON, a violated constraint) a read throws {@link Miss}, the
 * generated reader gives up, {@link #rewind} puts the parser back at the object's brace, and the
 * general reader reads the context again and answers exactly as it would have. It never accepts
 * what the general reader refuses: what it reads is a subset of strict JSON (the parser's rules,
 * UTF-8 checked the same way), and a value it returns is one the general reader would have
 * returned, equal field by field (the processor's tests compare the two on every context of a
 * corpus).
 */
public final class FastPath {
  /** Not the plain case: read the context the general way. Carries no stack trace. */
  public static final class Miss extends Exception {
    private static final long serialVersionUID = 1L;

    private Miss() {
      super("not the plain case", null, false, false);
    }
  }

  /** The one {@link Miss}: it has no state, so every thread may throw it. */
  public static final Miss MISS = new Miss();

  /** Containers open at once, the context's own included; deeper contexts are read generally. */
  static final int MAX_DEPTH = 32;

  private final ByteJsonParser parser;
  private final int start;
  private int depth = 1;
  /** Whether a member or item was read in the innermost container, so a ',' comes next. */
  private boolean afterValue;

  private FastPath(ByteJsonParser parser, int start) {
    this.parser = parser;
    this.start = start;
  }

  /**
   * A fast path into the object whose opening brace is the parser's current token, or null if the
   * parser is not the request parser or not at an object (then only the general reader reads).
   */
  public static FastPath at(JsonParser parser) {
    if (parser instanceof ByteJsonParser) {
      ByteJsonParser bytes = (ByteJsonParser) parser;
      int start = bytes.objectStart();
      if (start >= 0) {
        return new FastPath(bytes, start);
      }
    }
    return null;
  }

  /**
   * The whole object was read: the parser is at its closing brace, where the general reader
   * leaves it.
   */
  public void finish() {
    parser.objectRead();
  }

  /** After a {@link Miss}: the parser is back at the object's opening brace. */
  public void rewind() {
    parser.pos = start;
  }

  /**
   * Past the next key of the object being read to its value: the key's number in {@code fields},
   * or {@link FieldNames#END} past the object's closing brace. A key that is none of {@code
   * fields}, or is not plain ASCII, is a miss. {@code previous} is the number this gave for the
   * key before, -1 for the first: the key after it in {@code fields} is checked for first, since
   * a context usually sends its keys in the order its schema lists them.
   */
  public int field(FieldNames fields, int previous) throws Miss {
    ByteJsonParser p = parser;
    int b = p.skipWhitespace();
    if (b == '}') {
      return close();
    }
    if (afterValue) {
      if (b != ',') {
        throw MISS;
      }
      p.pos++;
      b = p.skipWhitespace();
    }
    if (b != '"') {
      throw MISS;
    }
    byte[] in = p.in;
    int keyStart = p.pos + 1;
    int expected = previous + 1;
    if (keyStart + 16 <= in.length) {
      long first = (long) ByteJsonParser.LONGS.get(in, keyStart);
      long second = (long) ByteJsonParser.LONGS.get(in, keyStart + 8);
      int quoted = fields.quotedLength(expected, first, second);
      if (quoted != 0) {
        p.pos = keyStart + quoted;
        return value(expected);
      }
    }
    int end = p.plainKeyEnd(keyStart);
    if (end >= in.length || in[end] != '"') {
      throw MISS;
    }
    int index = fields.indexOf(p.keyLow, p.keyHigh, end - keyStart, in, keyStart);
    if (index < 0) {
      throw MISS;
    }
    p.pos = end + 1;
    return value(index);
  }

  /** Past the ':' after key number {@code index}, to its value. */
  private int value(int index) throws Miss {
    ByteJsonParser p = parser;
    if (p.skipWhitespace() != ':') {
      throw MISS;
    }
    p.pos++;
    afterValue = true; // the value comes next, then a ',' or the end
    return index;
  }

  /** Past the opening brace of an object value. */
  public void object() throws Miss {
    open('{');
  }

  /** Past the opening bracket of an array value. */
  public void array() throws Miss {
    open('[');
  }

  /** Whether the array being read has another item (then the next read reads it). */
  public boolean item() throws Miss {
    ByteJsonParser p = parser;
    int b = p.skipWhitespace();
    if (b == ']') {
      close();
      return false;
    }
    if (afterValue) {
      if (b != ',') {
        throw MISS;
      }
      p.pos++;
    }
    afterValue = true;
    return true;
  }

  private void open(int bracket) throws Miss {
    if (parser.skipWhitespace() != bracket || ++depth > MAX_DEPTH) {
      throw MISS;
    }
    parser.pos++;
    afterValue = false;
  }

  private int close() {
    parser.pos++;
    depth--;
    afterValue = true;
    return FieldNames.END;
  }

  /** A string value with no escapes, its UTF-8 checked as the parser checks it. */
  public String string() throws Miss {
    ByteJsonParser p = parser;
    if (p.skipWhitespace() != '"') {
      throw MISS;
    }
    byte[] in = p.in;
    int from = p.pos + 1;
    int end = p.textEnd(from);
    if (end >= in.length || in[end] != '"') {
      throw MISS; // an escape, a control character, invalid UTF-8 or the end of the input
    }
    p.pos = end + 1;
    return new String(in, from, end - from, p.textCharset());
  }

  /** A whole number within an int. */
  public int int32() throws Miss {
    long value = integer();
    if (value != (int) value) {
      throw MISS;
    }
    return (int) value;
  }

  /** A whole number of at most 18 digits. */
  public long int64() throws Miss {
    return integer();
  }

  private long integer() throws Miss {
    ByteJsonParser p = parser;
    byte[] in = p.in;
    boolean negative = p.skipWhitespace() == '-';
    int i = negative ? p.pos + 1 : p.pos;
    int digitsStart = i;
    long value = 0;
    while (i < in.length && in[i] >= '0' && in[i] <= '9') {
      value = value * 10 + (in[i] - '0');
      i++;
    }
    int digits = i - digitsStart;
    if (digits == 0 || digits > 18 || (digits > 1 && in[digitsStart] == '0')
        || (i < in.length && (in[i] == '.' || in[i] == 'e' || in[i] == 'E'))) {
      throw MISS;
    }
    p.pos = i;
    return negative ? -value : value;
  }

  /**
   * Whether the value is {@code null}, then read: an optional key sent as {@code null} means what
   * its absence means.
   */
  public boolean isNull() {
    return parser.skipWhitespace() == 'n' && literal("null");
  }

  /** {@code true} or {@code false}. */
  public boolean bool() throws Miss {
    int b = parser.skipWhitespace();
    if (b == 't' && literal("true")) {
      return true;
    }
    if (b == 'f' && literal("false")) {
      return false;
    }
    throw MISS;
  }

  private boolean literal(String word) {
    if (parser.matched(word) != word.length()) {
      return false;
    }
    parser.pos += word.length();
    return true;
  }
}
