package test;

import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.SharedServices;
import ai.dialer.runtime.settings.SettingsSource;
import ai.dialer.server.ServerGraph;
import dagger.BindsInstance;
import dagger.Component;
import fixtures.CalendarPlugin_Invoker;
import fixtures.CalendarPlugin_Module;
import fixtures.EchoPlugin_Invoker;
import fixtures.WeatherPlugin_Invoker;
import fixtures.WeatherSettings;
import fixtures.WeatherSettings_Module;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * The object graph of {@link TestServer}: every plugin on its class path and what they need,
 * checked by Dagger at build time.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Singleton
@Component(
    modules = {
          SharedServices.class,
          CalendarPlugin_Module.class,
          WeatherSettings_Module.class
        }
)
public interface TestServer_Component extends ServerGraph {
  /**
   * Builds plugin "EchoPlugin".
   */
  EchoPlugin_Invoker echoPlugin();

  /**
   * Builds plugin "WeatherPlugin".
   */
  WeatherPlugin_Invoker weatherPlugin();

  /**
   * Builds plugin "calendar".
   */
  CalendarPlugin_Invoker calendarPlugin();

  /**
   * Reads {@link WeatherSettings}.
   */
  WeatherSettings weatherSettings();

  @Override
  default PluginInvoker plugin(int index) {
    return switch (index) {
      case 0 -> echoPlugin();
      case 1 -> weatherPlugin();
      case 2 -> calendarPlugin();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Component.Factory
  interface Factory {
    TestServer_Component create(@BindsInstance SettingsSource settings);
  }
}
