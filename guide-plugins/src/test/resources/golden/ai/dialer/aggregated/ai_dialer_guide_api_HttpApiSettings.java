package ai.dialer.aggregated;

import ai.dialer.guide.api.HttpApiSettings;
import ai.dialer.guide.api.HttpApiSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "HttpApiSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = HttpApiSettings_Module.class,
    settings = HttpApiSettings.class,
    variables = {
        "HTTP_API_PLUGIN_BASE_URL",
        "HTTP_API_PLUGIN_SECRET",
        "HTTP_API_PLUGIN_ALLOW_PRIVATE",
        "HTTP_API_PLUGIN_TIMEOUT_SECONDS",
        "HTTP_API_PLUGIN_MAX_RESPONSE_BYTES"
    }
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_api_HttpApiSettings {
  private ai_dialer_guide_api_HttpApiSettings() {
  }
}
