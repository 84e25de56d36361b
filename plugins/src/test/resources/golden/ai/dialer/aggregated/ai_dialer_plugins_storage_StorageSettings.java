package ai.dialer.aggregated;

import ai.dialer.plugins.storage.StorageSettings;
import ai.dialer.plugins.storage.StorageSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "StorageSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = StorageSettings_Module.class,
    settings = StorageSettings.class,
    variables = {"DATA_DIR"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_storage_StorageSettings {
  private ai_dialer_plugins_storage_StorageSettings() {
  }
}
