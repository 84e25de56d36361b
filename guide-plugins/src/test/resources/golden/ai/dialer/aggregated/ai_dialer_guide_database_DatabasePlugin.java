package ai.dialer.aggregated;

import ai.dialer.guide.database.DatabasePlugin;
import ai.dialer.guide.database.DatabasePlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "DatabasePlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "DatabasePlugin",
    plugin = DatabasePlugin.class,
    invoker = DatabasePlugin_Invoker.class,
    tools = {"DatabasePlugin_save", "DatabasePlugin_query"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_database_DatabasePlugin {
  private ai_dialer_guide_database_DatabasePlugin() {
  }
}
