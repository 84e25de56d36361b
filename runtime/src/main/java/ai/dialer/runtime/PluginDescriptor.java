package ai.dialer.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What a plugin is, generated at compile time from its {@code @Plugin} class.
 *
 * @param name the wire name
 * @param description what it does
 * @param actions one action, or several chosen by the context's {@code action} key
 * @param jsonSchema the JSON Schema (2020-12) of its context, as a JSON document
 * @param policy how its calls are run, as declared
 */
public record PluginDescriptor(
    String name,
    String description,
    List<ActionDescriptor> actions,
    String jsonSchema,
    InvocationPolicy policy) {
  public PluginDescriptor {
    actions = List.copyOf(actions);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("Plugin " + name + " has no action");
    }
  }

  /** Whether the context's {@code action} key chooses what to do. */
  public boolean hasActions() {
    return actions.size() > 1;
  }

  /** The action that runs when the context names none. */
  public Optional<ActionDescriptor> defaultAction() {
    if (!hasActions()) {
      return Optional.of(actions.get(0));
    }
    return actions.stream().filter(ActionDescriptor::isDefault).findFirst();
  }
}
