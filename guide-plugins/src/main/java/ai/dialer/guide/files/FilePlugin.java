package ai.dialer.guide.files;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/**
 * The guide's file operations, jailed: read, write, list and delete text files under the one
 * directory {@code FILE_PLUGIN_ROOT} names, and nowhere else ({@link FileJail}). Reads and writes
 * are bounded in size; a write replaces a file atomically (a temporary file, forced to disk, then
 * renamed over it), so a crash leaves the old file or the new one, never half of one. Off until a
 * root is configured.
 */
@Plugin(
    description =
        "Reads, writes, lists and deletes text files under one directory the server's operator"
            + " chose; paths are relative to it.")
@Policy(requiresKey = true)
public final class FilePlugin {
  private final FileSettings settings;
  private volatile FileJail jail;

  @Inject
  public FilePlugin(FileSettings settings) {
    this.settings = settings;
  }

  public record Read(String filepath, String content, long size) {}

  public record Written(String filepath, long size, String message) {}

  public record Entry(String name, String type, long size) {}

  public record Listing(String filepath, List<Entry> entries, int count) {}

  public record Deleted(String filepath, boolean deleted, String message) {}

  private FileJail jail() {
    FileJail known = jail;
    if (known != null) {
      return known;
    }
    Path root =
        settings
            .root()
            .orElseThrow(
                () ->
                    new PluginException(
                        503,
                        "file_plugin_off",
                        "The file plugin is off: set FILE_PLUGIN_ROOT to the one directory it may"
                            + " use.",
                        null));
    try {
      known = new FileJail(root);
    } catch (IOException e) {
      throw new PluginException(
          503, "file_root_unusable", "FILE_PLUGIN_ROOT is not a directory the server can use.", e);
    }
    jail = known;
    return known;
  }

  @Action(name = "read", isDefault = true, description = "Read a text file.", readOnly = true)
  public Read read(
      @Param(
              description = "The file, relative to the plugin's directory.",
              examples = "notes/today.txt")
          @Length(min = 1, max = 1024)
          String filepath) {
    FileJail jail = jail();
    Path file = jail.resolve(filepath);
    try {
      if (!Files.isRegularFile(file)) {
        throw notFound(filepath);
      }
      long size = Files.size(file);
      if (size > settings.maxReadBytes()) {
        throw InvalidContextException.of(
            "/filepath",
            "too_large",
            "The file has " + size + " bytes; reads stop at " + settings.maxReadBytes() + ".");
      }
      byte[] bytes = Files.readAllBytes(file);
      String content;
      try {
        content =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw InvalidContextException.of(
            "/filepath", "not_text", "The file is not UTF-8 text; this plugin reads text only.");
      }
      return new Read(jail.shown(file), content, bytes.length);
    } catch (NoSuchFileException e) {
      throw notFound(filepath);
    } catch (IOException e) {
      throw new PluginException("The file could not be read.", e);
    }
  }

  @Action(name = "write", description = "Write a text file, replacing it whole.")
  public Written write(
      @Param(description = "The file, relative to the plugin's directory.")
          @Length(min = 1, max = 1024)
          String filepath,
      @Param(description = "The text to write.") String content) {
    FileJail jail = jail();
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > settings.maxWriteBytes()) {
      throw InvalidContextException.of(
          "/content",
          "too_large",
          "The content has "
              + bytes.length
              + " bytes; writes stop at "
              + settings.maxWriteBytes()
              + ".");
    }
    Path file = jail.resolve(filepath);
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw InvalidContextException.of(
          "/filepath", "is_a_directory", "\"" + filepath + "\" is a directory.");
    }
    try {
      Path directory = file.getParent();
      Files.createDirectories(directory);
      // Created directories are checked again: nothing may have swapped one for a link meanwhile.
      jail.resolve(jail.shown(directory));
      Path temporary = Files.createTempFile(directory, ".write-", ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
      forceDirectory(directory);
      return new Written(
          jail.shown(file),
          bytes.length,
          "Wrote " + bytes.length + " bytes to " + jail.shown(file) + ".");
    } catch (IOException e) {
      throw new PluginException("The file could not be written.", e);
    }
  }

  /** The rename itself on disk: the directory's entry, forced (where the platform allows). */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open a directory; the rename is atomic either way.
    }
  }

  @Action(name = "list", description = "List a directory.", readOnly = true)
  public Listing list(
      @Param(description = "The directory, relative to the plugin's directory.", defaultValue = ".")
          @Length(min = 1, max = 1024)
          String filepath) {
    FileJail jail = jail();
    Path directory = filepath.equals(".") ? jail.root() : jail.resolve(filepath);
    if (!Files.isDirectory(directory)) {
      throw notFound(filepath);
    }
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (name.startsWith(".write-")) {
          continue; // a write in progress
        }
        boolean link = Files.isSymbolicLink(child);
        String type =
            link
                ? "link"
                : Files.isDirectory(child)
                    ? "directory"
                    : Files.isRegularFile(child) ? "file" : "other";
        entries.add(new Entry(name, type, type.equals("file") ? Files.size(child) : 0));
      }
    } catch (IOException e) {
      throw new PluginException("The directory could not be listed.", e);
    }
    entries.sort((a, b) -> a.name().compareTo(b.name()));
    return new Listing(jail.shown(directory), entries, entries.size());
  }

  @Action(name = "delete", description = "Delete a file.")
  public Deleted delete(
      @Param(description = "The file, relative to the plugin's directory.")
          @Length(min = 1, max = 1024)
          String filepath) {
    FileJail jail = jail();
    Path file = jail.resolve(filepath);
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw InvalidContextException.of(
          "/filepath",
          "is_a_directory",
          "\"" + filepath + "\" is a directory; only files are deleted.");
    }
    try {
      if (!Files.deleteIfExists(file)) {
        throw notFound(filepath);
      }
      forceDirectory(file.getParent());
      return new Deleted(jail.shown(file), true, "Deleted " + jail.shown(file) + ".");
    } catch (IOException e) {
      throw new PluginException("The file could not be deleted.", e);
    }
  }

  private static InvalidContextException notFound(String filepath) {
    return InvalidContextException.of(
        "/filepath", "not_found", "There is no file \"" + filepath + "\".");
  }
}
