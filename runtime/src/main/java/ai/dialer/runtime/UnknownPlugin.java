package ai.dialer.runtime;

import java.util.stream.Collectors;

/** The 404 for a plugin name the registry does not know, listing the ones it does. */
public final class UnknownPlugin {
  private UnknownPlugin() {}

  public static ApiError error(String name, PluginRegistry registry) {
    String known =
        registry.all().stream()
            .map(invoker -> invoker.descriptor().name())
            .collect(Collectors.joining(", "));
    return ApiError.of(
        404,
        "plugin_not_found",
        "Plugin '" + abbreviate(name) + "' not found. Available plugins: " + known + ".");
  }

  private static String abbreviate(String name) {
    return name.length() <= 80 ? name : name.substring(0, 77) + "...";
  }
}
