package ai.dialer.plugins.storage;

import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsReader;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.Module;
import dagger.Provides;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Binds {@link StorageSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class StorageSettings_Module {
  /**
   * The variables of {@link StorageSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "DATA_DIR",
          "a file system path",
          "data",
          "the directory of the embedded SQLite database, created on first start",
          false,
          false));

  private StorageSettings_Module() {
  }

  /**
   * Reads {@link StorageSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static StorageSettings storageSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    Path dataDirectory = read.path("DATA_DIR", "data");
    return read.build("StorageSettings", () -> new StorageSettings(dataDirectory));
  }
}
