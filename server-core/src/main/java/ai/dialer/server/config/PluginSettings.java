package ai.dialer.server.config;

import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.settings.SettingSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plugin's settings: its declared policy with the configuration's overrides, and whether it is
 * enabled. The keys are the plugin's name in upper snake case, then the setting: {@code
 * TRANSLATOR_PLUGIN_ENABLED}, {@code _TIMEOUT_MS}, {@code _MAX_CONCURRENT_CALLS}, {@code
 * _MAX_RETRIES}, {@code _RETRY_BACKOFF_MS}, {@code _CACHE_ENTRIES}, {@code _CACHE_TTL_MS}, {@code
 * _LOG_PARAMETERS}, {@code _REQUIRE_KEY}, {@code _RATE_LIMIT_PER_MINUTE}. A malformed value,
 * retries or a cache for a plugin not declared idempotent, or an unknown setting with a plugin's
 * prefix (a typo), stops the server at start-up with a message that names the setting ({@link
 * PluginSettingsTable}).
 *
 * @param enabled whether calls are accepted
 * @param policy how calls are run
 * @param logParameters whether each call's context goes into its invocation log line (off unless
 *     configured: contexts can hold what people said)
 * @param rateLimitPerMinute how many calls each API key (or the anonymous caller) may make a
 *     minute, in bursts of as many; 0 for no limit ({@code RATE_LIMIT_PER_MINUTE} sets it for every
 *     plugin)
 */
public record PluginSettings(
    boolean enabled, InvocationPolicy policy, boolean logParameters, int rateLimitPerMinute) {
  private static final List<String> KNOWN =
      List.of(
          "ENABLED",
          "TIMEOUT_MS",
          "MAX_CONCURRENT_CALLS",
          "MAX_RETRIES",
          "RETRY_BACKOFF_MS",
          "CACHE_ENTRIES",
          "CACHE_TTL_MS",
          "LOG_PARAMETERS",
          "REQUIRE_KEY",
          "RATE_LIMIT_PER_MINUTE");

  /** Calls a minute per API key and plugin, for every plugin that does not say otherwise. */
  public static final String RATE_LIMIT = "RATE_LIMIT_PER_MINUTE";

  private static final int MAX_RATE = 60_000_000;

  /** {@code NoteTakerPlugin} to {@code NOTE_TAKER_PLUGIN}. */
  public static String prefix(String pluginName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pluginName.length(); i++) {
      char c = pluginName.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(pluginName.charAt(i - 1))
                  || Character.isDigit(pluginName.charAt(i - 1)));
      if (boundary) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** The per-plugin settings of {@code plugin}, with its declared values, for {@code --help}. */
  public static List<SettingSpec> specs(PluginDescriptor plugin) {
    String prefix = prefix(plugin.name()) + "_";
    InvocationPolicy policy = plugin.policy();
    return List.of(
        spec(
            prefix + "ENABLED",
            "true or false",
            Boolean.toString(policy.enabledByDefault()),
            "false refuses its calls with 403"),
        spec(prefix + "TIMEOUT_MS", "milliseconds", text(policy.timeout()), "a call's limit"),
        spec(
            prefix + "MAX_CONCURRENT_CALLS",
            "a whole number",
            Integer.toString(policy.maxConcurrentCalls()),
            "calls at once; past them, 503"),
        spec(
            prefix + "MAX_RETRIES",
            "0 to 10",
            Integer.toString(policy.maxRetries()),
            "retries of a transient failure (idempotent plugins only)"),
        spec(
            prefix + "RETRY_BACKOFF_MS",
            "milliseconds",
            text(policy.retryBackoff()),
            "the wait before the first retry; it doubles"),
        spec(
            prefix + "CACHE_ENTRIES",
            "a whole number",
            Integer.toString(policy.cacheEntries()),
            "answers kept (idempotent plugins only)"),
        spec(prefix + "CACHE_TTL_MS", "milliseconds", text(policy.cacheTtl()), "how long"),
        spec(
            prefix + "LOG_PARAMETERS",
            "true or false",
            "false",
            "log each call's context (it holds what people said)"),
        spec(
            prefix + "REQUIRE_KEY",
            "true or false",
            Boolean.toString(policy.requiresKey()),
            "true refuses calls without an API key even on a server that has none (401)"),
        spec(
            prefix + "RATE_LIMIT_PER_MINUTE",
            "a whole number",
            "RATE_LIMIT_PER_MINUTE's",
            "calls a minute per API key; past them, 429 (0: no limit)"));
  }

  private static SettingSpec spec(String name, String type, String value, String description) {
    return new SettingSpec(name, type, value, description, false, false);
  }

  private static String text(Duration duration) {
    return Long.toString(duration.toMillis());
  }

  /** Whether {@code suffix} (what follows a plugin's prefix) names one of these settings. */
  static boolean isKnown(String suffix) {
    return KNOWN.contains(suffix);
  }

  /** What follows a plugin's prefix in the name of each of these settings. */
  static List<String> suffixes() {
    return KNOWN;
  }

  /** The settings of {@code plugin}: its declared policy with what {@code config} overrides. */
  static PluginSettings read(Config config, PluginDescriptor plugin) {
    String prefix = prefix(plugin.name()) + "_";
    InvocationPolicy declared = plugin.policy();
    boolean enabled = config.getBoolean(prefix + "ENABLED", declared.enabledByDefault());
    int timeout =
        config.getInt(
            prefix + "TIMEOUT_MS",
            millis(declared.timeout()),
            1,
            millis(InvocationPolicy.MAX_TIMEOUT));
    int concurrent =
        config.getInt(prefix + "MAX_CONCURRENT_CALLS", declared.maxConcurrentCalls(), 1, 100_000);
    int retries =
        config.getInt(
            prefix + "MAX_RETRIES", declared.maxRetries(), 0, InvocationPolicy.MAX_RETRIES);
    int backoff =
        config.getInt(prefix + "RETRY_BACKOFF_MS", millis(declared.retryBackoff()), 0, 60_000);
    int entries = config.getInt(prefix + "CACHE_ENTRIES", declared.cacheEntries(), 0, 1_000_000);
    int ttl =
        config.getInt(prefix + "CACHE_TTL_MS", millis(declared.cacheTtl()), 1, Integer.MAX_VALUE);
    if (!declared.idempotent()) {
      for (Map.Entry<String, Integer> wanted :
          Map.of("MAX_RETRIES", retries, "CACHE_ENTRIES", entries).entrySet()) {
        if (wanted.getValue() > 0) {
          throw new ConfigException(
              prefix
                  + wanted.getKey()
                  + " is "
                  + wanted.getValue()
                  + ", but plugin "
                  + plugin.name()
                  + " is not declared idempotent (@Policy(idempotent = true)):"
                  + " running its calls again or answering them from a cache could repeat or skip"
                  + " what they do. Remove the setting.");
        }
      }
    }
    boolean logParameters = config.getBoolean(prefix + "LOG_PARAMETERS", false);
    boolean requireKey = config.getBoolean(prefix + "REQUIRE_KEY", declared.requiresKey());
    int rate =
        config.getInt(
            prefix + "RATE_LIMIT_PER_MINUTE",
            config.getInt(RATE_LIMIT, 0, 0, MAX_RATE),
            0,
            MAX_RATE);
    return new PluginSettings(
        enabled,
        new InvocationPolicy(
            Duration.ofMillis(timeout),
            concurrent,
            declared.idempotent(),
            retries,
            Duration.ofMillis(backoff),
            entries,
            Duration.ofMillis(ttl),
            declared.enabledByDefault(),
            requireKey),
        logParameters,
        rate);
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }
}
