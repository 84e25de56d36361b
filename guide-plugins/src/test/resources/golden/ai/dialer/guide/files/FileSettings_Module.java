package ai.dialer.guide.files;

import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsReader;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.Module;
import dagger.Provides;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Binds {@link FileSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class FileSettings_Module {
  /**
   * The variables of {@link FileSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "FILE_PLUGIN_ROOT",
          "a file system path",
          null,
          "the one directory the file plugin reads and writes under; unset, the plugin is " + "off",
          false,
          false),
      new SettingSpec(
          "FILE_PLUGIN_MAX_READ_BYTES",
          "a whole number",
          "1048576",
          "the largest file a read returns, in bytes",
          false,
          false),
      new SettingSpec(
          "FILE_PLUGIN_MAX_WRITE_BYTES",
          "a whole number",
          "1048576",
          "the largest content a write takes, in bytes",
          false,
          false));

  private FileSettings_Module() {
  }

  /**
   * Reads {@link FileSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static FileSettings fileSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    Optional<Path> root = read.optionalPath("FILE_PLUGIN_ROOT");
    int maxReadBytes = read.integer("FILE_PLUGIN_MAX_READ_BYTES", "1048576");
    int maxWriteBytes = read.integer("FILE_PLUGIN_MAX_WRITE_BYTES", "1048576");
    return read.build("FileSettings", () -> new FileSettings(root, maxReadBytes, maxWriteBytes));
  }
}
