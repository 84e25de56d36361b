package ai.dialer.aggregated;

import ai.dialer.guide.code.CodeExecutorPlugin;
import ai.dialer.guide.code.CodeExecutorPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "CodeExecutorPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "CodeExecutorPlugin",
    plugin = CodeExecutorPlugin.class,
    invoker = CodeExecutorPlugin_Invoker.class,
    tools = {"CodeExecutorPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_code_CodeExecutorPlugin {
  private ai_dialer_guide_code_CodeExecutorPlugin() {
  }
}
