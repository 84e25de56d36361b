package ai.dialer.aggregated;

import ai.dialer.plugins.storage.StorageModule;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The @PluginModule "StorageModule" of this jar, installed in the servers built with it.
 */
@AggregatedModule(
    module = StorageModule.class
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_storage_StorageModule {
  private ai_dialer_plugins_storage_StorageModule() {
  }
}
