package ai.dialer.runtime;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the action a context asks for, in a plugin with several actions: the value of its {@code
 * action} key, which may come anywhere among the keys.
 */
public final class ActionSelector {
  public static final String KEY = "action";
  private static final String PATH = "/" + KEY;

  private ActionSelector() {}

  /**
   * The name of the action to run.
   *
   * @throws InvalidContextException if the key is absent and there is no default, or names no
   *     action of this plugin; the message lists the valid ones
   */
  public static String select(ContextJson context, PluginDescriptor plugin) {
    return context.read(parser -> select(parser, plugin));
  }

  private static String select(JsonParser parser, PluginDescriptor plugin)
      throws java.io.IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean isAction = parser.currentName().equals(KEY);
      JsonToken value = parser.nextToken();
      if (!isAction || value == JsonToken.VALUE_NULL) {
        parser.skipChildren();
        continue;
      }
      if (value == JsonToken.VALUE_STRING) {
        for (ActionDescriptor action : plugin.actions()) {
          if (action.name().equals(parser.getText())) {
            return action.name();
          }
        }
      }
      String actual =
          value == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : Json.describe(parser);
      String valid = validNames(plugin);
      throw new InvalidContextException(
          List.of(
              new Violation(
                  PATH,
                  Violations.ENUM,
                  "\"action\" must be one of " + valid + ", but is " + actual + ".",
                  valid,
                  actual)));
    }
    return plugin
        .defaultAction()
        .map(ActionDescriptor::name)
        .orElseThrow(
            () ->
                InvalidContextException.of(
                    PATH,
                    Violations.MISSING,
                    "Required key \"action\" is missing; it must be one of "
                        + validNames(plugin)
                        + "."));
  }

  private static String validNames(PluginDescriptor plugin) {
    return plugin.actions().stream()
        .map(action -> "\"" + action.name() + "\"")
        .collect(Collectors.joining(", "));
  }
}
