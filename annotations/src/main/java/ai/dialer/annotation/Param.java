package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one key of a plugin's context: on a parameter of an {@link Action} method, or on a
 * component of a record used as a parameter type (a nested JSON object) or as a result.
 *
 * <p>Supported types: {@code String}, {@code boolean}, {@code int}, {@code long}, {@code double}
 * (and their boxes), {@code BigDecimal}, enums (wire value: the constant's name or its {@link
 * WireValue}), {@code LocalDate}, {@code LocalTime}, {@code OffsetDateTime} and {@code Instant}
 * (ISO-8601 strings), records whose components are supported, {@code List<T>}, {@code Set<T>},
 * {@code Map<String, T>} and {@code Optional<T>}. Constraints: {@link Minimum}, {@link Maximum},
 * {@link Length}, {@link Pattern}, {@link Items}, {@link AllowedValues}, {@link Format}.
 *
 * <p>Required or not:
 *
 * <ul>
 *   <li>A parameter is required unless it has a {@link #defaultValue()}, is an {@code Optional}, or
 *       says {@code required = false}. A required key that is absent or {@code null} is a
 *       violation.
 *   <li>For an optional parameter, {@code null} means the same as absent: the default, an empty
 *       {@code Optional}, or {@code null} for a reference type without a default.
 * </ul>
 *
 * <p>The processor enforces these rules:
 *
 * <ul>
 *   <li>On an action's parameter, {@link #description()} is not blank (a record component may leave
 *       it out).
 *   <li>The wire name is 1 to 64 characters from {@code [A-Za-z0-9_]}, starting with a letter.
 *   <li>{@code required = true} and a default do not go together; a primitive that is not required
 *       has a default.
 *   <li>The default parses as the parameter's type (see {@link #defaultValue()}).
 *   <li>Wire names are unique within an action and within a record.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Param {
  /** Marks "no default"; never a value a plugin author writes. */
  String NO_DEFAULT = "\u0000<no default>";

  /**
   * The key on the wire. Empty means the Java name in snake case: {@code userId} becomes {@code
   * user_id}.
   */
  String name() default "";

  /** What the value means, for a person or a language model filling it in. */
  String description() default "";

  /** Whether the key must be present; see the class documentation for the default. */
  boolean required() default true;

  /**
   * The value used when the key is absent or {@code null}. For a {@code String} (or an enum) the
   * text itself: {@code "default"}. For every other type a JSON literal: {@code "100"}, {@code
   * "true"}, {@code "[]"}, {@code "{\"a\": 1}"}.
   */
  String defaultValue() default NO_DEFAULT;

  /**
   * Typical values, shown in the JSON Schema's {@code examples}; written like {@link
   * #defaultValue()}. The processor checks each one as it checks a default.
   */
  String[] examples() default {};
}
