package ai.dialer.guide.api;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a call may go: a path under the configured base, on its scheme, host and port, and (unless
 * {@code HTTP_API_PLUGIN_ALLOW_PRIVATE}) to a host that resolves to public addresses only.
 */
final class Destinations {
  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private final URI base;
  private final String basePath;
  private final boolean allowPrivate;

  Destinations(URI base, boolean allowPrivate) {
    this.base = base;
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    this.basePath = path.endsWith("/") ? path : path + "/";
    this.allowPrivate = allowPrivate;
  }

  /** The URI of {@code endpoint} with {@code query}, or a 400 that says why not. */
  URI resolve(String endpoint, String query) {
    for (int i = 0; i < endpoint.length(); i++) {
      char c = endpoint.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '#' || c == '?' || c == ' ') {
        throw refused(
            endpoint, "it holds a character paths here do not (control, \\, #, ?, space)");
      }
    }
    if (SCHEME.matcher(endpoint).matches() || endpoint.startsWith("//")) {
      throw refused(
          endpoint, "it names a scheme or a host; endpoints are paths under the API's base");
    }
    String relative = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        throw refused(endpoint, "it climbs with . or ..");
      }
      String lower = segment.toLowerCase(Locale.ROOT);
      if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
        // Decoded by a server, these would be dots and slashes: a climb this check cannot see.
        throw refused(endpoint, "it holds an encoded dot or slash");
      }
    }
    URI target;
    try {
      target =
          new URI(
              base.getScheme()
                  + "://"
                  + base.getRawAuthority()
                  + basePath
                  + relative
                  + (query.isEmpty() ? "" : "?" + query));
    } catch (java.net.URISyntaxException e) {
      throw refused(endpoint, "it is not a valid path");
    }
    if (!isUnderBase(target)) {
      throw refused(endpoint, "it leads outside the API's base");
    }
    return target;
  }

  /** Whether {@code uri} is on the base's scheme, host and port, under its path. */
  boolean isUnderBase(URI uri) {
    URI normal = uri.normalize();
    return base.getScheme().equalsIgnoreCase(normal.getScheme())
        && base.getHost().equalsIgnoreCase(normal.getHost())
        && port(base) == port(normal)
        && normal.getRawPath() != null
        && (normal.getRawPath() + "/").startsWith(basePath);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0
        ? uri.getPort()
        : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /**
   * Refuses a host that resolves to a loopback, private, link-local or otherwise internal address.
   */
  void checkAddress(URI uri) {
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw PluginException.transientFailure(
          502, "api_unreachable", "The API's host could not be resolved.", e);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new PluginException(
            502,
            "address_refused",
            "The API's host resolves to a loopback or private address, which is refused against"
                + " server-side request forgery (HTTP_API_PLUGIN_ALLOW_PRIVATE=true allows it).",
            null);
      }
    }
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first == 0 // this network
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved, broadcast
    }
    if (address instanceof Inet6Address) {
      int first = bytes[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      boolean mapped = true; // ::ffff:a.b.c.d: the IPv4 address decides
      for (int i = 0; i < 10; i++) {
        mapped &= bytes[i] == 0;
      }
      if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
        try {
          return isInternal(
              InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  private static InvalidContextException refused(String endpoint, String why) {
    String shown = endpoint.length() > 200 ? endpoint.substring(0, 200) + "…" : endpoint;
    return InvalidContextException.of(
        "/endpoint",
        "endpoint_refused",
        "The endpoint \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\" is refused: " + why + ".");
  }
}
