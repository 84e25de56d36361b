package ai.dialer.plugins.translate;

import ai.dialer.runtime.PluginInvoker;
import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import javax.annotation.processing.Generated;

/**
 * Binds {@link TranslatorPlugin} into every server built with it, as "TranslatorPlugin".
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public interface TranslatorPlugin_Module {
  @Binds
  @IntoMap
  @StringKey("TranslatorPlugin")
  PluginInvoker translatorPlugin(TranslatorPlugin_Invoker invoker);
}
