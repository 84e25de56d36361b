package ai.dialer.server.tools;

import ai.dialer.server.PluginServer;

/** The shipped plugins and {@link SleepPlugin}: the server the MCP client tests drive. */
@PluginServer
public interface ToolTestServer {}
