package ai.dialer.processor.validation;

import ai.dialer.processor.ConstraintMessages;
import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Names;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.model.ValueType.ScalarKind;
import ai.dialer.processor.writing.validator.EcmaRegex;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads a parameter's constraint annotations, checking that each applies to the parameter's type,
 * that together they allow some value, and that a pattern compiles (it is compiled here, at build
 * time).
 */
final class ConstraintReader {
  static final Set<String> FORMATS = Set.of("email", "uri", "date", "time", "date-time");

  private final Diagnostics diagnostics;

  ConstraintReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The constraints, or null after reporting. {@code type} is the declared type (may be null). */
  Constraints read(Element element, ValueType type, String name) {
    ValueType value = type instanceof OptionalType optional ? optional.element() : type;
    int errorsBefore = diagnostics.errorCount();
    AnnotationMirror min = Annotations.find(element, Names.MINIMUM);
    AnnotationMirror max = Annotations.find(element, Names.MAXIMUM);
    AnnotationMirror length = Annotations.find(element, Names.LENGTH);
    AnnotationMirror pattern = Annotations.find(element, Names.PATTERN);
    AnnotationMirror items = Annotations.find(element, Names.ITEMS);
    AnnotationMirror allowed = Annotations.find(element, Names.ALLOWED_VALUES);
    AnnotationMirror format = Annotations.find(element, Names.FORMAT);
    if (value == null) {
      return null;
    }
    boolean number = value instanceof Scalar s && s.isNumber();
    boolean integral =
        value instanceof Scalar s && (s.kind() == ScalarKind.INT || s.kind() == ScalarKind.LONG);
    boolean string = value instanceof Scalar s && s.kind() == ScalarKind.STRING;
    boolean collection = value instanceof ListType;
    String typeName = value.typeName().toString();
    applies(element, min, "Minimum", number, name, typeName);
    applies(element, max, "Maximum", number, name, typeName);
    applies(element, length, "Length", string, name, typeName);
    applies(element, pattern, "Pattern", string, name, typeName);
    applies(element, allowed, "AllowedValues", string, name, typeName);
    applies(element, format, "Format", string, name, typeName);
    applies(element, items, "Items", collection, name, typeName);
    if (diagnostics.errorCount() != errorsBefore) {
      return null;
    }

    BigDecimal minimum = bound(element, min, integral, name);
    BigDecimal maximum = bound(element, max, integral, name);
    boolean minExclusive = min != null && Annotations.bool(min, "exclusive");
    boolean maxExclusive = max != null && Annotations.bool(max, "exclusive");
    if (integral && (minimum != null || maximum != null)) {
      checkIntegers(
          element,
          max != null ? max : min,
          name,
          value,
          minimum,
          minExclusive,
          maximum,
          maxExclusive);
    } else if (minimum != null && maximum != null) {
      int order = minimum.compareTo(maximum);
      if (order > 0 || (order == 0 && (minExclusive || maxExclusive))) {
        diagnostics.error(
            element,
            max,
            ConstraintMessages.contradictoryConstraints(
                name,
                "have a minimum of "
                    + minimum.toPlainString()
                    + " and a maximum of "
                    + maximum.toPlainString()));
      }
    }
    Integer minLength = length == null ? null : Annotations.integer(length, "min");
    Integer maxLength = length == null ? null : Annotations.integer(length, "max");
    if (length != null) {
      checkRange(element, length, name, "length", minLength, maxLength);
    }
    Integer minItems = items == null ? null : Annotations.integer(items, "min");
    Integer maxItems = items == null ? null : Annotations.integer(items, "max");
    if (items != null) {
      checkRange(element, items, name, "item count", minItems, maxItems);
    }
    String regex = pattern == null ? null : Annotations.string(pattern, "value");
    if (regex != null) {
      try {
        java.util.regex.Pattern.compile(EcmaRegex.toJava(regex));
      } catch (PatternSyntaxException e) {
        diagnostics.error(
            element, pattern, "value", ConstraintMessages.invalidPattern(name, e.getDescription()));
      }
    }
    List<String> allowedValues =
        allowed == null ? List.of() : Annotations.strings(allowed, "value");
    if (allowed != null) {
      if (allowedValues.isEmpty()) {
        diagnostics.error(element, allowed, ConstraintMessages.badAllowedValues(name, "is empty"));
      } else if (new HashSet<>(allowedValues).size() != allowedValues.size()) {
        diagnostics.error(
            element, allowed, ConstraintMessages.badAllowedValues(name, "repeats a value"));
      }
    }
    String formatName = format == null ? null : Annotations.string(format, "value");
    if (formatName != null && !FORMATS.contains(formatName)) {
      diagnostics.error(
          element, format, "value", ConstraintMessages.unknownFormat(name, formatName));
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    Constraints read =
        new Constraints(
            minimum,
            minExclusive,
            maximum,
            maxExclusive,
            minLength != null && minLength == 0 ? null : minLength,
            maxLength != null && maxLength == Integer.MAX_VALUE ? null : maxLength,
            regex,
            minItems != null && minItems == 0 ? null : minItems,
            maxItems != null && maxItems == Integer.MAX_VALUE ? null : maxItems,
            items != null && Annotations.bool(items, "unique"),
            List.copyOf(allowedValues),
            formatName);
    checkAllowedValues(element, allowed, name, read);
    checkItems(element, items, name, value, read);
    checkDateLength(element, length, name, read);
    return diagnostics.errorCount() == errorsBefore ? read : null;
  }

  /**
   * Integers between the bounds: none between 0 and 1 exclusive, none of an {@code int} above
   * 2147483647.
   */
  private void checkIntegers(
      Element element,
      AnnotationMirror on,
      String name,
      ValueType value,
      BigDecimal minimum,
      boolean minExclusive,
      BigDecimal maximum,
      boolean maxExclusive) {
    boolean isInt = ((Scalar) value).kind() == ScalarKind.INT;
    BigDecimal typeMin = BigDecimal.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
    BigDecimal typeMax = BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    BigDecimal low =
        minimum == null ? typeMin : minExclusive ? minimum.add(BigDecimal.ONE) : minimum;
    BigDecimal high =
        maximum == null ? typeMax : maxExclusive ? maximum.subtract(BigDecimal.ONE) : maximum;
    String bounds =
        (minimum == null ? "" : (minExclusive ? "above " : "at least ") + minimum.toPlainString())
            + (minimum != null && maximum != null ? " and " : "")
            + (maximum == null
                ? ""
                : (maxExclusive ? "below " : "at most ") + maximum.toPlainString());
    if (low.max(typeMin).compareTo(high.min(typeMax)) > 0) {
      diagnostics.error(
          element,
          on,
          ConstraintMessages.contradictoryConstraints(
              name,
              "are "
                  + (isInt ? "ints" : "longs")
                  + " that must be "
                  + bounds
                  + ", and no "
                  + (isInt ? "int" : "long")
                  + " is"));
    }
  }

  /** Each allowed value must meet the other rules, or no call could ever send it. */
  private void checkAllowedValues(
      Element element, AnnotationMirror allowed, String name, Constraints read) {
    if (allowed == null) {
      return;
    }
    Constraints others =
        new Constraints(
            null,
            false,
            null,
            false,
            read.minLength(),
            read.maxLength(),
            read.pattern(),
            null,
            null,
            false,
            List.of(),
            read.format());
    List<String> dead = new java.util.ArrayList<>();
    for (String value : read.allowedValues()) {
      String problem = DefaultValues.problemOfText(value, others);
      if (problem != null) {
        dead.add("\"" + value + "\" " + problem);
      }
    }
    if (!dead.isEmpty()) {
      diagnostics.error(
          element,
          allowed,
          ConstraintMessages.contradictoryConstraints(
              name,
              "allow values (@AllowedValues) that break the other rules, so no call could send"
                  + (dead.size() == read.allowedValues().size() ? " any value: " : " them: ")
                  + String.join("; ", dead),
              "Remove those values from @AllowedValues, or relax the other rule"));
    }
  }

  /** A list of unique enums or booleans holds at most as many items as there are values. */
  private void checkItems(
      Element element, AnnotationMirror items, String name, ValueType value, Constraints read) {
    if (items == null || !read.uniqueItems() || read.minItems() == null) {
      return;
    }
    ValueType item = ((ListType) value).element();
    int distinct;
    String what;
    if (item instanceof ValueType.EnumType enumType) {
      distinct = enumType.wireValues().size();
      what = "values of " + enumType.typeName();
    } else if (item instanceof Scalar scalar && scalar.kind() == ScalarKind.BOOLEAN) {
      distinct = 2;
      what = "booleans";
    } else {
      return;
    }
    if (read.minItems() > distinct) {
      diagnostics.error(
          element,
          items,
          ConstraintMessages.contradictoryConstraints(
              name,
              "need at least "
                  + read.minItems()
                  + " unique items, but there are only "
                  + distinct
                  + " "
                  + what,
              "Lower @Items(min), or drop unique"));
    }
  }

  /** A date ({@code @Format("date")}) is always 10 characters long. */
  private void checkDateLength(
      Element element, AnnotationMirror length, String name, Constraints read) {
    if (length == null || !"date".equals(read.format())) {
      return;
    }
    int min = read.minLength() == null ? 0 : read.minLength();
    int max = read.maxLength() == null ? Integer.MAX_VALUE : read.maxLength();
    if (min > 10 || max < 10) {
      diagnostics.error(
          element,
          length,
          ConstraintMessages.contradictoryConstraints(
              name,
              "are dates (@Format(\"date\"), always 10 characters) of length "
                  + min
                  + " to "
                  + (max == Integer.MAX_VALUE ? "any" : max),
              "Remove @Length: the format fixes the length"));
    }
  }

  private void applies(
      Element element,
      AnnotationMirror annotation,
      String simpleName,
      boolean applies,
      String name,
      String type) {
    if (annotation != null && !applies) {
      diagnostics.error(
          element, annotation, ConstraintMessages.constraintNotApplicable(simpleName, name, type));
    }
  }

  private BigDecimal bound(
      Element element, AnnotationMirror annotation, boolean integral, String name) {
    if (annotation == null) {
      return null;
    }
    double value = Annotations.number(annotation, "value").doubleValue();
    if (!Double.isFinite(value)) {
      diagnostics.error(
          element,
          annotation,
          "value",
          ConstraintMessages.contradictoryConstraints(
              name, "have a bound that is not a finite number"));
      return null;
    }
    BigDecimal bound = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    if (integral && bound.scale() > 0) {
      diagnostics.error(
          element,
          annotation,
          "value",
          ConstraintMessages.contradictoryConstraints(
              name, "are integers but have the fractional bound " + bound.toPlainString()));
      return null;
    }
    return bound;
  }

  private void checkRange(
      Element element, AnnotationMirror annotation, String name, String what, int min, int max) {
    if (min < 0 || max < 0) {
      diagnostics.error(
          element,
          annotation,
          ConstraintMessages.contradictoryConstraints(name, "have a negative " + what));
    } else if (min > max) {
      diagnostics.error(
          element,
          annotation,
          ConstraintMessages.contradictoryConstraints(
              name, "have a minimum " + what + " of " + min + " above the maximum of " + max));
    }
  }
}
