package ai.dialer.server.config;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.storage.StorageSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting, read and checked once at start-up, so a bad value stops the server with a message
 * that names it instead of failing the first request.
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted
 * @param storage where plugins keep data
 * @param chatBackend the language model, if configured
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
    StorageSettings storage,
    ChatBackendSettings chatBackend,
    int pluginThreads,
    Duration shutdownGrace,
    Duration idleTimeout,
    Duration bodyTimeout,
    Config config) {
  public static ServerSettings from(Config config) {
    String host = config.get("HOST", "127.0.0.1");
    int port = config.getInt("PORT", 5000, 0, 65_535);
    int maxBody = config.getInt("MAX_BODY_BYTES", 1 << 20, 1, Integer.MAX_VALUE);
    Path dataDir = Path.of(config.get("DATA_DIR", "data"));
    int threads = config.getInt("PLUGIN_THREADS", 64, 1, 10_000);
    int grace = config.getInt("SHUTDOWN_GRACE_SECONDS", 30, 0, 3_600);
    int idle = config.getInt("IDLE_TIMEOUT_SECONDS", 60, 1, 3_600);
    int body = config.getInt("BODY_TIMEOUT_SECONDS", 30, 1, 3_600);
    return new ServerSettings(
        host,
        port,
        maxBody,
        new StorageSettings(dataDir),
        chat(config),
        threads,
        Duration.ofSeconds(grace),
        Duration.ofSeconds(idle),
        Duration.ofSeconds(body),
        config);
  }

  private static ChatBackendSettings chat(Config config) {
    Optional<String> base = config.get("OPENAI_BASE_URL");
    Optional<String> key = config.get("OPENAI_API_KEY");
    int timeoutSeconds = config.getInt("OPENAI_TIMEOUT_SECONDS", 30, 1, 600);
    String model = config.get("OPENAI_MODEL", "gpt-4o-mini");
    if (base.isEmpty() && key.isEmpty()) {
      return ChatBackendSettings.none();
    }
    URI uri;
    try {
      uri = URI.create(base.orElse("https://api.openai.com/v1"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("OPENAI_BASE_URL is not a URL: \"" + base.get() + "\".");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new ConfigException(
          "OPENAI_BASE_URL must be an http or https URL such as https://api.openai.com/v1, but is \""
              + uri
              + "\".");
    }
    return new ChatBackendSettings(
        Optional.of(uri), key.orElse(""), model, Duration.ofSeconds(timeoutSeconds));
  }
}
