package ai.dialer.aggregated;

import ai.dialer.plugins.summary.SummarizerPlugin;
import ai.dialer.plugins.summary.SummarizerPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "SummarizerPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "SummarizerPlugin",
    plugin = SummarizerPlugin.class,
    invoker = SummarizerPlugin_Invoker.class,
    tools = {"SummarizerPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_summary_SummarizerPlugin {
  private ai_dialer_plugins_summary_SummarizerPlugin() {
  }
}
