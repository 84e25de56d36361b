package ai.dialer.server.access;

import ai.dialer.runtime.ApiError;
import ai.dialer.server.config.PluginSettings;
import java.util.function.BiConsumer;

/**
 * Whether a caller may call a plugin now, before anything of the call runs: a key where the plugin
 * needs one ({@code @Policy(requiresKey)}), a key allowed the plugin, and budget left in its rate
 * limit.
 */
public final class Admission {
  private final RateLimits rates = new RateLimits();

  /** Told the key's label and the plugin of each call refused for its rate limit. */
  private final BiConsumer<String, String> refusals;

  public Admission(BiConsumer<String, String> refusals) {
    this.refusals = refusals;
  }

  /**
   * Whether {@code caller} may call {@code plugin} now: a key where the plugin needs one, a key
   * allowed the plugin, and budget left; null if so, otherwise the refusal.
   */
  public ApiError admit(Caller caller, String plugin, PluginSettings settings) {
    if (!caller.authenticated() && settings.policy().requiresKey()) {
      return ApiError.of(
          401,
          "key_required",
          "Plugin '"
              + plugin
              + "' reaches outside the server, so it needs an API key, and this server has none:"
              + " configure API_KEYS or API_KEYS_FILE and send a key, or set "
              + PluginSettings.prefix(plugin)
              + "_REQUIRE_KEY=false.");
    }
    if (!caller.mayCall(plugin)) {
      return ApiError.of(
          403,
          "plugin_not_allowed",
          "The API key '" + caller.label() + "' may not call plugin '" + plugin + "'.");
    }
    int wait = rates.take(caller.label(), plugin, settings.rateLimitPerMinute());
    if (wait > 0) {
      refusals.accept(caller.label(), plugin);
      return ApiError.retryAfter(
          429,
          "rate_limited",
          (caller.authenticated() ? "The API key '" + caller.label() + "'" : "This server's caller")
              + " has used its "
              + settings.rateLimitPerMinute()
              + " calls a minute of plugin '"
              + plugin
              + "'; retry in "
              + wait
              + " s.",
          wait);
    }
    return null;
  }
}
