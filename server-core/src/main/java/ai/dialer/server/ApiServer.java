package ai.dialer.server;

import ai.dialer.plugin.ReadinessCheck;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.chat.ChatHandler;
import ai.dialer.server.chat.ChatSettings;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.McpSettings;
import ai.dialer.server.config.PluginSettingsTable;
import ai.dialer.server.config.ServerSettings;
import ai.dialer.server.http.ApiRouter;
import ai.dialer.server.http.BodyReader;
import ai.dialer.server.http.Draining;
import ai.dialer.server.http.InvokeHandler;
import ai.dialer.server.http.ListPluginsHandler;
import ai.dialer.server.http.Metrics;
import ai.dialer.server.http.OpenApiHandler;
import ai.dialer.server.http.OperationsHandler;
import ai.dialer.server.http.PluginCalls;
import ai.dialer.server.http.PluginInfoHandler;
import ai.dialer.server.http.SafetyHandler;
import ai.dialer.server.http.ToolsHandler;
import ai.dialer.server.mcp.McpHandler;
import ai.dialer.server.mcp.McpProtocol;
import ai.dialer.server.mcp.McpTools;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.xnio.Options;

/** The Undertow server of the plugin API, built from the Dagger graph. */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ApiServer.class.getName());

  private final Undertow undertow;
  private final Draining draining;
  private final PluginWorkers workers;
  private final AutoCloseable resources;
  private final Duration shutdownGrace;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ApiServer(
      Undertow undertow,
      Draining draining,
      PluginWorkers workers,
      AutoCloseable resources,
      Duration shutdownGrace) {
    this.undertow = undertow;
    this.draining = draining;
    this.workers = workers;
    this.resources = resources;
    this.shutdownGrace = shutdownGrace;
  }

  /**
   * Builds the assembly's graph (every plugin and the settings they read) and starts listening;
   * {@code port} 0 picks a free port. Then it waits for what the plugins need to start (the
   * database to open): a server that cannot serve does not stay up.
   *
   * @throws ConfigException if a server or plugin setting is malformed, or a service the plugins
   *     need cannot start
   * @throws ai.dialer.runtime.settings.SettingsException if a plugin's declared setting is missing
   *     or malformed
   */
  public static ApiServer start(ServerSettings settings, ServerAssembly assembly) {
    ServerGraph graph = assembly.create(settings.config());
    AutoCloseable resources = () -> closeAll(graph.resources());
    ApiServer server;
    try {
      server =
          start(
              settings,
              assembly.registry(graph),
              declared(assembly),
              resources,
              graph.readinessChecks());
    } catch (RuntimeException e) {
      closeQuietly(resources, e);
      throw e;
    }
    awaitStart(graph, server);
    return server;
  }

  /** The variables the assembly's plugin jars declare ({@code @Settings}). */
  static Set<String> declared(ServerAssembly assembly) {
    Set<String> declared = new HashSet<>();
    assembly.settings().forEach(spec -> declared.add(spec.name()));
    return declared;
  }

  /**
   * Waits for what the plugins need to start (the database to open); if it cannot, closes {@code
   * started} and throws.
   */
  static void awaitStart(ServerGraph graph, AutoCloseable started) {
    for (ReadinessCheck check : graph.readinessChecks()) {
      try {
        check.awaitStart();
      } catch (Exception e) {
        closeQuietly(started, e);
        throw new ConfigException(e.getMessage());
      }
    }
  }

  /** Closes each, even when one fails; the first failure is thrown with the others added. */
  static void closeAll(Set<AutoCloseable> resources) throws Exception {
    Exception failure = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void closeQuietly(AutoCloseable resource, Exception failure) {
    try {
      resource.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Serves {@code registry}; {@code resources} is closed after the server stops, and {@code
   * readiness} tells {@code /ready} whether the server can serve. Tests use this to serve plugins
   * of their own.
   *
   * @param declared the variables the plugins declare themselves (a plugin's prefix is theirs too)
   * @throws ConfigException if a plugin's setting is malformed
   */
  public static ApiServer start(
      ServerSettings settings,
      PluginRegistry registry,
      Set<String> declared,
      AutoCloseable resources,
      Collection<ReadinessCheck> readiness) {
    AccessControl access = AccessControl.from(settings.config(), settings.host(), registry.names());
    PluginWorkers workers = PluginWorkers.start(settings, registry, declared);
    PluginSettingsTable plugins = workers.plugins();
    Metrics metrics = workers.metrics();
    ThreadPoolExecutor pool = workers.pool();
    PluginCalls calls = workers.calls();
    BodyReader body = new BodyReader(settings.maxBodyBytes(), settings.bodyTimeout());
    McpTools tools = new McpTools(registry);
    Draining draining =
        new Draining(
            new SafetyHandler(
                new ApiRouter(
                    access,
                    new ListPluginsHandler(registry, plugins),
                    new PluginInfoHandler(registry, plugins),
                    new InvokeHandler(registry, body, pool, calls),
                    new OperationsHandler(readiness, metrics),
                    new McpHandler(
                        new McpProtocol(
                            registry,
                            tools,
                            calls,
                            McpProtocol.SERVER_NAME,
                            McpProtocol.SERVER_VERSION),
                        body,
                        pool,
                        McpSettings.from(settings.config(), settings.host())),
                    new ToolsHandler(tools, calls::enabled),
                    new OpenApiHandler(
                        registry, McpProtocol.SERVER_VERSION, () -> access.keyCount() > 0),
                    new ChatHandler(
                        ChatSettings.from(settings.config()),
                        registry,
                        tools,
                        calls,
                        calls::enabled,
                        body,
                        pool))));
    int idleMillis = (int) settings.idleTimeout().toMillis();
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(settings.port(), settings.host())
            .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, false)
            .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
            // A client that holds a connection open and sends nothing (or a request's head a
            // trickle at a time) would hold it for ever; a body that trickles is answered by
            // InvokeHandler's own deadline (BODY_TIMEOUT_SECONDS). Reads are suspended while a
            // call runs, so a slow plugin is not cut off by these.
            .setSocketOption(Options.READ_TIMEOUT, idleMillis)
            .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, idleMillis)
            .setHandler(draining)
            .build();
    undertow.start();
    access.watchKeyFile();
    AutoCloseable closing =
        () -> {
          access.close();
          resources.close();
        };
    ApiServer server =
        new ApiServer(undertow, draining, workers, closing, settings.shutdownGrace());
    List<String> disabled = plugins.disabled();
    LOG.info(
        "AI Dialer plugin API listening on http://"
            + settings.host()
            + ":"
            + server.port()
            + " with "
            + registry.names().size()
            + " plugins, "
            + (access.keyCount() == 1 ? "1 API key" : access.keyCount() + " API keys")
            + (disabled.isEmpty() ? "" : " (disabled: " + disabled + ")"));
    return server;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Stops gracefully: new requests are refused with 503, the ones in flight get up to the shutdown
   * grace to finish, then the listener closes and the plugins' resources (the database) are closed,
   * after every write that was answered.
   */
  @Override
  public void close() throws Exception {
    stop();
  }

  /**
   * {@link #close()}, telling how many requests were still in flight when the grace ran out (0 when
   * all finished, or when the server was stopped before).
   */
  public int stop() throws Exception {
    if (closed.getAndSet(true)) {
      return 0;
    }
    draining.close();
    boolean idle = draining.awaitIdle(shutdownGrace);
    int unfinished = idle ? 0 : draining.inFlight();
    if (!idle) {
      LOG.warning(
          unfinished
              + " requests still in flight after the shutdown grace of "
              + shutdownGrace.toSeconds()
              + " s; stopping anyway");
    }
    undertow.stop();
    workers.stop();
    resources.close();
    LOG.info("AI Dialer plugin API stopped");
    return unfinished;
  }

  /** How long calls in flight may take to finish when the server stops. */
  public Duration shutdownGrace() {
    return shutdownGrace;
  }
}
