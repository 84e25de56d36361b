package test;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsSource;
import ai.dialer.server.ServerAssembly;
import ai.dialer.server.ServerGraph;
import ai.dialer.server.ServerMain;
import fixtures.CalendarPlugin_Invoker;
import fixtures.EchoPlugin_Invoker;
import fixtures.WeatherPlugin_Invoker;
import fixtures.WeatherSettings_Module;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The server {@link TestServer} declares: its plugins, their settings, and {@code main}.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class TestServer_Assembly implements ServerAssembly {
  /**
   * Every plugin's name, in order: the static registry.
   */
  public static final List<String> NAMES = List.of(
      "EchoPlugin",
      "WeatherPlugin",
      "calendar");

  /**
   * Every setting the plugin jars declare.
   */
  public static final List<SettingSpec> SETTINGS = Stream.of(
      WeatherSettings_Module.SPECS)
      .flatMap(List::stream)
      .toList();

  @Override
  public ServerGraph create(SettingsSource settings) {
    TestServer_Component graph = DaggerTestServer_Component.factory().create(settings);
    // Every setting is read now: one missing or malformed stops start-up.
    graph.weatherSettings();
    return graph;
  }

  @Override
  public List<String> pluginNames() {
    return NAMES;
  }

  @Override
  public PluginDescriptor descriptor(int index) {
    return switch (index) {
      case 0 -> EchoPlugin_Invoker.DESCRIPTOR;
      case 1 -> WeatherPlugin_Invoker.DESCRIPTOR;
      case 2 -> CalendarPlugin_Invoker.DESCRIPTOR;
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public List<SettingSpec> settings() {
    return SETTINGS;
  }

  /**
   * Starts the server: the {@code Main-Class} of its jar.
   */
  public static void main(String[] args) {
    ServerMain.run(args, new TestServer_Assembly());
  }
}
