package ai.dialer.server.access;

import ai.dialer.server.http.InvocationLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per call that can change state (an action not declared {@code readOnly}: a note saved, a
 * file written, an event deleted), in a file of its own: when, who (the API key's label, never the
 * key), what (plugin and action), and the outcome. Parameters are in it only where the invocation
 * log has them ({@code <PLUGIN>_LOG_PARAMETERS=true}). Each line is written and flushed before the
 * answer goes out.
 *
 * <pre>2026-12-02T10:00:00.123Z request=… key=ops plugin=FilePlugin action=write status=200 code=ok
 * </pre>
 */
public final class AuditLog implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  private final Path file;
  private final BufferedWriter out;
  private boolean failed;

  private AuditLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file} for appending, creating it and its directory. */
  public static AuditLog open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new AuditLog(
        file,
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE));
  }

  public Path file() {
    return file;
  }

  /** Writes one line; {@code parameters} is the context as JSON, or null. */
  public synchronized void record(
      String requestId,
      String key,
      String plugin,
      String action,
      int status,
      String code,
      String parameters) {
    StringBuilder line =
        new StringBuilder()
            .append(Instant.now())
            .append(" request=")
            .append(requestId)
            .append(" key=")
            .append(key)
            .append(" plugin=")
            .append(plugin)
            .append(" action=")
            .append(action)
            .append(" status=")
            .append(status)
            .append(" code=")
            .append(code);
    if (parameters != null) {
      line.append(" parameters=");
      InvocationLog.quoted(parameters, line);
    }
    try {
      out.write(line.append('\n').toString());
      out.flush();
      failed = false;
    } catch (IOException e) {
      if (!failed) {
        LOG.log(Level.SEVERE, "The audit log " + file + " cannot be written", e);
        failed = true;
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
