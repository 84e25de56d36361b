package ai.dialer.plugins.notes;

import ai.dialer.plugins.llm.ChatBackendSettings_Module;
import ai.dialer.plugins.storage.StorageModule;
import ai.dialer.plugins.storage.StorageSettings_Module;
import ai.dialer.plugins.summary.SummarizerPlugin_Invoker;
import ai.dialer.plugins.translate.TranslatorPlugin_Invoker;
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
          ChatBackendSettings_Module.class,
          StorageModule.class,
          StorageSettings_Module.class
        }
)
public interface NoteTakerPlugin_GraphCheck {
  /**
   * Builds plugin "NoteTakerPlugin".
   */
  NoteTakerPlugin_Invoker noteTakerPlugin();

  /**
   * Builds plugin "NotesSummaryPlugin".
   */
  NotesSummaryPlugin_Invoker notesSummaryPlugin();

  /**
   * Builds plugin "SummarizerPlugin".
   */
  SummarizerPlugin_Invoker summarizerPlugin();

  /**
   * Builds plugin "TranslatorPlugin".
   */
  TranslatorPlugin_Invoker translatorPlugin();

  @Component.Factory
  interface Factory {
    NoteTakerPlugin_GraphCheck create(@BindsInstance SettingsSource settings);
  }
}
