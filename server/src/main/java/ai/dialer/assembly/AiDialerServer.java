package ai.dialer.assembly;

import ai.dialer.server.PluginServer;

/**
 * The default server: the shipped plugins (the {@code aidialer-plugins} jar) on the embedded
 * defaults. Its build generates {@code AiDialerServer_Assembly}, whose {@code main} the jar runs.
 */
@PluginServer
public interface AiDialerServer {}
