package ai.dialer.runtime;

import java.util.List;

/**
 * One thing a plugin can do.
 *
 * @param name the value of the context's {@code action} key that selects it; empty for a plugin's
 *     only action
 * @param isDefault whether it runs when the context names no action
 * @param description what it does
 * @param parameters its declared keys, in declaration order
 * @param inputSchema the JSON Schema (2020-12) of this action's arguments alone, without the {@code
 *     action} key: a tool's input schema
 * @param outputSchema the JSON Schema of its result as a tool returns it, always an object, or null
 *     for an action that returns nothing
 * @param resultWrapped whether a tool returns the result as {@code {"result": …}} (anything but a
 *     record), rather than as the object it is
 * @param readOnly whether it changes nothing ({@code @Action(readOnly = true)})
 */
public record ActionDescriptor(
    String name,
    boolean isDefault,
    String description,
    List<ParameterSpec> parameters,
    String inputSchema,
    String outputSchema,
    boolean resultWrapped,
    boolean readOnly) {
  /** The input schema of an action described by hand, without one: any object. */
  public static final String ANY_OBJECT = "{\"type\":\"object\"}";

  public ActionDescriptor {
    parameters = List.copyOf(parameters);
  }

  /** An action described by hand (tests): any object in, no declared result. */
  public ActionDescriptor(
      String name, boolean isDefault, String description, List<ParameterSpec> parameters) {
    this(name, isDefault, description, parameters, ANY_OBJECT, null, true, false);
  }
}
