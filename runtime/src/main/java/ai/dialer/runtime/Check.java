package ai.dialer.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Constraint checks the generated validators call after a value decoded. Each records a violation
 * with the expected and the actual value, in a sentence a language model can act on.
 *
 * <p>The violation's path comes in two parts, the JSON Pointer of the object that holds the value
 * ({@code ""} for the context itself) and the value's own segment ({@code "/name"}), joined only
 * for a violation: these run for every valid value, and joining the two for each check was a tenth
 * of the time a nested context took to validate.
 */
public final class Check {
  private Check() {}

  public static void minimum(
      long value, long bound, boolean exclusive, String parent, String key, Violations v) {
    if (exclusive ? value <= bound : value < bound) {
      below(parent + key, v, Long.toString(bound), exclusive, Long.toString(value));
    }
  }

  public static void maximum(
      long value, long bound, boolean exclusive, String parent, String key, Violations v) {
    if (exclusive ? value >= bound : value > bound) {
      above(parent + key, v, Long.toString(bound), exclusive, Long.toString(value));
    }
  }

  public static void minimum(
      double value, double bound, boolean exclusive, String parent, String key, Violations v) {
    if (exclusive ? value <= bound : value < bound) {
      below(parent + key, v, number(bound), exclusive, number(value));
    }
  }

  public static void maximum(
      double value, double bound, boolean exclusive, String parent, String key, Violations v) {
    if (exclusive ? value >= bound : value > bound) {
      above(parent + key, v, number(bound), exclusive, number(value));
    }
  }

  public static void minimum(BigDecimal value, BigDecimal bound, boolean exclusive, String parent,
      String key, Violations v) {
    int order = value.compareTo(bound);
    if (exclusive ? order <= 0 : order < 0) {
      below(parent + key, v, bound.toPlainString(), exclusive, value.toString());
    }
  }

  public static void maximum(BigDecimal value, BigDecimal bound, boolean exclusive, String parent,
      String key, Violations v) {
    int order = value.compareTo(bound);
    if (exclusive ? order >= 0 : order > 0) {
      above(parent + key, v, bound.toPlainString(), exclusive, value.toString());
    }
  }

  /** Length in Unicode code points, as JSON Schema counts it. */
  public static void length(
      String value, int min, int max, String parent, String key, Violations v) {
    count(value.codePointCount(0, value.length()), min, max, Measure.LENGTH, parent, key, v);
  }

  /**
   * {@code pattern} is compiled from {@code declared}, the pattern as the plugin wrote it and the
   * schema publishes it, which is what a violation quotes.
   */
  public static void pattern(String value, TextPattern pattern, String declared, String parent,
      String key, Violations v) {
    if (!pattern.find(value)) {
      String path = parent + key;
      v.add(
          path,
          "pattern",
          "\"" + Violations.name(path) + "\" must match the pattern " + declared + ".",
          declared,
          value);
    }
  }

  public static void allowed(String value, Set<String> allowed, String list, String parent,
      String key, Violations v) {
    if (!allowed.contains(value)) {
      String path = parent + key;
      v.add(
          path,
          Violations.ENUM,
          "\"" + Violations.name(path) + "\" must be one of " + list + ", but is \"" + value
              + "\".",
          list,
          value);
    }
  }

  public static void format(
      String value, StringFormat format, String parent, String key, Violations v) {
    if (!format.matches(value)) {
      String path = parent + key;
      v.add(
          path,
          Violations.FORMAT,
          "\"" + Violations.name(path) + "\" must be " + format.description() + ".",
          format.schemaName(),
          value);
    }
  }

  public static void items(
      Collection<?> value, int min, int max, String parent, String key, Violations v) {
    count(value.size(), min, max, Measure.ITEMS, parent, key, v);
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

  private static void count(
      int count, int min, int max, Measure m, String parent, String key, Violations v) {
    if (count >= min && count <= max) {
      return; // nothing is built for a count in bounds: this runs for every valid value too
    }
    String path = parent + key;
    boolean few = count < min;
    int bound = few ? min : max;
    v.add(
        path,
        (few ? "min_" : "max_") + m.code,
        "\"" + Violations.name(path) + "\" must " + m.verb + (few ? " at least " : " at most ")
            + bound + m.phrase + ", but " + m.has + " " + count + ".",
        (few ? ">= " : "<= ") + bound + m.unit,
        Integer.toString(count));
  }

  /** Items that occur twice, reported at the second occurrence. */
  public static void unique(List<?> value, String parent, String key, Violations v) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      if (!seen.add(value.get(i))) {
        String path = parent + key;
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
