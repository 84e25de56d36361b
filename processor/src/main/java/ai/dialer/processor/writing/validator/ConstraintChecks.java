package ai.dialer.processor.writing.validator;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.writing.GeneratedClass;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes the {@code Check} calls of one value's constraint annotations, one statement per rule:
 * {@code Check.atLeast(value, 1, "/max_length", violations)} for {@code @Minimum(1)}. Patterns and
 * allowed values become constants of the class, named for the field ({@code CODE_PATTERN}).
 */
final class ConstraintChecks {
  private final GeneratedClass generated;

  ConstraintChecks(GeneratedClass generated) {
    this.generated = generated;
  }

  /**
   * The checks of {@code c} on {@code value}, of type {@code valueType}, at {@code path}; {@code
   * constantName} names the field's constants ({@code TURN_ROLE}).
   */
  CodeBlock checks(
      Constraints c, ValueType valueType, String value, CodeBlock path, String constantName) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (c.minimum() != null) {
      String rule = c.minimumExclusive() ? "greaterThan" : "atLeast";
      code.addStatement(
          "$T.$L($N, $L, $L, violations)",
          Names.CHECK,
          rule,
          value,
          bound(valueType, c.minimum()),
          path);
    }
    if (c.maximum() != null) {
      String rule = c.maximumExclusive() ? "lessThan" : "atMost";
      code.addStatement(
          "$T.$L($N, $L, $L, violations)",
          Names.CHECK,
          rule,
          value,
          bound(valueType, c.maximum()),
          path);
    }
    if (c.minLength() != null) {
      code.addStatement(
          "$T.minLength($N, $L, $L, violations)", Names.CHECK, value, c.minLength(), path);
    }
    if (c.maxLength() != null) {
      code.addStatement(
          "$T.maxLength($N, $L, $L, violations)", Names.CHECK, value, c.maxLength(), path);
    }
    if (c.pattern() != null) {
      String constant =
          generated.constant(
              constantName + "_PATTERN",
              Names.ECMA_PATTERN,
              CodeBlock.of(
                  "$T.of($S,$W$S)",
                  Names.ECMA_PATTERN,
                  c.pattern(),
                  EcmaRegex.toJava(c.pattern())));
      code.addStatement("$T.matches($N, $N, $L, violations)", Names.CHECK, value, constant, path);
    }
    if (!c.allowedValues().isEmpty()) {
      String constant =
          generated.constant(
              constantName + "_ALLOWED",
              ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
              CodeBlock.of(
                  "$T.of($L)",
                  List.class,
                  c.allowedValues().stream()
                      .map(v -> CodeBlock.of("$S", v))
                      .collect(CodeBlock.joining(",$W"))));
      code.addStatement("$T.oneOf($N, $N, $L, violations)", Names.CHECK, value, constant, path);
    }
    if (c.format() != null) {
      code.addStatement(
          "$T.format($N, $T.$L, $L, violations)",
          Names.CHECK,
          value,
          Names.STRING_FORMAT,
          c.format().toUpperCase(Locale.ROOT).replace('-', '_'),
          path);
    }
    if (c.minItems() != null) {
      code.addStatement(
          "$T.minItems($N, $L, $L, violations)", Names.CHECK, value, c.minItems(), path);
    }
    if (c.maxItems() != null) {
      code.addStatement(
          "$T.maxItems($N, $L, $L, violations)", Names.CHECK, value, c.maxItems(), path);
    }
    if (c.uniqueItems()) {
      code.addStatement("$T.uniqueItems($N, $L, violations)", Names.CHECK, value, path);
    }
    return code.build();
  }

  /** A bound as the overload of its type takes it: {@code 1}, {@code 0.5}, {@code "0.01"}. */
  private static CodeBlock bound(ValueType type, BigDecimal bound) {
    return switch (((Scalar) type).kind()) {
      case INT -> CodeBlock.of("$L", bound.toBigIntegerExact());
      case LONG -> CodeBlock.of("$LL", bound.toBigIntegerExact());
      case DOUBLE -> CodeBlock.of("$L", bound.scale() <= 0 ? bound.setScale(1) : bound);
      default -> CodeBlock.of("$S", bound.toPlainString());
    };
  }
}
