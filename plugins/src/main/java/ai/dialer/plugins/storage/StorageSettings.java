package ai.dialer.plugins.storage;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;
import java.nio.file.Path;

/**
 * Where plugins keep their data.
 *
 * @param dataDirectory the directory that holds the embedded database, created on first start
 */
@Settings(prefix = "")
public record StorageSettings(
    @Setting(
            name = "DATA_DIR",
            description = "the directory of the embedded SQLite database, created on first start",
            defaultValue = "data")
        Path dataDirectory) {
  public Path databaseFile() {
    return dataDirectory.resolve("aidialer.db");
  }
}
