package ai.dialer.server.access;

import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API keys a server accepts: {@code API_KEYS} (comma-separated {@code label:key}, each for
 * every plugin) and the lines of {@code API_KEYS_FILE} ({@code label key [plugin,plugin,…]}, where
 * {@code *} or no list means every plugin and {@code #} starts a comment). A malformed entry stops
 * start-up with its line number; no message ever holds a key.
 */
public final class ApiKeys {
  /** The shortest key accepted: anything shorter is guessable. */
  static final int MIN_KEY_LENGTH = 16;

  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]+");

  /** One key: its label, its bytes, and the plugins it may call (null: every plugin). */
  public record ApiKey(String label, byte[] secret, Set<String> plugins) {
    @Override
    public String toString() {
      return "ApiKey[" + label + "]";
    }
  }

  private ApiKeys() {}

  /**
   * The keys {@code config} names, checked against the server's {@code plugins}.
   *
   * @throws ConfigException for a malformed entry, a repeated label or key, an unknown plugin, or a
   *     file that cannot be read
   */
  public static List<ApiKey> read(Config config, Collection<String> plugins) {
    List<ApiKey> keys = new ArrayList<>();
    String list = config.get("API_KEYS", "");
    int entry = 0;
    for (String item : list.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      entry++;
      int colon = item.indexOf(':');
      if (colon < 0) {
        throw new ConfigException(
            "API_KEYS entry "
                + entry
                + " is not label:key (the entries are comma-separated, such as ops:<key>).");
      }
      keys.add(
          key(
              "API_KEYS entry " + entry,
              item.substring(0, colon).strip(),
              item.substring(colon + 1).strip(),
              null));
    }
    String file = config.get("API_KEYS_FILE", "");
    if (!file.isBlank()) {
      keys.addAll(file(Path.of(file), plugins));
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      ApiKey key = keys.get(i);
      if (!labels.add(key.label())) {
        throw new ConfigException(
            "API key label '"
                + key.label()
                + "' is used twice; each key needs a label of its own.");
      }
      for (int j = 0; j < i; j++) {
        if (Arrays.equals(keys.get(j).secret(), key.secret())) {
          throw new ConfigException(
              "API keys '"
                  + keys.get(j).label()
                  + "' and '"
                  + key.label()
                  + "' are the same key; give each its own.");
        }
      }
    }
    return List.copyOf(keys);
  }

  private static List<ApiKey> file(Path file, Collection<String> plugins) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          "API_KEYS_FILE " + file + " cannot be read (" + e.getClass().getSimpleName() + ").");
    }
    List<ApiKey> keys = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      int comment = line.indexOf('#');
      String content = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (content.isEmpty()) {
        continue;
      }
      String where = "API_KEYS_FILE " + file + " line " + number;
      String[] fields = content.split("\\s+");
      if (fields.length < 2 || fields.length > 3) {
        throw new ConfigException(
            where
                + " is not 'label key [plugin,plugin,…]' ("
                + fields.length
                + " fields; the key itself is not shown).");
      }
      Set<String> allowed = null;
      if (fields.length == 3 && !fields[2].equals("*")) {
        allowed = new LinkedHashSet<>();
        for (String plugin : fields[2].split(",")) {
          if (plugin.isEmpty()) {
            throw new ConfigException(where + " has an empty plugin name in its list.");
          }
          if (!plugin.equals("*") && !plugins.contains(plugin)) {
            throw new ConfigException(
                where + " names plugin '" + plugin + "', which this server does not have.");
          }
          allowed.add(plugin);
        }
        if (allowed.contains("*")) {
          allowed = null;
        }
      }
      keys.add(key(where, fields[0], fields[1], allowed));
    }
    return keys;
  }

  private static ApiKey key(String where, String label, String key, Set<String> plugins) {
    if (!LABEL.matcher(label).matches()) {
      throw new ConfigException(
          where + ": the label is 1 to 64 letters, digits and . _ @ -, but is not.");
    }
    if (!KEY.matcher(key).matches()) {
      throw new ConfigException(
          where + " (" + label + "): the key has a character that is not printable ASCII.");
    }
    if (key.length() < MIN_KEY_LENGTH) {
      throw new ConfigException(
          where
              + " ("
              + label
              + "): the key has "
              + key.length()
              + " characters; keys have at least "
              + MIN_KEY_LENGTH
              + " (such as the output of openssl rand -hex 24).");
    }
    return new ApiKey(label, key.getBytes(StandardCharsets.US_ASCII), plugins);
  }
}
