package ai.dialer.server.http;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.PluginDescriptor;

/** Which of a plugin's actions an invoke request calls: for the audit log. */
final class Actions {
  private Actions() {}

  /**
   * The action {@code context} asks for ({@link ActionSelector}, as the generated invoker chooses
   * it), or null when it names none of the plugin's (the call is refused then anyway). The context
   * is read only when an action of the plugin can change state: the others are never audited.
   */
  static ActionDescriptor called(PluginDescriptor plugin, ContextJson context) {
    if (plugin.actions().stream().allMatch(ActionDescriptor::readOnly)) {
      return null;
    }
    String name;
    try {
      name = ActionSelector.select(context, plugin);
    } catch (InvalidContextException e) {
      return null;
    }
    return plugin.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
  }
}
