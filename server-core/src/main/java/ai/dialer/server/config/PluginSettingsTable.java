package ai.dialer.server.config;

import ai.dialer.runtime.PluginRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings of every plugin of a server. At start-up every configured variable with a plugin's
 * prefix is checked, and the settings of each plugin it configures are read, so that a typo or a
 * malformed value stops the server. A plugin nobody configured runs on its declared policy, read
 * when it is first asked for: start-up does not grow with the number of plugins.
 */
public final class PluginSettingsTable {
  private final Config config;
  private final PluginRegistry registry;
  private final Map<String, PluginSettings> settings = new ConcurrentHashMap<>();

  private PluginSettingsTable(Config config, PluginRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  /**
   * Checks {@code config} against the plugins of {@code registry}. {@code declared} are the
   * variables the plugins declare themselves ({@code @Settings}): a plugin's own prefix is theirs
   * too.
   *
   * @throws ConfigException naming the first variable that is malformed or no plugin's setting
   */
  public static PluginSettingsTable read(
      Config config, PluginRegistry registry, Set<String> declared) {
    Map<String, String> byPrefix = new HashMap<>();
    registry.names().forEach(name -> byPrefix.put(PluginSettings.prefix(name) + "_", name));
    PluginSettingsTable table = new PluginSettingsTable(config, registry);
    for (String key : new TreeSet<>(config.keys())) {
      if (declared.contains(key)) {
        continue;
      }
      String typoOf = null;
      String configures = null;
      // FOO_BAR_ENABLED may be plugin Foo's or plugin FooBar's: every '_' is a possible boundary.
      for (int end = key.indexOf('_'); end >= 0 && configures == null; ) {
        String plugin = byPrefix.get(key.substring(0, end + 1));
        if (plugin != null) {
          if (PluginSettings.isKnown(key.substring(end + 1))) {
            configures = plugin;
          } else {
            typoOf = plugin; // the longest prefix: FOO_BAR_TIMOUT_MS is a typo of FooBar's
          }
        }
        end = key.indexOf('_', end + 1);
      }
      if (configures != null) {
        table.get(configures);
      } else if (typoOf != null) {
        throw unknown(key, typoOf, declared);
      }
    }
    return table;
  }

  private static ConfigException unknown(String key, String plugin, Set<String> declared) {
    String prefix = PluginSettings.prefix(plugin) + "_";
    List<String> valid = new ArrayList<>();
    PluginSettings.suffixes().forEach(suffix -> valid.add(prefix + suffix));
    declared.stream().filter(d -> d.startsWith(prefix)).sorted().forEach(valid::add);
    return new ConfigException(
        key
            + " is not a setting of plugin "
            + plugin
            + "; its settings are "
            + String.join(", ", valid)
            + ".");
  }

  /** The settings of the plugin named {@code name}, one of the registry's. */
  public PluginSettings get(String name) {
    PluginSettings found = settings.get(name);
    if (found == null) {
      found =
          settings.computeIfAbsent(
              name, n -> PluginSettings.read(config, registry.descriptor(n).orElseThrow()));
    }
    return found;
  }

  /** The plugins configured off ({@code FOO_PLUGIN_ENABLED=false}), by name. */
  public List<String> disabled() {
    return settings.entrySet().stream()
        .filter(e -> !e.getValue().enabled())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
