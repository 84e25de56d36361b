package ai.dialer.plugins.notes;

import ai.dialer.runtime.PluginInvoker;
import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import javax.annotation.processing.Generated;

/**
 * Binds {@link NoteTakerPlugin} into every server built with it, as "NoteTakerPlugin".
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public interface NoteTakerPlugin_Module {
  @Binds
  @IntoMap
  @StringKey("NoteTakerPlugin")
  PluginInvoker noteTakerPlugin(NoteTakerPlugin_Invoker invoker);
}
