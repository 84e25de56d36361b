package ai.dialer.server;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One server: its plugins and their settings, known at build time. Generated for each {@link
 * PluginServer} as {@code FooServer_Assembly}.
 */
public interface ServerAssembly {
  /**
   * Builds the object graph and reads every setting the plugin jars declare: a missing or malformed
   * one throws here, at start-up. Plugins themselves are built on their first call.
   */
  ServerGraph create(SettingsSource settings);

  /** Every plugin's name, in order. */
  List<String> pluginNames();

  /** The descriptor of the plugin at {@code index} of {@link #pluginNames()}. */
  PluginDescriptor descriptor(int index);

  /** The settings every plugin jar declares, for {@code --help}. */
  List<SettingSpec> settings();

  /** The plugins of {@code graph}, which this assembly created, each built on its first call. */
  default PluginRegistry registry(ServerGraph graph) {
    return new PluginRegistry(pluginNames(), this::descriptor, graph::plugin);
  }

  /** Every plugin's descriptor, in order of their names. */
  default List<PluginDescriptor> plugins() {
    List<PluginDescriptor> all = new ArrayList<>();
    for (int i = 0; i < pluginNames().size(); i++) {
      all.add(descriptor(i));
    }
    return all;
  }
}
