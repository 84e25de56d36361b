package ai.dialer.runtime;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects every violation of one context; generated validators fill it, then {@link #check()}. */
public final class Violations {
  public static final String MISSING = "missing";
  public static final String NULL = "null";
  public static final String TYPE = "type";
  public static final String INVALID = "invalid";
  public static final String ENUM = "enum";
  public static final String RANGE = "range";
  public static final String UNKNOWN = "unknown";
  public static final String FORMAT = "format";
  public static final String ONE_OF_REQUIRED = "one_of_required";
  public static final String ONE_OF_CONFLICT = "one_of_conflict";

  private List<Violation> list;

  public void add(String path, String code, String message) {
    add(new Violation(path, code, message));
  }

  public void add(String path, String code, String message, String expected, String actual) {
    add(new Violation(path, code, message, expected, actual));
  }

  private void add(Violation violation) {
    if (list == null) {
      list = new ArrayList<>(4);
    }
    list.add(violation);
  }

  public void missing(String path) {
    add(path, MISSING, "Required key \"" + name(path) + "\" is missing.");
  }

  public void nullValue(String path) {
    add(path, NULL, "\"" + name(path) + "\" must not be null.");
  }

  /** How many violations so far; a decoder compares it before and after a nested value. */
  public int count() {
    return list == null ? 0 : list.size();
  }

  /** Throws if anything was collected. */
  public void check() {
    if (list != null) {
      throw new InvalidContextException(list);
    }
  }

  /** The key or index a JSON Pointer ends in, or "context" for the whole. */
  static String name(String path) {
    if (path.isEmpty()) {
      return "context";
    }
    return new Violation(path, "", "").field();
  }
}
