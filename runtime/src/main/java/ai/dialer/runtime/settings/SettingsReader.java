package ai.dialer.runtime.settings;

import ai.dialer.plugin.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the variables of one settings record for its generated module: each typed read returns the
 * value, the default when the variable is not set, or a placeholder after recording what is wrong;
 * {@link #build} then throws one {@link SettingsException} that names every variable at fault. A
 * secret's value is never part of a message.
 */
public final class SettingsReader {
  private final SettingsSource source;
  private final List<String> problems = new ArrayList<>();

  public SettingsReader(SettingsSource source) {
    this.source = source;
  }

  /** A string; {@code defaultValue} null means required. */
  public String string(String name, String defaultValue) {
    return read(name, defaultValue, "text", Function.identity(), null);
  }

  public Optional<String> optionalString(String name) {
    return source.get(name);
  }

  /** A secret, which has no default. */
  public Secret secret(String name) {
    Optional<String> value = source.get(name);
    if (value.isEmpty()) {
      problems.add(name + " is required (a secret) and is not set.");
      return null;
    }
    return Secret.of(value.get());
  }

  public Optional<Secret> optionalSecret(String name) {
    return source.get(name).map(Secret::of);
  }

  public boolean bool(String name, String defaultValue) {
    Boolean value = read(name, defaultValue, "true or false", SettingsReader::parseBool, null);
    return value != null && value;
  }

  public Optional<Boolean> optionalBool(String name) {
    return optional(name, "true or false", SettingsReader::parseBool);
  }

  public int integer(String name, String defaultValue) {
    Integer value = read(name, defaultValue, WHOLE_NUMBER, Integer::valueOf, null);
    return value == null ? 0 : value;
  }

  public Optional<Integer> optionalInteger(String name) {
    return optional(name, WHOLE_NUMBER, Integer::valueOf);
  }

  public long longValue(String name, String defaultValue) {
    Long value = read(name, defaultValue, WHOLE_NUMBER, Long::valueOf, null);
    return value == null ? 0 : value;
  }

  public Optional<Long> optionalLong(String name) {
    return optional(name, WHOLE_NUMBER, Long::valueOf);
  }

  public double decimal(String name, String defaultValue) {
    Double value = read(name, defaultValue, "a number", SettingsReader::parseDouble, null);
    return value == null ? 0 : value;
  }

  public Optional<Double> optionalDecimal(String name) {
    return optional(name, "a number", SettingsReader::parseDouble);
  }

  public URI url(String name, String defaultValue) {
    return read(name, defaultValue, URL, SettingsReader::parseUrl, null);
  }

  public Optional<URI> optionalUrl(String name) {
    return optional(name, URL, SettingsReader::parseUrl);
  }

  public Path path(String name, String defaultValue) {
    return read(name, defaultValue, "a file system path", Path::of, null);
  }

  public Optional<Path> optionalPath(String name) {
    return optional(name, "a file system path", Path::of);
  }

  public Duration duration(String name, String defaultValue) {
    return read(name, defaultValue, DURATION, Duration::parse, null);
  }

  public Optional<Duration> optionalDuration(String name) {
    return optional(name, DURATION, Duration::parse);
  }

  /** One of {@code values}, by the names they are written with. */
  public <E> E choice(String name, String defaultValue, Map<String, E> values) {
    return read(name, defaultValue, oneOf(values), values::get, null);
  }

  public <E> Optional<E> optionalChoice(String name, Map<String, E> values) {
    return optional(name, oneOf(values), values::get);
  }

  /**
   * The record, built once every variable has been read.
   *
   * @throws SettingsException naming every variable at fault, or the record's own objection
   */
  public <T> T build(String record, Supplier<T> constructor) {
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException(
          List.of("The settings " + record + " do not fit together: " + e.getMessage()));
    }
  }

  private static final String WHOLE_NUMBER = "a whole number";
  private static final String URL = "an http or https URL such as https://example.com/v1";
  private static final String DURATION = "an ISO-8601 duration such as PT30S";

  private <T> Optional<T> optional(String name, String expected, Function<String, T> parse) {
    return source.get(name).map(text -> parse(name, text, expected, parse));
  }

  private <T> T read(
      String name, String defaultValue, String expected, Function<String, T> parse, T missing) {
    Optional<String> value = source.get(name);
    if (value.isEmpty() && defaultValue == null) {
      problems.add(name + " is required (" + expected + ") and is not set.");
      return missing;
    }
    return parse(name, value.orElse(defaultValue), expected, parse);
  }

  private <T> T parse(String name, String text, String expected, Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      value = null;
    }
    if (value == null) {
      problems.add(name + " must be " + expected + ", but is \"" + text + "\".");
    }
    return value;
  }

  private static Boolean parseBool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> null;
    };
  }

  private static Double parseDouble(String text) {
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? value : null;
  }

  private static URI parseUrl(String text) {
    try {
      URI uri = new URI(text);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      return web && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String oneOf(Map<String, ?> values) {
    return "one of " + String.join(", ", new java.util.TreeSet<>(values.keySet()));
  }
}
