package ai.dialer.aggregated;

import ai.dialer.guide.files.FileSettings;
import ai.dialer.guide.files.FileSettings_Module;
import ai.dialer.runtime.aggregation.AggregatedModule;
import javax.annotation.processing.Generated;

/**
 * The settings "FileSettings" of this jar, read by the servers built with it.
 */
@AggregatedModule(
    module = FileSettings_Module.class,
    settings = FileSettings.class,
    variables = {"FILE_PLUGIN_ROOT", "FILE_PLUGIN_MAX_READ_BYTES", "FILE_PLUGIN_MAX_WRITE_BYTES"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_files_FileSettings {
  private ai_dialer_guide_files_FileSettings() {
  }
}
