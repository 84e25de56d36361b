package ai.dialer.runtime;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A strict JSON parser over a request body: RFC 8259 only (no comments, no single quotes, no NaN,
 * no leading zeros, no trailing commas), strict UTF-8 ({@link Utf8}, checked as strings are
 * read), duplicate keys an error, nesting at most 1000 deep, numbers at most 1000 characters. It
 * reads the bytes directly, with none of a general parser's set-up (buffer recycling, symbol
 * tables, decoders), which was most of the time a generated validator spent on a small context.
 * Generated validators read objects with {@link #nextField}, which finds a key among the expected
 * ones from its bytes, so that a known key costs no String; through the general {@link
 * #nextToken}, keys of up to 16 bytes are kept in a small table shared by all parsers. Before
 * either, a generated validator tries {@link FastPath}, which reads the plain case from these
 * bytes with this parser's scanning methods and no tokens at all. Behind
 * Jackson's {@code JsonParser}, so Jackson's tree reader reads it unchanged; the tests compare it
 * with Jackson's strict parser token by token, both ways of reading keys.
 */
final class ByteJsonParser extends ParserMinimalBase {
  private static final int MAX_DEPTH = 1_000;
  private static final int MAX_NUMBER_LENGTH = 1_000;
  private static final int NAME_SLOT_BITS = 10;
  private static final Name[] NAMES = new Name[1 << NAME_SLOT_BITS];

  final byte[] in;
  int pos;
  private boolean closed;
  private ObjectCodec codec;
  /**
   * The chain of contexts (each container's, reused for the next at its depth) while this parser
   * owns it; given to the next parser on this thread at {@link #close}, so that a request read
   * after another allocates none.
   */
  private Context root;
  private Context context;
  private int depth;

  /** The text of the current string, name or number token. */
  private String text;
  private int tokenStart;
  private NumberType numberType;
  private long longValue;

  ByteJsonParser(byte[] in) {
    super(0);
    this.in = in;
    Context[] spare = SPARE.get();
    Context chain = spare[0];
    if (chain != null) {
      spare[0] = null;
      chain.reset(JsonStreamContext.TYPE_ROOT);
    } else {
      chain = new Context(null, JsonStreamContext.TYPE_ROOT);
    }
    root = chain;
    context = chain;
  }

  /**
   * The chain of contexts a closed parser left for the next one on the same thread. Only the
   * contexts are passed on, never the parser: a holder that closes a parser twice (which {@link
   * #close} allows) cannot hand the chain out again, because the first close let go of it.
   */
  private static final ThreadLocal<Context[]> SPARE = ThreadLocal.withInitial(() -> new Context[1]);
  /** A closed parser's context: the root of nothing, never changed. */
  private static final Context CLOSED = new Context(null, JsonStreamContext.TYPE_ROOT);
  /** The deepest chain passed on: past it, the contexts of a deeply nested body are let go. */
  private static final int MAX_SPARE_DEPTH = 32;

  /** Where the parser is: objects remember their names to refuse a duplicate. */
  private static final class Context extends JsonStreamContext {
    final Context parent;
    String name;
    /** The names so far, while there are few; then a set. */
    String[] names;
    int nameCount;
    Set<String> nameSet;
    /** Bit (hash mod 64) of every name so far, while there are few. */
    long hashBits;
    /**
     * The keys of the object as {@link #nextField} reads it, and a bit for each of the first 64
     * of them seen so far: a known key is refused a second time by its bit, with no String.
     */
    FieldNames fields;
    long fieldBits;
    boolean afterValue;
    /** The last container opened in this one, reused for the next, as Jackson's parsers do. */
    Context child;

    Context(Context parent, int type) {
      super(type, -1);
      this.parent = parent;
      this._nestingDepth = parent == null ? 0 : parent._nestingDepth + 1;
    }

    Context reset(int type) {
      _type = type;
      _index = -1;
      name = null;
      nameCount = 0;
      nameSet = null;
      hashBits = 0;
      fields = null;
      fieldBits = 0;
      afterValue = false;
      return this;
    }

    @Override
    public JsonStreamContext getParent() {
      return parent;
    }

    int type() {
      return _type;
    }

    int index() {
      return _index;
    }

    void advance() {
      _index++;
    }

    @Override
    public String getCurrentName() {
      return name;
    }

    /** False if {@code key} was seen in this object before. */
    boolean addKey(String key) {
      if (fields != null) {
        int index = fields.indexOf(key);
        if (index >= 0 && index < 64) {
          return addField(index);
        }
      }
      return addName(key);
    }

    /** False if the key numbered {@code index} (below 64) in {@link #fields} was seen before. */
    boolean addField(int index) {
      long bit = 1L << index;
      if ((fieldBits & bit) != 0) {
        return false;
      }
      fieldBits |= bit;
      return true;
    }

    /**
     * Reads the rest of the object's keys by {@code fields}: the keys seen so far that are among
     * them move to their bits, so that every key is still checked against every other.
     */
    void adopt(FieldNames fields) {
      if (this.fields != null) {
        for (int i = 0; i < Math.min(64, this.fields.size()); i++) {
          if ((fieldBits & (1L << i)) != 0) {
            addName(this.fields.key(i));
          }
        }
      }
      this.fields = fields;
      fieldBits = 0;
      if (nameSet != null) {
        nameSet.forEach(this::markField);
      } else {
        for (int i = 0; i < nameCount; i++) {
          markField(names[i]);
        }
      }
    }

    private void markField(String key) {
      int index = fields.indexOf(key);
      if (index >= 0 && index < 64) {
        fieldBits |= 1L << index;
      }
    }

    private boolean addName(String key) {
      if (nameSet != null) {
        return nameSet.add(key);
      }
      // A bit per hash (names from the shared table have theirs already), so that a name is
      // compared with the others only when one of them may be the same: comparing each new name
      // with every earlier one was a sixth of the time an object of seven keys took to read.
      long bit = 1L << key.hashCode();
      if ((hashBits & bit) != 0) {
        for (int i = 0; i < nameCount; i++) {
          String seen = names[i];
          if (seen == key || seen.equals(key)) {
            return false;
          }
        }
      }
      hashBits |= bit;
      if (names == null) {
        names = new String[8];
      } else if (nameCount == names.length) {
        nameSet = new HashSet<>();
        for (String seen : names) {
          nameSet.add(seen);
        }
        return nameSet.add(key);
      }
      names[nameCount++] = key;
      return true;
    }
  }

  // ---- tokens ----

  @Override
  public JsonToken nextToken() throws IOException {
    if (closed) {
      return null;
    }
    if (_currToken == JsonToken.FIELD_NAME) {
      return value(skipWhitespace());
    }
    int b = skipWhitespace();
    Context c = context;
    if (c.type() != JsonStreamContext.TYPE_ROOT) {
      // Here the container has just opened or a member has just ended (a ',' is read below,
      // with what follows it), so its closing byte is always in place.
      boolean object = c.type() == JsonStreamContext.TYPE_OBJECT;
      int close = object ? '}' : ']';
      if (b == close) {
        pos++;
        return closeContainer();
      }
      if (c.afterValue) {
        if (b != ',') {
          throw error("',' or '" + (char) close + "'", b);
        }
        pos++;
        b = skipWhitespace();
      }
      if (!object) {
        c.advance();
        return value(b);
      }
      if (b != '"') {
        throw error("a key in double quotes", b);
      }
      pos++;
      String key = name();
      endKey(c, key, c.addKey(key));
      return JsonToken.FIELD_NAME;
    }
    // The root: values one after another, like Jackson; the caller refuses what follows the first.
    if (b < 0) {
      _currToken = null;
      return null;
    }
    c.advance();
    return value(b);
  }

  /**
   * {@link FieldNames#next}: past the next key of the object the parser is in, to the key's value.
   * A plain ASCII key is found among {@code fields} from its bytes, packed by {@link
   * #plainKeyEnd}; only an unknown key becomes a String.
   */
  int nextField(FieldNames fields) throws IOException {
    Context c = context;
    if (closed || _currToken == JsonToken.FIELD_NAME || c.type() != JsonStreamContext.TYPE_OBJECT) {
      // Not between members of an object: the general way, with its answers and errors.
      if (nextToken() != JsonToken.FIELD_NAME) {
        return FieldNames.END;
      }
      int index = fields.indexOf(context.name);
      nextToken();
      return index;
    }
    int b = skipWhitespace();
    if (b == '}') {
      pos++;
      closeContainer();
      return FieldNames.END;
    }
    if (c.afterValue) {
      if (b != ',') {
        throw error("',' or '}'", b);
      }
      pos++;
      b = skipWhitespace();
    }
    if (b != '"') {
      throw error("a key in double quotes", b);
    }
    pos++;
    if (c.fields != fields) {
      c.adopt(fields);
    }
    byte[] in = this.in;
    int start = pos;
    int end = plainKeyEnd(start);
    int index;
    String key;
    if (end < in.length && in[end] == '"') {
      pos = end + 1;
      index = fields.indexOf(keyLow, keyHigh, end - start, in, start);
      key =
          index >= 0
              ? fields.key(index)
              : new String(in, start, end - start, StandardCharsets.ISO_8859_1);
    } else {
      key = string(); // escapes, non-ASCII or an error
      index = fields.indexOf(key);
    }
    endKey(c, key, index >= 0 && index < 64 ? c.addField(index) : c.addName(key));
    value(skipWhitespace());
    return index;
  }

  /**
   * After a key of object {@code c}: refuses it if it was not {@code new} to the object, notes it,
   * and reads the ':' after it, leaving the parser at the FIELD_NAME token.
   */
  private void endKey(Context c, String key, boolean isNew) throws JsonParseException {
    if (!isNew) {
      throw new JsonParseException(this, "Duplicate key \"" + key + "\"");
    }
    c.name = key;
    c.advance();
    if (skipWhitespace() != ':') {
      throw error("':'", peek());
    }
    pos++;
    text = key;
    _currToken = JsonToken.FIELD_NAME;
  }

  /**
   * For {@link FastPath}: where the object whose opening brace is the current token starts (the
   * index past the brace), or -1 if the current token is not an object's start.
   */
  int objectStart() {
    return !closed && _currToken == JsonToken.START_OBJECT ? pos : -1;
  }

  /**
   * For {@link FastPath}: the object of {@link #objectStart} was read to past its closing brace,
   * where {@code pos} now is; the parser is at its END_OBJECT, as if it had read every token.
   */
  void objectRead() {
    closeContainer();
  }

  private JsonToken closeContainer() {
    Context done = context;
    context = done.parent;
    depth--;
    context.afterValue = true;
    return _currToken =
        done.type() == JsonStreamContext.TYPE_OBJECT
            ? JsonToken.END_OBJECT
            : JsonToken.END_ARRAY;
  }

  private JsonToken value(int b) throws IOException {
    tokenStart = pos;
    context.afterValue = true;
    if (b == '"') {
      pos++;
      text = string();
      return _currToken = JsonToken.VALUE_STRING;
    }
    switch (b) {
      case '{':
        pos++;
        open(JsonStreamContext.TYPE_OBJECT);
        return _currToken = JsonToken.START_OBJECT;
      case '[':
        pos++;
        open(JsonStreamContext.TYPE_ARRAY);
        return _currToken = JsonToken.START_ARRAY;
      case 't':
        literal("true");
        return _currToken = JsonToken.VALUE_TRUE;
      case 'f':
        literal("false");
        return _currToken = JsonToken.VALUE_FALSE;
      case 'n':
        literal("null");
        return _currToken = JsonToken.VALUE_NULL;
      default:
        if (b == '-' || (b >= '0' && b <= '9')) {
          return _currToken = number();
        }
        throw error("a value", b);
    }
  }

  private void open(int type) throws JsonParseException {
    if (++depth > MAX_DEPTH) {
      throw new JsonParseException(this, "Nesting deeper than " + MAX_DEPTH + " levels");
    }
    Context parent = context;
    Context reused = parent.child;
    context = reused != null ? reused.reset(type) : (parent.child = new Context(parent, type));
  }

  private void literal(String word) throws JsonParseException {
    int length = word.length();
    if (pos + length > in.length) {
      throw error("'" + word + "'", -1);
    }
    int matched = matched(word);
    if (matched < length) {
      throw error("'" + word + "'", in[pos + matched] & 0xFF);
    }
    pos += length;
    endOfValue();
  }

  /** How many of {@code word}'s characters the input holds from pos on, in order. */
  int matched(String word) {
    int n = 0;
    while (n < word.length() && pos + n < in.length && in[pos + n] == word.charAt(n)) {
      n++;
    }
    return n;
  }

  /** After a literal or a number, only whitespace, ',', ']', '}' or the end may follow. */
  private void endOfValue() throws JsonParseException {
    if (pos < in.length) {
      int b = in[pos] & 0xFF;
      if (b != ',' && b != ']' && b != '}' && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        throw error("',', ']', '}' or whitespace after a value", b);
      }
    }
  }

  private JsonToken number() throws IOException {
    int start = pos;
    boolean negative = in[pos] == '-';
    if (negative) {
      pos++;
    }
    int digitsStart = pos;
    int digits = skipDigits();
    if (digits == 0) {
      throw error("a digit", peek());
    }
    if (digits > 1 && in[digitsStart] == '0') {
      throw new JsonParseException(this, "Leading zeros are not allowed in a number");
    }
    boolean fraction = false;
    if (pos < in.length && in[pos] == '.') {
      fraction = true;
      pos++;
      if (skipDigits() == 0) {
        throw error("a digit after the decimal point", peek());
      }
    }
    if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
      fraction = true;
      pos++;
      if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      if (skipDigits() == 0) {
        throw error("a digit in the exponent", peek());
      }
    }
    if (pos - start > MAX_NUMBER_LENGTH) {
      throw new JsonParseException(
          this, "Number longer than the maximum of " + MAX_NUMBER_LENGTH + " characters");
    }
    endOfValue();
    text = null;
    if (fraction) {
      numberType = NumberType.DOUBLE;
      return JsonToken.VALUE_NUMBER_FLOAT;
    }
    if (digits <= 18) {
      long value = 0;
      for (int i = digitsStart; i < pos; i++) {
        value = value * 10 + (in[i] - '0');
      }
      longValue = negative ? -value : value;
      numberType =
          longValue >= Integer.MIN_VALUE && longValue <= Integer.MAX_VALUE
              ? NumberType.INT
              : NumberType.LONG;
    } else {
      BigInteger big = new BigInteger(numberText());
      if (big.bitLength() < 64) {
        longValue = big.longValue();
        numberType = NumberType.LONG;
      } else {
        numberType = NumberType.BIG_INTEGER;
      }
    }
    return JsonToken.VALUE_NUMBER_INT;
  }

  /** Moves past a run of digits; how many there were. */
  private int skipDigits() {
    int from = pos;
    while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
      pos++;
    }
    return pos - from;
  }

  private String numberText() {
    if (text == null) {
      text = new String(in, tokenStart, pos - tokenStart, StandardCharsets.ISO_8859_1);
    }
    return text;
  }

  /** A string's content after its opening quote, up to and past its closing quote. */
  private String string() throws JsonParseException {
    int start = pos;
    pos = textEnd(pos);
    int b = peek();
    if (b == '"') {
      String value = new String(in, start, pos - start, textCharset());
      pos++;
      return value;
    }
    if (b == '\\') {
      return escapedString(start);
    }
    throw stringError(b);
  }

  /** Whether the text {@link #textEnd} last passed over was all ASCII. */
  private boolean textAscii;

  /**
   * Past the plain bytes and valid UTF-8 sequences from {@code p}: the index of the first other
   * byte, where a string's unescaped text stops ('"', '\\', a control character, a non-ASCII byte
   * that starts no valid sequence, or the end). The general reader and {@link FastPath} read
   * strings with it, and make them with {@link #textCharset}.
   */
  int textEnd(int p) {
    byte[] in = this.in;
    p = plainEnd(p);
    textAscii = true;
    while (p < in.length && in[p] < 0) {
      int end = Utf8.sequenceEnd(in, p, in.length);
      if (end < 0) {
        return p;
      }
      textAscii = false;
      p = plainEnd(end);
    }
    return p;
  }

  /**
   * The charset that makes a String of the text {@link #textEnd} last passed over: ISO-8859-1
   * when it was all ASCII, which copies the bytes as they are (UTF-8 would scan them again).
   */
  Charset textCharset() {
    return textAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
  }

  /** The first index from {@code p} on whose byte is not {@link #plain}. */
  int plainEnd(int p) {
    byte[] in = this.in;
    while (p < in.length && plain(in[p])) {
      p++;
    }
    return p;
  }

  /**
   * Whether byte {@code b} (signed) is read as it is inside a string or key: ASCII, no control
   * character, no '"' or '\\' (below 0x20 includes every non-ASCII byte, which is negative).
   */
  static boolean plain(int b) {
    return b >= 0x20 && b != '"' && b != '\\';
  }

  /**
   * Where {@link #textEnd} stopped inside a string on byte {@code b} (0 to 255, -1 at the end)
   * that is neither '"' nor '\\': the end of the input, a non-ASCII byte that is not valid UTF-8,
   * or a raw control character.
   */
  private JsonParseException stringError(int b) {
    if (b < 0) {
      return new JsonParseException(this, "Unterminated string");
    }
    if (b >= 0x80) {
      return new JsonParseException(this, "Not valid UTF-8 at byte " + pos);
    }
    return new JsonParseException(
        this, "Control character U+00" + hex2(b) + " in a string must be escaped");
  }

  private String escapedString(int start) throws JsonParseException {
    StringBuilder value = new StringBuilder(pos - start + 16);
    int segment = start;
    while (true) {
      pos = textEnd(pos);
      int b = peek();
      if (b != '"' && b != '\\') {
        throw stringError(b);
      }
      value.append(new String(in, segment, pos - segment, StandardCharsets.UTF_8));
      if (b == '"') {
        pos++;
        return value.toString();
      }
      if (pos + 1 >= in.length) {
        throw new JsonParseException(this, "Unterminated string");
      }
      int e = in[pos + 1];
      pos += 2;
      switch (e) {
        case '"': value.append('"'); break;
        case '\\': value.append('\\'); break;
        case '/': value.append('/'); break;
        case 'b': value.append('\b'); break;
        case 'f': value.append('\f'); break;
        case 'n': value.append('\n'); break;
        case 'r': value.append('\r'); break;
        case 't': value.append('\t'); break;
        case 'u':
          if (pos + 4 > in.length) {
            throw new JsonParseException(this, "Unterminated \\u escape");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos + i], 16);
            if (digit < 0 || in[pos + i] < 0) {
              throw new JsonParseException(this, "A \\u escape needs four hexadecimal digits");
            }
            code = code * 16 + digit;
          }
          pos += 4;
          value.append((char) code);
          break;
        default:
          throw new JsonParseException(
              this, "Unknown escape \\" + (e >= 0x20 && e < 0x7F ? (char) e : "?") + " in a string");
      }
      segment = pos;
    }
  }

  /**
   * A key of up to 16 bytes, packed into two longs, with its text: shared by every parser, so that
   * a known key costs no String and its hash is computed once.
   */
  private static final class Name {
    final long low;
    final long high;
    final int length;
    final String text;

    Name(long low, long high, int length, String text) {
      this.low = low;
      this.high = high;
      this.length = length;
      this.text = text;
    }

    boolean is(long low, long high, int length) {
      return this.low == low && this.high == high && this.length == length;
    }
  }

  /** The longest key the shared table holds; longer keys are rare and read each time. */
  private static final int MAX_SHARED_NAME = 16;

  /** A key: from the shared table when it was seen before. */
  private String name() throws JsonParseException {
    byte[] in = this.in;
    int start = pos;
    int end = plainKeyEnd(start);
    if (end == in.length || in[end] != '"') {
      return string(); // escapes, non-ASCII or an error: the general way, not shared
    }
    int length = end - start;
    pos = end + 1;
    if (length > MAX_SHARED_NAME) {
      return new String(in, start, length, StandardCharsets.ISO_8859_1);
    }
    // Printable ASCII only (plainKeyEnd), so no byte is 0 and the two longs and the length are
    // the key itself: one comparison each, where comparing byte arrays chased two pointers.
    long low = keyLow;
    long high = keyHigh;
    int slot = (int) (mix(low, high, length) >>> (64 - NAME_SLOT_BITS));
    // Two slots per key, so that two keys of one object whose slots collide do not evict each
    // other on every request.
    int other = slot ^ 1;
    Name known = NAMES[slot];
    if (known != null && known.is(low, high, length)) {
      return known.text;
    }
    Name second = NAMES[other];
    if (second != null && second.is(low, high, length)) {
      return second.text;
    }
    String key = new String(in, start, length, StandardCharsets.ISO_8859_1);
    key.hashCode();
    // A racy write of an immutable entry (final fields): any thread may see either.
    NAMES[known == null || second != null ? slot : other] = new Name(low, high, length, key);
    return key;
  }

  /**
   * Eight bytes of the input as one little-endian long, in one load. A view of a byte array, not
   * reflection: it looks up no class or member; it is the JDK's way to read a wide value from
   * bytes, and C2 compiles it to a single bounds-checked load.
   */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The first 16 bytes of the key {@link #plainKeyEnd} last read, little-endian, zero past it. */
  long keyLow;
  long keyHigh;

  /**
   * Where the run of plain bytes (as {@link #plainEnd}) from {@code start} ends, with its first
   * 16 bytes packed into {@link #keyLow} and {@link #keyHigh}. A key is found in one or two
   * eight-byte loads and a bit test, not byte by byte: reading the seven keys of a typical
   * context took 65 ns this way and 131 ns with a loop that hashed each byte (JMH, 2 cores).
   */
  int plainKeyEnd(int start) {
    byte[] in = this.in;
    if (start + 16 <= in.length) {
      long first = (long) LONGS.get(in, start);
      long found = specialBytes(first);
      if (found != 0) {
        int count = Long.numberOfTrailingZeros(found) >>> 3;
        keyLow = first & ((1L << (count << 3)) - 1);
        keyHigh = 0;
        return start + count;
      }
      long second = (long) LONGS.get(in, start + 8);
      keyLow = first;
      found = specialBytes(second);
      if (found != 0) {
        int count = Long.numberOfTrailingZeros(found) >>> 3;
        keyHigh = second & ((1L << (count << 3)) - 1);
        return start + 8 + count;
      }
      keyHigh = second;
      return plainEnd(start + 16);
    }
    int end = plainEnd(start);
    int length = end - start;
    keyLow = pack(in, start, Math.min(length, 8));
    keyHigh = length > 8 ? pack(in, start + 8, Math.min(length - 8, 8)) : 0;
    return end;
  }

  /**
   * The high bit of each byte of {@code x} (eight input bytes, little-endian) that {@link
   * #plainEnd} would stop at: below 0x20, 0x80 and above, '"' or '\\'. Bits above the lowest may
   * be wrong (a borrow carries upwards), the lowest is always right, and only it is used.
   */
  private static long specialBytes(long x) {
    long quote = x ^ 0x2222222222222222L;
    long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
    return ((x - 0x2020202020202020L) & ~x
            | x
            | (quote - 0x0101010101010101L) & ~quote
            | (backslash - 0x0101010101010101L) & ~backslash)
        & 0x8080808080808080L;
  }

  /** A key packed as {@link #plainKeyEnd} packs it, mixed into 64 bits for a hash table slot. */
  static long mix(long low, long high, int length) {
    return (low * 0x9E3779B97F4A7C15L) ^ (high * 0xC2B2AE3D27D4EB4FL) ^ length;
  }

  /** Up to eight bytes as a long, the first in the lowest byte. */
  static long pack(byte[] in, int start, int count) {
    long packed = 0;
    for (int i = 0; i < count; i++) {
      packed |= (long) in[start + i] << (i << 3);
    }
    return packed;
  }

  /** Moves past whitespace; the byte there (0 to 255), or -1 at the end. */
  int skipWhitespace() {
    byte[] in = this.in;
    int p = pos;
    if (p < in.length && (in[p] & 0xFF) > ' ') {
      return in[p] & 0xFF; // most often no whitespace at all: one test
    }
    while (p < in.length) {
      int b = in[p];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        pos = p;
        return b & 0xFF;
      }
      p++;
    }
    pos = p;
    return -1;
  }

  private int peek() {
    return pos < in.length ? in[pos] & 0xFF : -1;
  }

  private JsonParseException error(String expected, int found) {
    String what =
        found < 0
            ? "the end of the input"
            : found >= 0x20 && found < 0x7F ? "'" + (char) found + "'" : "byte 0x" + hex2(found);
    return new JsonParseException(
        this, "Expected " + expected + " but found " + what + " at byte " + pos);
  }

  private static String hex2(int b) {
    return Integer.toHexString(0x100 | (b & 0xFF)).substring(1).toUpperCase();
  }

  // ---- what Jackson's API asks of a parser ----

  @Override
  protected void _handleEOF() throws JsonParseException {
    if (context.type() != JsonStreamContext.TYPE_ROOT) {
      throw new JsonParseException(this, "Unexpected end of input inside " + context.typeDesc());
    }
  }

  @Override
  public String getCurrentName() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      return context.parent == null ? null : context.parent.name;
    }
    return context.name;
  }

  @Override
  public String currentName() {
    return getCurrentName();
  }

  @Override
  public void overrideCurrentName(String name) {
    if (!closed) {
      context.name = name;
    }
  }

  @Override
  public void close() {
    closed = true;
    Context chain = root;
    if (chain == null) {
      return; // closed before
    }
    root = null;
    context = CLOSED;
    Context last = chain; // as deep as the body went: a few steps, except after deep nesting
    for (int i = 0; i < MAX_SPARE_DEPTH && last.child != null; i++) {
      last = last.child;
    }
    last.child = null;
    SPARE.get()[0] = chain;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return context;
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return new JsonLocation(ContentReference.unknown(), pos, -1, -1, -1);
  }

  @Override
  public JsonLocation getTokenLocation() {
    return new JsonLocation(ContentReference.unknown(), tokenStart, -1, -1, -1);
  }

  @Override
  public String getText() {
    JsonToken token = _currToken;
    if (token == JsonToken.VALUE_STRING) {
      return text; // the common case, before the switch's table
    }
    if (token == null) {
      return null;
    }
    switch (token) {
      case FIELD_NAME:
      case VALUE_STRING:
        return text;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return numberText();
      default:
        return token.asString();
    }
  }

  @Override
  public char[] getTextCharacters() {
    String value = getText();
    return value == null ? null : value.toCharArray();
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public int getTextLength() {
    String value = getText();
    return value == null ? 0 : value.length();
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    throw new JsonParseException(this, "Binary values are not read from requests");
  }

  @Override
  public ObjectCodec getCodec() {
    return codec;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    this.codec = codec;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private void requireNumber() throws JsonParseException {
    if (_currToken != JsonToken.VALUE_NUMBER_INT && _currToken != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new JsonParseException(this, "Current token (" + _currToken + ") is not a number");
    }
  }

  @Override
  public NumberType getNumberType() throws IOException {
    requireNumber();
    return numberType;
  }

  @Override
  public Number getNumberValue() throws IOException {
    requireNumber();
    switch (numberType) {
      case INT:
        return (int) longValue;
      case LONG:
        return longValue;
      case BIG_INTEGER:
        return new BigInteger(numberText());
      default:
        return Double.parseDouble(numberText());
    }
  }

  @Override
  public int getIntValue() throws IOException {
    return (int) within(Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  @Override
  public long getLongValue() throws IOException {
    return within(Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  /** The number as a whole number in [min, max]; a fraction is truncated, as Jackson does. */
  private long within(long min, long max, String type) throws IOException {
    requireNumber();
    if (numberType == NumberType.INT || numberType == NumberType.LONG) {
      if (longValue >= min && longValue <= max) {
        return longValue;
      }
    } else if (numberType == NumberType.DOUBLE) {
      double value = getDoubleValue();
      if (value >= min && value <= max) { // false for NaN too
        return (long) value;
      }
    }
    throw outOfRange(type);
  }

  private JsonParseException outOfRange(String type) {
    return new JsonParseException(
        this, "Numeric value (" + numberText() + ") out of range of " + type);
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    requireNumber();
    if (numberType == NumberType.DOUBLE) {
      BigDecimal value = getDecimalValue();
      if (Math.abs((long) value.scale()) > 100_000) {
        // 1e999999999 as an integer would be a billion digits: refuse, as Jackson does.
        throw outOfRange("BigInteger");
      }
      return value.toBigInteger();
    }
    return numberType == NumberType.BIG_INTEGER
        ? new BigInteger(numberText())
        : BigInteger.valueOf(longValue);
  }

  @Override
  public float getFloatValue() throws IOException {
    requireNumber();
    return Float.parseFloat(numberText());
  }

  @Override
  public double getDoubleValue() throws IOException {
    requireNumber();
    return Double.parseDouble(numberText());
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    requireNumber();
    try {
      return new BigDecimal(numberText());
    } catch (NumberFormatException e) {
      // Well-formed JSON, but an exponent beyond what a BigDecimal holds (1e9999999999).
      throw new JsonParseException(this, "Malformed numeric value (" + numberText() + ")");
    }
  }
}
