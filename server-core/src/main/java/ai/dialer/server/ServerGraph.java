package ai.dialer.server;

import ai.dialer.plugin.ReadinessCheck;
import ai.dialer.runtime.PluginInvoker;
import java.util.Set;

/** What a server's Dagger component gives the server: generated for each {@link PluginServer}. */
public interface ServerGraph {
  /**
   * Builds the plugin at {@code index} of {@link ServerAssembly#pluginNames()}, with what it
   * injects. The server calls it once per plugin, on the plugin's first call.
   */
  PluginInvoker plugin(int index);

  /** What {@code GET /ready} asks, and what start-up waits for. */
  Set<ReadinessCheck> readinessChecks();

  /** What is closed when the server stops, after the last call. */
  Set<AutoCloseable> resources();
}
