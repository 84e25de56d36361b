package ai.dialer.aggregated;

import ai.dialer.guide.files.FilePlugin;
import ai.dialer.guide.files.FilePlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "FilePlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "FilePlugin",
    plugin = FilePlugin.class,
    invoker = FilePlugin_Invoker.class,
    tools = {"FilePlugin_read", "FilePlugin_write", "FilePlugin_list", "FilePlugin_delete"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_files_FilePlugin {
  private ai_dialer_guide_files_FilePlugin() {
  }
}
