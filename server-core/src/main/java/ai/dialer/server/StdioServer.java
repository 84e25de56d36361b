package ai.dialer.server;

import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.ServerSettings;
import ai.dialer.server.mcp.McpProtocol;
import ai.dialer.server.mcp.McpStdio;
import ai.dialer.server.mcp.McpTools;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code java -jar server.jar --mcp-stdio}: the plugins as an MCP tool server on standard input and
 * output, the way desktop assistants start one. The same plugins, settings and policy as over HTTP;
 * no port is opened.
 */
public final class StdioServer {
  private StdioServer() {}

  /** Serves until {@code in} ends, then stops, closing the plugins' resources. */
  public static void serve(
      ServerSettings settings, ServerAssembly assembly, InputStream in, OutputStream out)
      throws Exception {
    ServerGraph graph = assembly.create(settings.config());
    AutoCloseable resources = () -> ApiServer.closeAll(graph.resources());
    try {
      PluginRegistry registry = assembly.registry(graph);
      PluginWorkers workers = PluginWorkers.start(settings, registry, ApiServer.declared(assembly));
      ApiServer.awaitStart(graph, workers::stop);
      try {
        McpStdio.serve(
            new McpProtocol(
                registry,
                new McpTools(registry),
                workers.calls(),
                McpProtocol.SERVER_NAME,
                McpProtocol.SERVER_VERSION),
            workers.pool(),
            in,
            out);
      } finally {
        workers.stop();
      }
    } finally {
      resources.close();
    }
  }
}
