package ai.dialer.aggregated;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.llm.ChatBackendSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "ChatBackendSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = ChatBackendSettings_Module.class,
    settings = ChatBackendSettings.class,
    variables = {"OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "OPENAI_TIMEOUT_SECONDS"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_llm_ChatBackendSettings {
  private ai_dialer_plugins_llm_ChatBackendSettings() {
  }
}
