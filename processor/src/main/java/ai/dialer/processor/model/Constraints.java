package ai.dialer.processor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a parameter's constraint annotations declare; null (or false, or empty) where nothing is.
 *
 * @param minimum the lower bound, exclusive when {@code minimumExclusive}
 * @param maximum the upper bound, exclusive when {@code maximumExclusive}
 * @param minLength fewest code points of a string
 * @param maxLength most code points of a string
 * @param pattern a regular expression a string must contain a match of
 * @param minItems fewest items of a list or set
 * @param maxItems most items of a list or set
 * @param uniqueItems whether items must differ
 * @param allowedValues the only values a string may take
 * @param format a JSON Schema format name
 */
public record Constraints(
    BigDecimal minimum,
    boolean minimumExclusive,
    BigDecimal maximum,
    boolean maximumExclusive,
    Integer minLength,
    Integer maxLength,
    String pattern,
    Integer minItems,
    Integer maxItems,
    boolean uniqueItems,
    List<String> allowedValues,
    String format) {
  public static final Constraints NONE =
      new Constraints(
          null, false, null, false, null, null, null, null, null, false, List.of(), null);

  public boolean isEmpty() {
    return equals(NONE);
  }
}
