package ai.dialer.aggregated;

import ai.dialer.guide.api.HttpApiPlugin;
import ai.dialer.guide.api.HttpApiPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "HttpApiPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "HttpApiPlugin",
    plugin = HttpApiPlugin.class,
    invoker = HttpApiPlugin_Invoker.class,
    tools = {"HttpApiPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_api_HttpApiPlugin {
  private ai_dialer_guide_api_HttpApiPlugin() {
  }
}
