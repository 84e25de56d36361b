package ai.dialer.guide.api;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;
import ai.dialer.plugin.Secret;
import java.net.URI;
import java.util.Optional;

/**
 * The one API the plugin may call, and how.
 *
 * @param baseUrl every call goes to a path under it; unset, the plugin is off
 * @param secret sent as a bearer token; never logged or answered
 * @param allowPrivate whether the base's host may resolve to a loopback or private address
 * @param timeoutSeconds how long a call may take
 * @param maxResponseBytes the largest answer read
 */
@Settings(prefix = "HTTP_API_PLUGIN")
public record HttpApiSettings(
    @Setting(description = "the API's base URL; calls go to paths under it, and nowhere else")
        Optional<URI> baseUrl,
    @Setting(description = "sent as a bearer token; never logged or answered")
        Optional<Secret> secret,
    @Setting(
            description =
                "true lets the base's host be a loopback or private address (refused otherwise,"
                    + " against server-side request forgery)",
            defaultValue = "false")
        boolean allowPrivate,
    @Setting(description = "how long one call may take, from 1 to 120", defaultValue = "10")
        int timeoutSeconds,
    @Setting(description = "the largest answer read, in bytes", defaultValue = "1048576")
        int maxResponseBytes) {
  public HttpApiSettings {
    if (timeoutSeconds < 1 || timeoutSeconds > 120) {
      throw new IllegalArgumentException(
          "HTTP_API_PLUGIN_TIMEOUT_SECONDS must be from 1 to 120, but is " + timeoutSeconds + ".");
    }
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("HTTP_API_PLUGIN_MAX_RESPONSE_BYTES is at least 1.");
    }
    baseUrl.ifPresent(
        base -> {
          if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
              || base.getHost() == null
              || base.getRawUserInfo() != null
              || base.getRawQuery() != null
              || base.getRawFragment() != null) {
            throw new IllegalArgumentException(
                "HTTP_API_PLUGIN_BASE_URL must be an http(s) URL with a host and no user, query or"
                    + " fragment, such as https://api.example.com/v1/.");
          }
        });
  }
}
