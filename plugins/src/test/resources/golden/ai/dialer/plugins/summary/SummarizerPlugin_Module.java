package ai.dialer.plugins.summary;

import ai.dialer.runtime.PluginInvoker;
import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import javax.annotation.processing.Generated;

/**
 * Binds {@link SummarizerPlugin} into every server built with it, as "SummarizerPlugin".
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public interface SummarizerPlugin_Module {
  @Binds
  @IntoMap
  @StringKey("SummarizerPlugin")
  PluginInvoker summarizerPlugin(SummarizerPlugin_Invoker invoker);
}
