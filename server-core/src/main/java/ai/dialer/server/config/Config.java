package ai.dialer.server.config;

import ai.dialer.runtime.settings.SettingsSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings as the original read them: environment variables, optionally from a {@code .env} file in
 * the working directory. A variable set in the environment wins over the same one in the file.
 */
public final class Config implements SettingsSource {
  private final Map<String, String> values;

  public Config(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new HashMap<>(values));
  }

  /** The process environment over {@code .env} in the working directory, if there is one. */
  public static Config fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(".env"));
  }

  public static Config fromEnvironment(Map<String, String> environment, Path dotEnv) {
    Map<String, String> merged = new HashMap<>();
    if (Files.isRegularFile(dotEnv)) {
      merged.putAll(parseDotEnv(dotEnv));
    }
    merged.putAll(environment);
    return new Config(merged);
  }

  /**
   * Reads {@code KEY=value} lines; blank lines and {@code #} comments are skipped, an optional
   * {@code export } prefix is allowed, and a value may be wrapped in single or double quotes.
   *
   * @throws ConfigException for a line that is none of these
   */
  static Map<String, String> parseDotEnv(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new ConfigException(
            file + " line " + (i + 1) + " is not KEY=value; fix or remove it.");
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (value.length() >= 2
          && (value.startsWith("\"") && value.endsWith("\"")
              || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      values.put(key, value);
    }
    return values;
  }

  @Override
  public Optional<String> get(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  /** These settings with {@code overrides} replacing or adding values. */
  public Config with(Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(values);
    merged.putAll(overrides);
    return new Config(merged);
  }

  /** Every key that has a value. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** {@code true} or {@code false} (any case), or a {@link ConfigException} that names it. */
  public boolean getBoolean(String key, boolean fallback) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return fallback;
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new ConfigException(key + " must be true or false, but is \"" + text.get() + "\".");
    }
  }

  /** An integer setting within bounds, or a {@link ConfigException} that names it. */
  public int getInt(String key, int fallback, int min, int max) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          key
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ", but is \""
              + text.get()
              + "\".");
    }
  }
}
