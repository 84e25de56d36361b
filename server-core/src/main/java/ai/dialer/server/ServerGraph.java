package ai.dialer.server;

import ai.dialer.plugin.ReadinessCheck;
import ai.dialer.runtime.PluginRegistry;
import java.util.Set;

/** What a server's Dagger component gives the server: generated for each {@link PluginServer}. */
public interface ServerGraph {
  /** Every plugin, constructed: a setting that is missing or malformed throws here. */
  PluginRegistry registry();

  /** What {@code GET /ready} asks, and what start-up waits for. */
  Set<ReadinessCheck> readinessChecks();

  /** What is closed when the server stops, after the last call. */
  Set<AutoCloseable> resources();
}
