package ai.dialer.plugins.notes;

import ai.dialer.runtime.PluginInvoker;
import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import javax.annotation.processing.Generated;

/**
 * Binds {@link NotesSummaryPlugin} into every server built with it, as "NotesSummaryPlugin".
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public interface NotesSummaryPlugin_Module {
  @Binds
  @IntoMap
  @StringKey("NotesSummaryPlugin")
  PluginInvoker notesSummaryPlugin(NotesSummaryPlugin_Invoker invoker);
}
