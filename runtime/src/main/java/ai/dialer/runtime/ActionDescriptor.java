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
 */
public record ActionDescriptor(
    String name, boolean isDefault, String description, List<ParameterSpec> parameters) {
  public ActionDescriptor {
    parameters = List.copyOf(parameters);
  }
}
