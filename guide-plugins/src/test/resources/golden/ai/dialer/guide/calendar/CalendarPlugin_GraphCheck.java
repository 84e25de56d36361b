package ai.dialer.guide.calendar;

import ai.dialer.guide.api.HttpApiPlugin_Invoker;
import ai.dialer.guide.api.HttpApiSettings_Module;
import ai.dialer.guide.code.CodeExecutorPlugin_Invoker;
import ai.dialer.guide.code.CodeExecutorSettings_Module;
import ai.dialer.guide.database.DatabasePlugin_Invoker;
import ai.dialer.guide.files.FilePlugin_Invoker;
import ai.dialer.guide.files.FileSettings_Module;
import ai.dialer.guide.weather.WeatherPlugin_Invoker;
import ai.dialer.guide.weather.WeatherSettings_Module;
import ai.dialer.plugins.llm.ChatBackendSettings_Module;
import ai.dialer.plugins.storage.StorageModule;
import ai.dialer.plugins.storage.StorageSettings_Module;
import ai.dialer.runtime.SharedServices;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.BindsInstance;
import dagger.Component;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Only for the build: Dagger checks here that every plugin of this jar can be built
 * from what the class path provides. Nothing calls it; servers have their own component.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Singleton
@Component(
    modules = {
          SharedServices.class,
          HttpApiSettings_Module.class,
          CodeExecutorSettings_Module.class,
          FileSettings_Module.class,
          WeatherSettings_Module.class,
          ChatBackendSettings_Module.class,
          StorageModule.class,
          StorageSettings_Module.class
        }
)
public interface CalendarPlugin_GraphCheck {
  /**
   * Builds plugin "CalendarPlugin".
   */
  CalendarPlugin_Invoker calendarPlugin();

  /**
   * Builds plugin "CodeExecutorPlugin".
   */
  CodeExecutorPlugin_Invoker codeExecutorPlugin();

  /**
   * Builds plugin "DatabasePlugin".
   */
  DatabasePlugin_Invoker databasePlugin();

  /**
   * Builds plugin "FilePlugin".
   */
  FilePlugin_Invoker filePlugin();

  /**
   * Builds plugin "HttpApiPlugin".
   */
  HttpApiPlugin_Invoker httpApiPlugin();

  /**
   * Builds plugin "WeatherPlugin".
   */
  WeatherPlugin_Invoker weatherPlugin();

  @Component.Factory
  interface Factory {
    CalendarPlugin_GraphCheck create(@BindsInstance SettingsSource settings);
  }
}
