package ai.dialer.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The 404 for a plugin name the registry does not know, listing the ones it does (the first {@value
 * #LISTED} of them: a server with a thousand plugins does not send them all with every typo).
 */
public final class UnknownPlugin {
  static final int LISTED = 50;

  private UnknownPlugin() {}

  public static ApiError error(String name, PluginRegistry registry) {
    List<String> names = registry.names();
    String known = names.stream().limit(LISTED).collect(Collectors.joining(", "));
    if (names.size() > LISTED) {
      known += " and " + (names.size() - LISTED) + " more (GET /api/plugins lists them)";
    }
    return ApiError.of(
        404,
        "plugin_not_found",
        "Plugin '" + abbreviate(name) + "' not found. Available plugins: " + known + ".");
  }

  private static String abbreviate(String name) {
    return name.length() <= 80 ? name : name.substring(0, 77) + "...";
  }
}
