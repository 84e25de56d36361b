package ai.dialer.server.access;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.PluginSettings;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * Who may call the server. With API keys configured ({@link ApiKeys}), the invoke API, {@code
 * /mcp}, {@code /api/chat} and the tool exports need {@code Authorization: Bearer <key>}: a missing
 * or unknown key is a 401, a plugin the key may not call a 403 {@code plugin_not_allowed}; {@code
 * /metrics} and {@code /ready} need one too unless opened ({@code OPEN_METRICS}, {@code
 * OPEN_READY}); {@code /health} is always open. Keys are compared in constant time, and never
 * logged or answered: logs name a key's label.
 *
 * <p>Without keys the server serves only a loopback address: asked to bind another, it refuses to
 * start unless {@code ALLOW_UNAUTHENTICATED=true}, which it then warns about at every start.
 */
public final class AccessControl {
  private static final Logger LOG = Logger.getLogger(AccessControl.class.getName());
  private static final AttachmentKey<Caller> CALLER = AttachmentKey.create(Caller.class);
  private static final String BEARER = "Bearer ";

  /** The settings, for {@code --help}. */
  public static final List<SettingSpec> SPECS =
      List.of(
          new SettingSpec(
              "API_KEYS",
              "label:key,label:key",
              null,
              "keys that may call every plugin (at least 16 characters each)",
              false,
              true),
          spec(
              "API_KEYS_FILE",
              "a file",
              null,
              "lines of 'label key [plugin,plugin,…]' (* or no list: every plugin; # comments)"),
          spec(
              "ALLOW_UNAUTHENTICATED",
              "true or false",
              "false",
              "true lets a server without keys listen on an address other than loopback"),
          spec("OPEN_METRICS", "true or false", "false", "true serves /metrics without a key"),
          spec("OPEN_READY", "true or false", "false", "true serves /ready without a key"),
          spec(
              PluginSettings.RATE_LIMIT,
              "a whole number",
              "0",
              "calls a minute per key and plugin (0: no limit); past them, 429"),
          spec(
              "AUDIT_LOG",
              "a file",
              "DATA_DIR/audit.log",
              "where each call that can change state is recorded"));

  private final List<ApiKeys.ApiKey> keys;
  private final boolean openMetrics;
  private final boolean openReady;

  AccessControl(List<ApiKeys.ApiKey> keys, boolean openMetrics, boolean openReady) {
    this.keys = keys;
    this.openMetrics = openMetrics;
    this.openReady = openReady;
  }

  private static SettingSpec spec(String name, String type, String value, String description) {
    return new SettingSpec(name, type, value, description, false, false);
  }

  /**
   * The access rules of a server listening on {@code host} with {@code plugins}.
   *
   * @throws ConfigException for a malformed key, or a server without keys asked to listen on an
   *     address that is not loopback without {@code ALLOW_UNAUTHENTICATED=true}
   */
  public static AccessControl from(Config config, String host, Collection<String> plugins) {
    List<ApiKeys.ApiKey> keys = ApiKeys.read(config, plugins);
    boolean allowUnauthenticated = config.getBoolean("ALLOW_UNAUTHENTICATED", false);
    if (keys.isEmpty() && !isLoopback(host)) {
      if (!allowUnauthenticated) {
        throw new ConfigException(
            "HOST="
                + host
                + " would let anyone who reaches this address call every plugin, and no API key"
                + " is configured. Set API_KEYS or API_KEYS_FILE, or listen on 127.0.0.1, or set"
                + " ALLOW_UNAUTHENTICATED=true to serve without keys anyway.");
      }
      LOG.warning(
          "Serving HOST="
              + host
              + " without API keys (ALLOW_UNAUTHENTICATED=true): anyone who reaches it may call"
              + " every plugin.");
    }
    return new AccessControl(
        keys, config.getBoolean("OPEN_METRICS", false), config.getBoolean("OPEN_READY", false));
  }

  static boolean isLoopback(String host) {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** How many keys are configured, for the start-up line. */
  public int keyCount() {
    return keys.size();
  }

  /**
   * The caller of {@code exchange}, from its {@code Authorization} header, kept on the exchange for
   * {@link #caller}.
   *
   * @throws ApiError 401 {@code unauthorized} for a missing or unknown key on a server with keys
   */
  public Caller authenticate(HttpServerExchange exchange) throws ApiError {
    Caller caller = exchange.getAttachment(CALLER);
    if (caller != null) {
      return caller;
    }
    if (keys.isEmpty()) {
      caller = Caller.ANONYMOUS;
    } else {
      String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
      if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        throw ApiError.of(
            401,
            "unauthorized",
            "This server needs an API key: send it as 'Authorization: Bearer <key>'.");
      }
      ApiKeys.ApiKey key = find(header.substring(BEARER.length()).strip());
      if (key == null) {
        throw ApiError.of(401, "unauthorized", "The API key is not one this server accepts.");
      }
      caller = new Caller(key.label(), key.plugins(), true);
    }
    exchange.putAttachment(CALLER, caller);
    return caller;
  }

  /**
   * Checks the key of a request to {@code /metrics} or {@code /ready}, unless that path is open.
   */
  public void authenticateOperations(HttpServerExchange exchange, String path) throws ApiError {
    boolean open = path.equals("/metrics") ? openMetrics : path.equals("/ready") ? openReady : true;
    if (!open) {
      authenticate(exchange);
    }
  }

  /** The key {@code presented} is, compared with every key in constant time; or null. */
  private ApiKeys.ApiKey find(String presented) {
    byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
    ApiKeys.ApiKey found = null;
    for (ApiKeys.ApiKey key : keys) {
      // Every key is compared, whatever matched before: the time says nothing of which did.
      if (MessageDigest.isEqual(key.secret(), bytes)) {
        found = key;
      }
    }
    return found;
  }

  /** Who called with {@code exchange}, once {@link #authenticate} has said. */
  public static Caller caller(HttpServerExchange exchange) {
    Caller caller = exchange.getAttachment(CALLER);
    return caller == null ? Caller.ANONYMOUS : caller;
  }
}
