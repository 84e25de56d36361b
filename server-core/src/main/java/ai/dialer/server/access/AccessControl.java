package ai.dialer.server.access;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.PluginSettings;
import ai.dialer.server.config.ServerSettings;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>{@code API_KEYS_FILE} is read again when it changes (looked at once a second), so keys are
 * added, revoked or rotated without a restart. A version that would not start the server (a
 * malformed line, an unreadable file) or that holds no key at all (a file emptied or truncated by
 * mistake would otherwise open the server to anyone) is logged and ignored: the keys read before
 * stay in force.
 */
public final class AccessControl implements AutoCloseable {
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
              "lines of 'label key [plugin,plugin,…]' (* or no list: every plugin; # comments),"
                  + " read again when it changes"),
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

  private static final long RELOAD_INTERVAL_MILLIS = 1_000;

  private volatile List<ApiKeys.ApiKey> keys;
  private final boolean openMetrics;
  private final boolean openReady;
  private final KeyFile keyFile;

  private AccessControl(
      List<ApiKeys.ApiKey> keys,
      boolean openMetrics,
      boolean openReady,
      Path keyFile,
      Config config,
      Collection<String> plugins) {
    this.keys = keys;
    this.openMetrics = openMetrics;
    this.openReady = openReady;
    this.keyFile = keyFile == null ? null : new KeyFile(keyFile, config, plugins);
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
    if (keys.isEmpty() && !ServerSettings.isLoopback(host)) {
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
    String file = config.get("API_KEYS_FILE", "");
    return new AccessControl(
        keys,
        config.getBoolean("OPEN_METRICS", false),
        config.getBoolean("OPEN_READY", false),
        file.isBlank() ? null : Path.of(file),
        config,
        plugins);
  }

  /**
   * Starts reading {@code API_KEYS_FILE} again whenever it changes, until {@link #close}; the
   * server calls it once it listens.
   */
  public void watchKeyFile() {
    if (keyFile != null && keyFile.watcher == null) {
      keyFile.watch();
    }
  }

  /** {@code API_KEYS_FILE}, as it was when its keys were last taken, and the thread that looks. */
  private final class KeyFile {
    private final Path file;
    private final Config config;
    private final Collection<String> plugins;
    private Stamp stamp;
    private Thread watcher;

    KeyFile(Path file, Config config, Collection<String> plugins) {
      this.file = file;
      this.config = config;
      this.plugins = plugins;
      this.stamp = Stamp.of(file);
    }

    void watch() {
      watcher =
          new Thread(
              () -> {
                try {
                  while (true) {
                    Thread.sleep(RELOAD_INTERVAL_MILLIS);
                    reloadIfChanged();
                  }
                } catch (InterruptedException e) {
                  // closed
                }
              },
              "api-keys-file");
      watcher.setDaemon(true);
      watcher.start();
    }

    /** Takes the file's keys if it changed since last looked at and is fit to serve with. */
    void reloadIfChanged() {
      Stamp now = Stamp.of(file);
      if (Objects.equals(now, stamp)) {
        return;
      }
      stamp = now;
      int before = keys.size();
      List<ApiKeys.ApiKey> read;
      try {
        read = ApiKeys.read(config, plugins);
      } catch (ConfigException e) {
        LOG.severe(e.getMessage() + " The " + before + " keys read before stay in force.");
        return;
      }
      if (read.isEmpty()) {
        LOG.severe(
            "API_KEYS_FILE "
                + file
                + " holds no key now. The "
                + before
                + " keys read before stay in force; restart the server to serve without keys.");
        return;
      }
      keys = read;
      LOG.info(
          "API_KEYS_FILE "
              + file
              + " changed: "
              + read.size()
              + " keys ("
              + String.join(", ", read.stream().map(ApiKeys.ApiKey::label).toList())
              + ")");
    }
  }

  /** What tells one version of a file from the next; null for a file that cannot be read. */
  private record Stamp(FileTime modified, long size, Object fileKey) {
    static Stamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
      } catch (IOException e) {
        return null;
      }
    }
  }

  /** Stops looking at {@code API_KEYS_FILE}. */
  @Override
  public void close() {
    if (keyFile != null && keyFile.watcher != null) {
      keyFile.watcher.interrupt();
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
