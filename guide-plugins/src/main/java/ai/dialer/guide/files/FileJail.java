package ai.dialer.guide.files;

import ai.dialer.plugin.InvalidContextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Maps a caller's path to a file under the root, or refuses it: an empty path, a NUL, an absolute
 * path, any {@code ..}, and a path whose existing part resolves, through symbolic links, outside
 * the root. What is refused is a 400 violation of {@code /filepath} that says which rule it broke.
 */
final class FileJail {
  private final Path root;

  /** {@code configured} must be an existing directory. */
  FileJail(Path configured) throws IOException {
    this.root = configured.toRealPath();
    if (!Files.isDirectory(root)) {
      throw new IOException(configured + " is not a directory");
    }
  }

  Path root() {
    return root;
  }

  /** The path under the root that {@code filepath} names. */
  Path resolve(String filepath) {
    if (filepath.isEmpty()) {
      throw refused(filepath, "it is empty");
    }
    if (filepath.indexOf('\0') >= 0) {
      throw refused(filepath, "it holds a NUL character");
    }
    if (filepath.startsWith("/") || filepath.startsWith("\\") || filepath.matches("^[A-Za-z]:.*")) {
      throw refused(filepath, "it is absolute; paths are relative to the plugin's directory");
    }
    Path relative;
    try {
      relative = Path.of(filepath);
    } catch (InvalidPathException e) {
      throw refused(filepath, "it is not a valid path");
    }
    for (Path segment : relative) {
      if (segment.toString().equals("..")) {
        throw refused(filepath, "it climbs with ..");
      }
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw refused(filepath, "it leads outside the plugin's directory");
    }
    // The part that exists, with its symbolic links followed, must still be under the root.
    Path existing = target;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing != null) {
      try {
        Path real = existing.toRealPath();
        if (!real.startsWith(root)) {
          throw refused(filepath, "a symbolic link on it points outside the plugin's directory");
        }
      } catch (IOException e) {
        // A dangling link: nothing real behind it, which is outside the root too.
        throw refused(filepath, "a symbolic link on it leads nowhere");
      }
    }
    return target;
  }

  /** {@code path} relative to the root, with / between its parts, for answers. */
  String shown(Path path) {
    String relative = root.relativize(path).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  private static InvalidContextException refused(String filepath, String why) {
    String shown = filepath.replace("\0", "\\0");
    if (shown.length() > 200) {
      shown = shown.substring(0, 200) + "…";
    }
    return InvalidContextException.of(
        "/filepath", "path_refused", "The path \"" + shown + "\" is refused: " + why + ".");
  }
}
