package ai.dialer.server;

import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.ServerSettings;
import ai.dialer.server.http.ApiRouter;
import ai.dialer.server.http.InvokeHandler;
import ai.dialer.server.http.ListPluginsHandler;
import ai.dialer.server.http.PluginInfoHandler;
import ai.dialer.server.http.SafetyHandler;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.util.logging.Logger;

/** The Undertow server of the plugin API, built from the Dagger graph. */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ApiServer.class.getName());

  private final Undertow undertow;
  private final AutoCloseable resources;

  private ApiServer(Undertow undertow, AutoCloseable resources) {
    this.undertow = undertow;
    this.resources = resources;
  }

  /** Builds the graph and starts listening; {@code port} 0 picks a free port. */
  public static ApiServer start(ServerSettings settings) {
    ServerComponent component = ServerComponent.create(settings);
    return start(settings, component.registry(), component.database());
  }

  /**
   * Serves {@code registry}; {@code resources} is closed after the server stops. Tests use this to
   * serve plugins of their own.
   */
  public static ApiServer start(
      ServerSettings settings, PluginRegistry registry, AutoCloseable resources) {
    SafetyHandler root =
        new SafetyHandler(
            new ApiRouter(
                new ListPluginsHandler(registry),
                new PluginInfoHandler(registry),
                new InvokeHandler(registry, settings.maxBodyBytes())));
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(settings.port(), settings.host())
            .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, false)
            .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
            .setHandler(root)
            .build();
    undertow.start();
    ApiServer server = new ApiServer(undertow, resources);
    LOG.info(
        "AI Dialer plugin API listening on http://"
            + settings.host() + ":" + server.port() + " with " + registry.all().size()
            + " plugins; data in " + settings.storage().dataDirectory().toAbsolutePath());
    return server;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  @Override
  public void close() throws Exception {
    undertow.stop();
    resources.close();
  }
}
