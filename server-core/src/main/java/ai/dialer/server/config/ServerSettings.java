package ai.dialer.server.config;

import ai.dialer.runtime.settings.SettingSpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * The server's own settings, read and checked once at start-up, so a bad value stops the server
 * with a message that names it instead of failing the first request. Plugins declare their own
 * ({@code @Settings}); these are the ones every server has.
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted
 * @param pluginThreads how many plugin calls run at once across all plugins
 * @param shutdownGrace how long calls in flight may take to finish when the server stops
 * @param idleTimeout how long a connection may send nothing while the server waits to read from it
 *     (between requests, or inside a request's head or body) before it is closed; a call that is
 *     running is not cut off by it
 * @param bodyTimeout how long an invoke request's body may take to arrive in full, however it
 *     trickles, before the request is answered 408 and its connection closed
 * @param config the raw settings, for what is read per plugin once the plugins are known
 */
public record ServerSettings(
    String host,
    int port,
    int maxBodyBytes,
    int pluginThreads,
    Duration shutdownGrace,
    Duration idleTimeout,
    Duration bodyTimeout,
    Config config) {
  /**
   * {@code PLUGIN_THREADS} unless set: 8 per processor, as Undertow sizes its own worker pool, and
   * at least 16 for plugins that block. More threads than the cores can run make CPU-bound calls
   * wait in the scheduler instead of in the queue: at 64 on 2 cores the load benchmark's p99 was 14
   * ms, at 16 it was 8 ms (benchmarks/README.md).
   */
  public static final int DEFAULT_PLUGIN_THREADS =
      Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

  /** The server's settings, for {@code --help}. */
  public static final List<SettingSpec> SPECS =
      List.of(
          spec("HOST", "an address", "127.0.0.1", "the address to listen on"),
          spec("PORT", "a port from 0 to 65535", "5000", "the port; 0 picks a free one"),
          spec("MAX_BODY_BYTES", "a whole number", "1048576", "the largest request body"),
          spec(
              "PLUGIN_THREADS",
              "a whole number from 1 to 10000",
              Integer.toString(DEFAULT_PLUGIN_THREADS),
              "worker threads for synchronous plugin calls, shared by all plugins (8 per"
                  + " processor, at least 16)"),
          spec(
              "SHUTDOWN_GRACE_SECONDS",
              "seconds, 0 to 3600",
              "30",
              "how long calls in flight may take to finish when the server stops"),
          spec(
              "IDLE_TIMEOUT_SECONDS",
              "seconds, 1 to 3600",
              "60",
              "a connection that sends nothing for this long is closed"),
          spec(
              "BODY_TIMEOUT_SECONDS",
              "seconds, 1 to 3600",
              "30",
              "an invoke request's body must arrive in full within this long"));

  private static SettingSpec spec(String name, String type, String value, String description) {
    return new SettingSpec(name, type, value, description, false, false);
  }

  public static ServerSettings from(Config config) {
    String host = config.get("HOST", "127.0.0.1");
    int port = config.getInt("PORT", 5000, 0, 65_535);
    int maxBody = config.getInt("MAX_BODY_BYTES", 1 << 20, 1, Integer.MAX_VALUE);
    int threads = config.getInt("PLUGIN_THREADS", DEFAULT_PLUGIN_THREADS, 1, 10_000);
    int grace = config.getInt("SHUTDOWN_GRACE_SECONDS", 30, 0, 3_600);
    int idle = config.getInt("IDLE_TIMEOUT_SECONDS", 60, 1, 3_600);
    int body = config.getInt("BODY_TIMEOUT_SECONDS", 30, 1, 3_600);
    return new ServerSettings(
        host,
        port,
        maxBody,
        threads,
        Duration.ofSeconds(grace),
        Duration.ofSeconds(idle),
        Duration.ofSeconds(body),
        config);
  }

  /** The same settings with other values for some variables, for tests and tools. */
  public ServerSettings with(java.util.Map<String, String> values) {
    return from(config.with(values));
  }

  /**
   * Whether {@code host} (an address or a name to listen on) is loopback only: every address it
   * resolves to is ({@code 127.0.0.1}, {@code 127.0.0.2}, {@code ::1}, {@code localhost}).
   */
  public static boolean isLoopback(String host) {
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
}
