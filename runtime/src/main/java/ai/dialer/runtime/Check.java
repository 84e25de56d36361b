package ai.dialer.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Constraint checks the generated validators call after a value decoded. Each records a violation
 * with the expected and the actual value, in a sentence a language model can act on.
 */
public final class Check {
  private Check() {}

  public static void minimum(long value, long bound, boolean exclusive, String path, Violations v) {
    if (exclusive ? value <= bound : value < bound) {
      below(path, v, Long.toString(bound), exclusive, Long.toString(value));
    }
  }

  public static void maximum(long value, long bound, boolean exclusive, String path, Violations v) {
    if (exclusive ? value >= bound : value > bound) {
      above(path, v, Long.toString(bound), exclusive, Long.toString(value));
    }
  }

  public static void minimum(
      double value, double bound, boolean exclusive, String path, Violations v) {
    if (exclusive ? value <= bound : value < bound) {
      below(path, v, number(bound), exclusive, number(value));
    }
  }

  public static void maximum(
      double value, double bound, boolean exclusive, String path, Violations v) {
    if (exclusive ? value >= bound : value > bound) {
      above(path, v, number(bound), exclusive, number(value));
    }
  }

  public static void minimum(
      BigDecimal value, BigDecimal bound, boolean exclusive, String path, Violations v) {
    int order = value.compareTo(bound);
    if (exclusive ? order <= 0 : order < 0) {
      below(path, v, bound.toPlainString(), exclusive, value.toString());
    }
  }

  public static void maximum(
      BigDecimal value, BigDecimal bound, boolean exclusive, String path, Violations v) {
    int order = value.compareTo(bound);
    if (exclusive ? order >= 0 : order > 0) {
      above(path, v, bound.toPlainString(), exclusive, value.toString());
    }
  }

  /** Length in Unicode code points, as JSON Schema counts it. */
  public static void length(String value, int min, int max, String path, Violations v) {
    count(value.codePointCount(0, value.length()), min, max, Measure.LENGTH, path, v);
  }

  /**
   * {@code pattern} is compiled from {@code declared}, the pattern as the plugin wrote it and the
   * schema publishes it, which is what a violation quotes.
   */
  public static void pattern(
      String value, TextPattern pattern, String declared, String path, Violations v) {
    if (!pattern.find(value)) {
      v.add(
          path,
          "pattern",
          "\"" + Violations.name(path) + "\" must match the pattern " + declared + ".",
          declared,
          value);
    }
  }

  public static void allowed(String value, Set<String> allowed, String list, String path,
      Violations v) {
    if (!allowed.contains(value)) {
      v.add(
          path,
          Violations.ENUM,
          "\"" + Violations.name(path) + "\" must be one of " + list + ", but is \"" + value
              + "\".",
          list,
          value);
    }
  }

  public static void format(String value, StringFormat format, String path, Violations v) {
    if (!format.matches(value)) {
      v.add(
          path,
          Violations.FORMAT,
          "\"" + Violations.name(path) + "\" must be " + format.description() + ".",
          format.schemaName(),
          value);
    }
  }

  public static void items(Collection<?> value, int min, int max, String path, Violations v) {
    count(value.size(), min, max, Measure.ITEMS, path, v);
  }

  /** What a bounded count measures, in the words of its violations. */
  private enum Measure {
    LENGTH("length", "be", " characters long", "has", " characters"),
    ITEMS("items", "hold", " items", "holds", " items");

    final String code;
    final String verb;
    final String phrase;
    final String has;
    final String unit;

    Measure(String code, String verb, String phrase, String has, String unit) {
      this.code = code;
      this.verb = verb;
      this.phrase = phrase;
      this.has = has;
      this.unit = unit;
    }
  }

  private static void count(int count, int min, int max, Measure m, String path, Violations v) {
    // Nothing is built unless the count is out of bounds: this runs for every valid value too.
    if (count < min) {
      v.add(
          path,
          "min_" + m.code,
          must(path, m) + " at least " + min + m.phrase + ", but " + m.has + " " + count + ".",
          ">= " + min + m.unit,
          Integer.toString(count));
    } else if (count > max) {
      v.add(
          path,
          "max_" + m.code,
          must(path, m) + " at most " + max + m.phrase + ", but " + m.has + " " + count + ".",
          "<= " + max + m.unit,
          Integer.toString(count));
    }
  }

  private static String must(String path, Measure m) {
    return "\"" + Violations.name(path) + "\" must " + m.verb;
  }

  /** Items that occur twice, reported at the second occurrence. */
  public static void unique(List<?> value, String path, Violations v) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      if (!seen.add(value.get(i))) {
        v.add(
            path + "/" + i,
            "unique",
            "\"" + Violations.name(path) + "\" must not hold the same item twice; item " + i
                + " repeats an earlier one.",
            "unique items",
            null);
      }
    }
  }

  private static void below(
      String path, Violations v, String bound, boolean exclusive, String actual) {
    String expected = (exclusive ? "> " : ">= ") + bound;
    v.add(
        path,
        "minimum",
        "\"" + Violations.name(path) + "\" must be " + (exclusive ? "greater than " : "at least ")
            + bound + ", but is " + actual + ".",
        expected,
        actual);
  }

  private static void above(
      String path, Violations v, String bound, boolean exclusive, String actual) {
    String expected = (exclusive ? "< " : "<= ") + bound;
    v.add(
        path,
        "maximum",
        "\"" + Violations.name(path) + "\" must be " + (exclusive ? "less than " : "at most ")
            + bound + ", but is " + actual + ".",
        expected,
        actual);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
