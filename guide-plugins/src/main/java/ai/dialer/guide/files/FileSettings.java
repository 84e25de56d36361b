package ai.dialer.guide.files;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one directory the file plugin may use, and how much it reads and writes at once.
 *
 * @param root the directory; unset, the plugin is off
 * @param maxReadBytes the largest file a read returns
 * @param maxWriteBytes the largest content a write takes
 */
@Settings(prefix = "FILE_PLUGIN")
public record FileSettings(
    @Setting(
            description =
                "the one directory the file plugin reads and writes under; unset, the plugin is"
                    + " off")
        Optional<Path> root,
    @Setting(description = "the largest file a read returns, in bytes", defaultValue = "1048576")
        int maxReadBytes,
    @Setting(description = "the largest content a write takes, in bytes", defaultValue = "1048576")
        int maxWriteBytes) {
  public FileSettings {
    if (maxReadBytes < 1 || maxWriteBytes < 1) {
      throw new IllegalArgumentException(
          "FILE_PLUGIN_MAX_READ_BYTES and FILE_PLUGIN_MAX_WRITE_BYTES are at least 1.");
    }
  }
}
