package ai.dialer.server;

import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.access.AuditLog;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.PluginSettingsTable;
import ai.dialer.server.config.ServerSettings;
import ai.dialer.server.http.InvocationLog;
import ai.dialer.server.http.Metrics;
import ai.dialer.server.http.PluginCalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * What runs plugin calls, whatever the transport (HTTP, MCP over HTTP or stdio): the plugins'
 * settings, the bounded pool and the timer, the metrics, the invocation log and {@link
 * PluginCalls}.
 */
public record PluginWorkers(
    PluginSettingsTable plugins,
    Metrics metrics,
    InvocationLog log,
    AuditLog audit,
    ThreadPoolExecutor pool,
    ScheduledThreadPoolExecutor timer,
    PluginCalls calls) {
  private static final Logger LOG = Logger.getLogger(PluginWorkers.class.getName());

  /**
   * @param declared the variables the plugins declare themselves (a plugin's prefix is theirs too)
   * @throws ai.dialer.server.config.ConfigException if a plugin's setting is malformed
   */
  public static PluginWorkers start(
      ServerSettings settings, PluginRegistry registry, Set<String> declared) {
    PluginSettingsTable plugins = PluginSettingsTable.read(settings.config(), registry, declared);
    Metrics metrics = new Metrics();
    for (String plugin : registry.names()) {
      metrics.rateLimit(plugin, plugins.get(plugin).rateLimitPerMinute());
    }
    AuditLog audit = audit(settings);
    InvocationLog log = new InvocationLog(System.err);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            settings.pluginThreads(),
            settings.pluginThreads(),
            60,
            TimeUnit.SECONDS,
            // Bounded: past this many waiting calls the server answers 503 rather than queue
            // without end.
            new ArrayBlockingQueue<>(Math.max(256, settings.pluginThreads() * 16)),
            threads("plugin"));
    pool.allowCoreThreadTimeOut(true);
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads("plugin-timer"));
    timer.setRemoveOnCancelPolicy(true);
    return new PluginWorkers(
        plugins,
        metrics,
        log,
        audit,
        pool,
        timer,
        new PluginCalls(plugins, pool, timer, metrics, log, audit));
  }

  /** The audit log: {@code AUDIT_LOG}, or {@code audit.log} in the data directory. */
  private static AuditLog audit(ServerSettings settings) {
    String configured = settings.config().get("AUDIT_LOG", "");
    String dataDir = settings.config().get("DATA_DIR", "data");
    Path file = configured.isBlank() ? Path.of(dataDir, "audit.log") : Path.of(configured);
    try {
      return AuditLog.open(file);
    } catch (IOException e) {
      throw new ConfigException(
          (configured.isBlank()
                  ? "DATA_DIR=" + dataDir + " cannot hold the audit log " + file
                  : "AUDIT_LOG " + file + " cannot be opened for appending")
              + " ("
              + e.getMessage()
              + ").");
    }
  }

  /** Stops the threads (calls still running are interrupted) and closes the log. */
  public void stop() throws InterruptedException {
    pool.shutdownNow();
    timer.shutdownNow();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      LOG.warning("plugin threads still running after shutdown");
    }
    log.close();
    try {
      audit.close();
    } catch (IOException e) {
      LOG.warning("the audit log did not close: " + e.getMessage());
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
