package ai.dialer.plugins;

import ai.dialer.plugins.notes.NoteTakerPlugin_Invoker;
import ai.dialer.plugins.notes.NotesSummaryPlugin_Invoker;
import ai.dialer.plugins.summary.SummarizerPlugin_Invoker;
import ai.dialer.plugins.translate.TranslatorPlugin_Invoker;
import ai.dialer.runtime.PluginInvoker;
import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import javax.annotation.processing.Generated;

/**
 * Binds every plugin of this compilation into {@code Map<String, PluginInvoker>}.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public interface GeneratedPluginsModule {
  @Binds
  @IntoMap
  @StringKey("NoteTakerPlugin")
  PluginInvoker noteTakerPlugin(NoteTakerPlugin_Invoker invoker);

  @Binds
  @IntoMap
  @StringKey("NotesSummaryPlugin")
  PluginInvoker notesSummaryPlugin(NotesSummaryPlugin_Invoker invoker);

  @Binds
  @IntoMap
  @StringKey("SummarizerPlugin")
  PluginInvoker summarizerPlugin(SummarizerPlugin_Invoker invoker);

  @Binds
  @IntoMap
  @StringKey("TranslatorPlugin")
  PluginInvoker translatorPlugin(TranslatorPlugin_Invoker invoker);
}
