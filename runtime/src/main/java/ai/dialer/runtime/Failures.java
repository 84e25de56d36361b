package ai.dialer.runtime;

import ai.dialer.plugin.Async;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;

/** What the client is told when a plugin's call fails: the details are for the log only. */
public final class Failures {
  private Failures() {}

  /**
   * The answer to {@code failure}, thrown by {@code plugin}'s call or completing its stage
   * exceptionally: 400 for a context the plugin refused, the plugin's own status for a {@link
   * PluginException}, 500 {@code plugin_failed} without details for anything else.
   *
   * @param requestId where the log has the details, or null
   */
  public static ApiError answer(String plugin, Throwable failure, String requestId) {
    Throwable cause = Async.unwrap(failure);
    if (cause instanceof InvalidContextException invalid) {
      return ApiError.invalidContext(invalid);
    }
    if (cause instanceof PluginException pluginFailure) {
      return pluginFailure.retryAfterSeconds() > 0
          ? ApiError.retryAfter(
              pluginFailure.status(),
              pluginFailure.code(),
              pluginFailure.getMessage(),
              pluginFailure.retryAfterSeconds())
          : ApiError.of(pluginFailure.status(), pluginFailure.code(), pluginFailure.getMessage());
    }
    return ApiError.of(
        500,
        "plugin_failed",
        "Plugin '"
            + plugin
            + "' failed unexpectedly"
            + (requestId == null ? "." : "; see the server log for request " + requestId + "."));
  }
}
