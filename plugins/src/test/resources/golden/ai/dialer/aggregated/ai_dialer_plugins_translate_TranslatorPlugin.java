package ai.dialer.aggregated;

import ai.dialer.plugins.translate.TranslatorPlugin;
import ai.dialer.plugins.translate.TranslatorPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "TranslatorPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "TranslatorPlugin",
    plugin = TranslatorPlugin.class,
    invoker = TranslatorPlugin_Invoker.class,
    tools = {"TranslatorPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_translate_TranslatorPlugin {
  private ai_dialer_plugins_translate_TranslatorPlugin() {
  }
}
