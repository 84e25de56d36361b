package ai.dialer.aggregated;

import ai.dialer.plugins.notes.NoteTakerPlugin;
import ai.dialer.plugins.notes.NoteTakerPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "NoteTakerPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "NoteTakerPlugin",
    plugin = NoteTakerPlugin.class,
    invoker = NoteTakerPlugin_Invoker.class,
    tools = {"NoteTakerPlugin_add", "NoteTakerPlugin_list", "NoteTakerPlugin_delete"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_notes_NoteTakerPlugin {
  private ai_dialer_plugins_notes_NoteTakerPlugin() {
  }
}
