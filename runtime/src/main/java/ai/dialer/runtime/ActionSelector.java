package ai.dialer.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the context's {@code action} key for a plugin with several actions. */
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
  public static String select(JsonNode context, PluginDescriptor plugin) {
    if (!context.isObject()) {
      Violations violations = new Violations();
      violations.wrongType("", "an object", context);
      violations.check();
    }
    JsonNode node = context.get(KEY);
    if (node == null || node.isNull()) {
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
    if (node.isTextual()) {
      for (ActionDescriptor action : plugin.actions()) {
        if (action.name().equals(node.textValue())) {
          return action.name();
        }
      }
    }
    String actual = node.isTextual() ? "\"" + node.textValue() + "\"" : Json.describe(node);
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

  private static String validNames(PluginDescriptor plugin) {
    return plugin.actions().stream()
        .map(action -> "\"" + action.name() + "\"")
        .collect(Collectors.joining(", "));
  }
}
