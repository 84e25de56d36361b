package ai.dialer.server.http;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.PluginDescriptor;
import com.fasterxml.jackson.core.JsonToken;

/** Which of a plugin's actions an invoke request calls: for the audit log. */
final class Actions {
  private Actions() {}

  /**
   * The action {@code context} names (its {@code action} key), or the plugin's default; null when
   * the name is not one of the plugin's (the call is refused then anyway). The context is read only
   * when an action of the plugin can change state: the others are never audited.
   */
  static ActionDescriptor called(PluginDescriptor plugin, ContextJson context) {
    if (plugin.actions().stream().allMatch(ActionDescriptor::readOnly)) {
      return null;
    }
    if (!plugin.hasActions()) {
      return plugin.actions().get(0);
    }
    String named =
        context.read(
            parser -> {
              while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("action")) {
                  return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
              }
              return null;
            });
    if (named == null) {
      return plugin.defaultAction().orElse(null);
    }
    for (ActionDescriptor action : plugin.actions()) {
      if (action.name().equals(named)) {
        return action;
      }
    }
    return null;
  }
}
