package ai.dialer.server.config;

import ai.dialer.runtime.settings.SettingSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may reach {@code /mcp}, against DNS rebinding: a web page the user visits must not be able to
 * call a tool server on the user's machine. An {@code Origin} header, when a browser sends one,
 * must be a loopback origin or one of {@code MCP_ALLOWED_ORIGINS}; the {@code Host} header must
 * name a loopback host, the address the server listens on, or one of {@code MCP_ALLOWED_HOSTS},
 * whenever the server listens on a loopback address (the default; any of 127.0.0.0/8 and ::1) or
 * that list is set.
 *
 * @param allowedOrigins origins allowed besides loopback ones ({@code https://app.example.com})
 * @param allowedHosts host names allowed besides loopback ones ({@code tools.example.com})
 * @param checkHost whether the {@code Host} header is checked
 */
public record McpSettings(
    List<String> allowedOrigins, List<String> allowedHosts, boolean checkHost) {
  public static final List<SettingSpec> SPECS =
      List.of(
          new SettingSpec(
              "MCP_ALLOWED_ORIGINS",
              "comma-separated origins",
              null,
              "browser origins allowed to call /mcp besides loopback ones (https://app.example.com)",
              false,
              false),
          new SettingSpec(
              "MCP_ALLOWED_HOSTS",
              "comma-separated host names",
              null,
              "Host header values allowed on /mcp besides loopback ones; checked whenever set, and"
                  + " always when the server listens on a loopback address",
              false,
              false));

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  public static McpSettings from(Config config, String listenHost) {
    List<String> origins = list(config.get("MCP_ALLOWED_ORIGINS", ""));
    List<String> hosts = list(config.get("MCP_ALLOWED_HOSTS", ""));
    for (String origin : origins) {
      URI uri;
      try {
        uri = new URI(origin);
      } catch (Exception e) {
        uri = null;
      }
      if (uri == null
          || uri.getScheme() == null
          || uri.getHost() == null
          || uri.getPath() == null
          || !uri.getPath().isEmpty()) {
        throw new ConfigException(
            "MCP_ALLOWED_ORIGINS holds \""
                + origin
                + "\", which is not an origin like"
                + " https://app.example.com (a scheme, a host, an optional port, no path).");
      }
    }
    if (!ServerSettings.isLoopback(listenHost)) {
      return new McpSettings(origins, hosts, !hosts.isEmpty());
    }
    // Any loopback address (127.0.0.2 as well as 127.0.0.1) checks the Host header, which may then
    // name the address the server listens on.
    List<String> withListenHost = new ArrayList<>(hosts);
    withListenHost.add(listenHost.toLowerCase(Locale.ROOT));
    return new McpSettings(origins, List.copyOf(withListenHost), true);
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** Whether a request with these headers may reach /mcp (either may be null). */
  public boolean allows(String hostHeader, String origin) {
    if (checkHost) {
      if (hostHeader == null || !allowedHost(hostName(hostHeader))) {
        return false;
      }
    }
    if (origin == null) {
      return true;
    }
    String normal = origin.strip().toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains(normal)) {
      return true;
    }
    try {
      URI uri = new URI(normal);
      return uri.getHost() != null
          && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          && LOOPBACK.contains(uri.getHost());
    } catch (Exception e) {
      return false;
    }
  }

  private boolean allowedHost(String host) {
    return LOOPBACK.contains(host) || allowedHosts.contains(host);
  }

  /** {@code localhost:5000} to {@code localhost}; {@code [::1]:5000} to {@code [::1]}. */
  private static String hostName(String hostHeader) {
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
