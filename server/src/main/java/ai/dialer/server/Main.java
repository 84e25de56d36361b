package ai.dialer.server;

import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.ServerSettings;

/** Starts the plugin API with settings from the environment and {@code .env}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    ServerSettings settings;
    ApiServer server;
    try {
      settings = ServerSettings.from(Config.fromEnvironment());
      server = ApiServer.start(settings);
    } catch (ConfigException e) {
      System.err.println("Configuration error: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.println("Listening on http://" + settings.host() + ":" + server.port());
    // SIGTERM and SIGINT: refuse new calls, let the ones in flight finish (SHUTDOWN_GRACE_SECONDS),
    // then close the database. Written to standard error directly: java.util.logging's own
    // shutdown hook closes its handlers meanwhile, so logger lines from here may be lost.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println(
                      "Stopping: new calls are refused; calls in flight get up to "
                          + server.shutdownGrace().toSeconds()
                          + " s to finish");
                  try {
                    int unfinished = server.stop();
                    System.err.println(
                        unfinished == 0
                            ? "Stopped; every answered write is on disk"
                            : "Stopped with " + unfinished + " calls unfinished after the grace");
                  } catch (Exception e) {
                    System.err.println("Shutdown failed: " + e);
                  }
                },
                "shutdown"));
  }
}
