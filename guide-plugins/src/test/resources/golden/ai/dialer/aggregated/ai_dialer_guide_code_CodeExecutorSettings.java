package ai.dialer.aggregated;

import ai.dialer.guide.code.CodeExecutorSettings;
import ai.dialer.guide.code.CodeExecutorSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "CodeExecutorSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = CodeExecutorSettings_Module.class,
    settings = CodeExecutorSettings.class,
    variables = {
        "CODE_EXECUTOR_PLUGIN_TIMEOUT_MILLIS",
        "CODE_EXECUTOR_PLUGIN_MAX_STATEMENTS",
        "CODE_EXECUTOR_PLUGIN_MEMORY_MEGABYTES",
        "CODE_EXECUTOR_PLUGIN_MAX_OUTPUT_BYTES",
        "CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS"
    }
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_code_CodeExecutorSettings {
  private ai_dialer_guide_code_CodeExecutorSettings() {
  }
}
