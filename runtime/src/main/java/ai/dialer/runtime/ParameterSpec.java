package ai.dialer.runtime;

import java.util.List;

/**
 * One declared key of a plugin's context, as the metadata endpoints show it.
 *
 * @param name the wire name ({@code user_id})
 * @param type the JSON type: {@code string}, {@code integer}, {@code number}, {@code boolean},
 *     {@code array} or {@code object}
 * @param description what the value means
 * @param required whether the key must be present and not null
 * @param defaultJson the default as a JSON literal, or {@code null} when there is none
 * @param allowedValues the only values it takes (an enum's wire values, or {@code @AllowedValues}),
 *     or empty
 */
public record ParameterSpec(
    String name,
    String type,
    String description,
    boolean required,
    String defaultJson,
    List<String> allowedValues) {
  public ParameterSpec {
    allowedValues = List.copyOf(allowedValues);
  }

  /** A key that takes any value of its type. */
  public ParameterSpec(
      String name, String type, String description, boolean required, String defaultJson) {
    this(name, type, description, required, defaultJson, List.of());
  }
}
