package ${package}.server;

import ai.dialer.server.PluginServer;

/**
 * This project's server: its plugins and those of every plugin jar among its dependencies. The
 * build generates Server_Assembly, which target/${artifactId}-server.jar runs; this package is
 * left out of the plugin jar.
 */
@PluginServer
public interface Server {}
