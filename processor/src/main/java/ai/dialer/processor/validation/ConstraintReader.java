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
    if (minimum != null && maximum != null) {
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
    return new Constraints(
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
