package ai.dialer.server;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsSource;
import java.util.List;

/**
 * One server: its plugins and their settings, known at build time. Generated for each {@link
 * PluginServer} as {@code FooServer_Assembly}.
 */
public interface ServerAssembly {
  /** Builds the object graph; settings are read as its parts are made. */
  ServerGraph create(SettingsSource settings);

  /** Every plugin, ordered by name. */
  List<PluginDescriptor> plugins();

  /** The settings every plugin jar declares, for {@code --help}. */
  List<SettingSpec> settings();
}
