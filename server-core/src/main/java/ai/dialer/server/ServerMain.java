package ai.dialer.server;

import ai.dialer.runtime.settings.SettingsException;
import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.ServerSettings;
import java.io.PrintStream;
import java.util.List;

/**
 * Starts a server with settings from the environment and {@code .env}: what a generated {@code
 * FooServer_Assembly.main} calls.
 */
public final class ServerMain {
  private ServerMain() {}

  /** {@code --help} lists every setting; no argument starts the server. */
  public static void run(String[] args, ServerAssembly assembly) {
    if (List.of(args).equals(List.of("--help")) || List.of(args).equals(List.of("-h"))) {
      Help.print(assembly, System.out);
      return;
    }
    boolean stdio = List.of(args).equals(List.of("--mcp-stdio"));
    if (args.length > 0 && !stdio) {
      System.err.println("Unknown arguments " + List.of(args) + ". " + Help.USAGE);
      System.exit(2);
      return;
    }
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    if (stdio) {
      // Standard output carries MCP's messages and nothing else: a stray line would be read as
      // one. Anything printed to it goes to standard error instead.
      PrintStream protocolOut = System.out;
      System.setOut(System.err);
      try {
        StdioServer.serve(
            ServerSettings.from(Config.fromEnvironment()), assembly, System.in, protocolOut);
      } catch (ConfigException | SettingsException e) {
        System.err.println("Configuration error: " + e.getMessage());
        System.exit(2);
      } catch (Exception e) {
        System.err.println("MCP over stdio failed: " + e);
        System.exit(1);
      }
      return;
    }
    ServerSettings settings;
    ApiServer server;
    try {
      settings = ServerSettings.from(Config.fromEnvironment());
      server = ApiServer.start(settings, assembly);
    } catch (ConfigException | SettingsException e) {
      System.err.println("Configuration error: " + e.getMessage());
      System.err.println("java -jar … --help lists every setting.");
      System.exit(2);
      return;
    }
    System.out.println("Listening on http://" + settings.host() + ":" + server.port());
    stopOnSignal(server, System.err);
  }

  /**
   * SIGTERM and SIGINT: refuse new calls, let the ones in flight finish (SHUTDOWN_GRACE_SECONDS),
   * then close the plugins' resources. Written to standard error directly: java.util.logging's own
   * shutdown hook closes its handlers meanwhile, so logger lines from here may be lost.
   */
  private static void stopOnSignal(ApiServer server, PrintStream err) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  err.println(
                      "Stopping: new calls are refused; calls in flight get up to "
                          + server.shutdownGrace().toSeconds()
                          + " s to finish");
                  try {
                    int unfinished = server.stop();
                    err.println(
                        unfinished == 0
                            ? "Stopped; every answered write is on disk"
                            : "Stopped with " + unfinished + " calls unfinished after the grace");
                  } catch (Exception e) {
                    err.println("Shutdown failed: " + e);
                  }
                },
                "shutdown"));
  }
}
