package ai.dialer.plugins.storage;

import java.nio.file.Path;

/**
 * Where plugins keep their data; provided by the application from its configuration.
 *
 * @param dataDirectory the directory that holds the embedded database, created on first start
 */
public record StorageSettings(Path dataDirectory) {
  public Path databaseFile() {
    return dataDirectory.resolve("aidialer.db");
  }
}
