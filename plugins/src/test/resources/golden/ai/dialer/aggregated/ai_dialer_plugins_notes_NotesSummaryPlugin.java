package ai.dialer.aggregated;

import ai.dialer.plugins.notes.NotesSummaryPlugin;
import ai.dialer.plugins.notes.NotesSummaryPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "NotesSummaryPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "NotesSummaryPlugin",
    plugin = NotesSummaryPlugin.class,
    invoker = NotesSummaryPlugin_Invoker.class,
    tools = {"NotesSummaryPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_plugins_notes_NotesSummaryPlugin {
  private ai_dialer_plugins_notes_NotesSummaryPlugin() {
  }
}
