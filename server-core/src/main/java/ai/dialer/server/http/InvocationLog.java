package ai.dialer.server.http;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one line per invocation, in logfmt: {@code 2026-11-25T06:50:00.123Z INFO invocation request=…
 * plugin=… status=200 code=ok duration_ms=1.2}, then {@code key=<label>} for a caller with an API
 * key (its label, never the key). No parameter value is in it unless the plugin's {@code
 * <PLUGIN>_LOG_PARAMETERS=true}: then the context the client sent is appended as {@code
 * parameters="{\"text\":…}"} (compact JSON, quoted and escaped as one logfmt value).
 *
 * <p>A request thread only queues the line's fields; one background thread formats and writes them
 * in batches, so logging costs a call a queue offer instead of a formatted, flushed write (which
 * halved the server's throughput under load). If the writer falls 65 536 lines behind, lines are
 * dropped and the next written line says how many.
 */
public final class InvocationLog implements AutoCloseable {
  private record Line(
      long epochMillis,
      String requestId,
      String plugin,
      int status,
      String code,
      long nanos,
      String key,
      String parameters) {}

  private static final Line STOP = new Line(0, "", "", 0, "", 0, null, null);

  private static final long GATHER_MILLIS = 20;

  private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(65_536);
  private final AtomicLong dropped = new AtomicLong();
  private final PrintStream out;
  private final Thread writer;

  /** Writes to {@code out} (the server passes {@code System.err}, where its other logs go). */
  public InvocationLog(PrintStream out) {
    this.out = out;
    this.writer = new Thread(this::drain, "invocation-log");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues one line; {@code key} is the label of the caller's API key, or null for none; {@code
   * parameters} is the context as JSON, or null to leave it out.
   */
  void record(
      String requestId,
      String plugin,
      int status,
      String code,
      long nanos,
      String key,
      String parameters) {
    Line line =
        new Line(
            System.currentTimeMillis(), requestId, plugin, status, code, nanos, key, parameters);
    if (!queue.offer(line)) {
      dropped.incrementAndGet();
    }
  }

  private void drain() {
    List<Line> batch = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        batch.add(queue.take());
        // Let lines gather: one write per 20 ms at most, instead of a wake-up and a write per
        // call under load (each offer would otherwise wake this thread).
        Thread.sleep(GATHER_MILLIS);
        queue.drainTo(batch, 4_096);
        boolean stop = false;
        for (Line line : batch) {
          if (line == STOP) {
            stop = true;
          } else {
            format(line, text);
          }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          text.append(Instant.now())
              .append(" WARNING invocation-log dropped=")
              .append(lost)
              .append('\n');
        }
        out.print(text);
        out.flush();
        text.setLength(0);
        batch.clear();
        if (stop) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void format(Line line, StringBuilder text) {
    text.append(Instant.ofEpochMilli(line.epochMillis()))
        .append(" INFO invocation request=")
        .append(line.requestId())
        .append(" plugin=")
        .append(line.plugin())
        .append(" status=")
        .append(line.status())
        .append(" code=")
        .append(line.code())
        .append(" duration_ms=");
    long tenths = (line.nanos() + 50_000) / 100_000;
    text.append(tenths / 10).append('.').append(tenths % 10);
    if (line.key() != null) {
      text.append(" key=").append(line.key());
    }
    if (line.parameters() != null) {
      text.append(" parameters=");
      quoted(line.parameters(), text);
    }
    text.append('\n');
  }

  /** One logfmt value: in double quotes, with quotes, backslashes and line breaks escaped. */
  public static void quoted(String value, StringBuilder text) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    text.append('"');
  }

  /** Writes every line queued so far, then stops the writer. */
  @Override
  public void close() throws InterruptedException {
    if (writer.isAlive()) {
      queue.put(STOP);
      writer.join(TimeUnit.SECONDS.toMillis(5));
    }
  }
}
