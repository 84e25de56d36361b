package ai.dialer.runtime;

import ai.dialer.plugin.StringFormat;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The constraint checks generated validators call on a value that was read: one method per
 * constraint annotation, named for the rule ({@code Check.atLeast(count, 1, "/count", v)} is
 * {@code @Minimum(1)}). Each records a violation at {@code path} with the expected and the actual
 * value, in a sentence a person or a language model can act on.
 */
public final class Check {
  private Check() {}

  /** {@code @Minimum(bound)}. */
  public static void atLeast(long value, long bound, String path, Violations v) {
    if (value < bound) {
      below(path, v, Long.toString(bound), false, Long.toString(value));
    }
  }

  /** {@code @Minimum(value = bound, exclusive = true)}. */
  public static void greaterThan(long value, long bound, String path, Violations v) {
    if (value <= bound) {
      below(path, v, Long.toString(bound), true, Long.toString(value));
    }
  }

  /** {@code @Maximum(bound)}. */
  public static void atMost(long value, long bound, String path, Violations v) {
    if (value > bound) {
      above(path, v, Long.toString(bound), false, Long.toString(value));
    }
  }

  /** {@code @Maximum(value = bound, exclusive = true)}. */
  public static void lessThan(long value, long bound, String path, Violations v) {
    if (value >= bound) {
      above(path, v, Long.toString(bound), true, Long.toString(value));
    }
  }

  public static void atLeast(double value, double bound, String path, Violations v) {
    if (value < bound) {
      below(path, v, number(bound), false, number(value));
    }
  }

  public static void greaterThan(double value, double bound, String path, Violations v) {
    if (value <= bound) {
      below(path, v, number(bound), true, number(value));
    }
  }

  public static void atMost(double value, double bound, String path, Violations v) {
    if (value > bound) {
      above(path, v, number(bound), false, number(value));
    }
  }

  public static void lessThan(double value, double bound, String path, Violations v) {
    if (value >= bound) {
      above(path, v, number(bound), true, number(value));
    }
  }

  public static void atLeast(BigDecimal value, String bound, String path, Violations v) {
    if (value.compareTo(new BigDecimal(bound)) < 0) {
      below(path, v, bound, false, value.toString());
    }
  }

  public static void greaterThan(BigDecimal value, String bound, String path, Violations v) {
    if (value.compareTo(new BigDecimal(bound)) <= 0) {
      below(path, v, bound, true, value.toString());
    }
  }

  public static void atMost(BigDecimal value, String bound, String path, Violations v) {
    if (value.compareTo(new BigDecimal(bound)) > 0) {
      above(path, v, bound, false, value.toString());
    }
  }

  public static void lessThan(BigDecimal value, String bound, String path, Violations v) {
    if (value.compareTo(new BigDecimal(bound)) >= 0) {
      above(path, v, bound, true, value.toString());
    }
  }

  /** {@code @Length(min = …)}, in Unicode code points as JSON Schema counts them. */
  public static void minLength(String value, int min, String path, Violations v) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      String bound = counted(min, "character");
      miscounted(
          path, v, "min_length", "be at least " + bound + " long", ">= " + bound, "has", length);
    }
  }

  /** {@code @Length(max = …)}, in Unicode code points. */
  public static void maxLength(String value, int max, String path, Violations v) {
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      String bound = counted(max, "character");
      miscounted(
          path, v, "max_length", "be at most " + bound + " long", "<= " + bound, "has", length);
    }
  }

  /** {@code @Pattern}: the value contains a match. */
  public static void matches(String value, EcmaPattern pattern, String path, Violations v) {
    if (!pattern.find(value)) {
      v.add(
          path,
          "pattern",
          "\"" + Violations.name(path) + "\" must match the pattern " + pattern.declared() + ".",
          pattern.declared(),
          value);
    }
  }

  /** {@code @AllowedValues}. */
  public static void oneOf(String value, List<String> allowed, String path, Violations v) {
    if (!allowed.contains(value)) {
      String list = allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
      v.add(
          path,
          Violations.ENUM,
          "\""
              + Violations.name(path)
              + "\" must be one of "
              + list
              + ", but is \""
              + value
              + "\".",
          list,
          value);
    }
  }

  /** {@code @Format}. */
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

  /** {@code @Items(min = …)}. */
  public static void minItems(Collection<?> value, int min, String path, Violations v) {
    if (value.size() < min) {
      String bound = counted(min, "item");
      miscounted(
          path, v, "min_items", "hold at least " + bound, ">= " + bound, "holds", value.size());
    }
  }

  /** {@code @Items(max = …)}. */
  public static void maxItems(Collection<?> value, int max, String path, Violations v) {
    if (value.size() > max) {
      String bound = counted(max, "item");
      miscounted(
          path, v, "max_items", "hold at most " + bound, "<= " + bound, "holds", value.size());
    }
  }

  /** {@code @Items(unique = true)}: items that occur twice, reported at the second one. */
  public static void uniqueItems(List<?> value, String path, Violations v) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      if (!seen.add(value.get(i))) {
        v.add(
            path + "/" + i,
            "unique",
            "\""
                + Violations.name(path)
                + "\" must not hold the same item twice; item "
                + i
                + " repeats an earlier one.",
            "unique items",
            null);
      }
    }
  }

  /**
   * A length or a size out of its bound: {@code "tags" must hold at most 5 items, but holds 6.},
   * expected {@code <= 5 items}, actual {@code 6}.
   */
  private static void miscounted(
      String path, Violations v, String code, String rule, String expected, String has, int count) {
    v.add(
        path,
        code,
        "\"" + Violations.name(path) + "\" must " + rule + ", but " + has + " " + count + ".",
        expected,
        Integer.toString(count));
  }

  /** {@code 1 item}, {@code 5 items}. */
  private static String counted(int count, String unit) {
    return count + " " + (count == 1 ? unit : unit + "s");
  }

  private static void below(
      String path, Violations v, String bound, boolean exclusive, String actual) {
    v.add(
        path,
        "minimum",
        "\""
            + Violations.name(path)
            + "\" must be "
            + (exclusive ? "greater than " : "at least ")
            + bound
            + ", but is "
            + actual
            + ".",
        (exclusive ? "> " : ">= ") + bound,
        actual);
  }

  private static void above(
      String path, Violations v, String bound, boolean exclusive, String actual) {
    v.add(
        path,
        "maximum",
        "\""
            + Violations.name(path)
            + "\" must be "
            + (exclusive ? "less than " : "at most ")
            + bound
            + ", but is "
            + actual
            + ".",
        (exclusive ? "< " : "<= ") + bound,
        actual);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /**
   * {@code @RequireAnyOf(keys)}: {@code given[i]} tells whether {@code keys[i]} was sent, not null.
   */
  public static void anyOf(List<String> keys, String path, Violations v, boolean... given) {
    if (count(given) == 0) {
      v.add(
          path,
          Violations.ONE_OF_REQUIRED,
          "At least one of " + quoted(keys) + " is required; none was sent.",
          "one of " + quoted(keys),
          "none");
    }
  }

  /** {@code @RequireOneOf(keys)}: exactly one of them sent, not null. */
  public static void exactlyOneOf(List<String> keys, String path, Violations v, boolean... given) {
    int sent = count(given);
    if (sent == 0) {
      v.add(
          path,
          Violations.ONE_OF_REQUIRED,
          "Exactly one of " + quoted(keys) + " is required; none was sent.",
          "one of " + quoted(keys),
          "none");
    } else if (sent > 1) {
      List<String> which = new java.util.ArrayList<>();
      for (int i = 0; i < given.length; i++) {
        if (given[i]) {
          which.add(keys.get(i));
        }
      }
      v.add(
          path,
          Violations.ONE_OF_CONFLICT,
          "Only one of " + quoted(keys) + " may be sent, but " + quoted(which) + " were.",
          "one of " + quoted(keys),
          quoted(which));
    }
  }

  private static int count(boolean... given) {
    int count = 0;
    for (boolean one : given) {
      count += one ? 1 : 0;
    }
    return count;
  }

  private static String quoted(List<String> keys) {
    return keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
  }
}
