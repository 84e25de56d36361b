package ai.dialer.guide.code;

import ai.dialer.plugin.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs one JavaScript snippet, read from standard input, in GraalJS's sandbox, and writes the
 * outcome to standard output as one JSON object: the main class of the process {@link
 * CodeExecutorPlugin} starts per run, whose heap is the memory bound. The snippet has no host
 * access (no Java, no {@code Packages}), no I/O, no threads, no processes, no native access and no
 * environment; it may run a number of statements, for a time, and print a number of bytes.
 *
 * <pre>java -Xmx128m … JsRunner TIMEOUT_MILLIS MAX_STATEMENTS MAX_OUTPUT_BYTES &lt; snippet.js
 * </pre>
 */
public final class JsRunner {
  /** The exit status of a JVM that {@code -XX:+ExitOnOutOfMemoryError} ended. */
  static final int EXIT_OUT_OF_MEMORY = 3;

  static final String OUT_OF_MEMORY = "The snippet ran out of memory (its process's heap).";

  /**
   * Removes the globals that name the host (they lead nowhere without host access, but a snippet
   * should not see them at all) and GraalJS's file loading (refused without I/O anyway).
   */
  private static final String HIDDEN_GLOBALS =
      "for (const name of ['Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu',"
          + " 'net', 'load', 'loadWithNewGlobal', 'Graal', 'Polyglot']) { delete globalThis[name]; }";

  private JsRunner() {}

  public static void main(String[] args) throws IOException {
    long timeoutMillis = Long.parseLong(args[0]);
    long maxStatements = Long.parseLong(args[1]);
    int maxOutputBytes = Integer.parseInt(args[2]);
    String code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Nothing but the outcome goes to standard output.
    System.setOut(System.err);
    String outcome = run(code, timeoutMillis, maxStatements, maxOutputBytes);
    protocol.println(outcome);
    protocol.flush();
    System.exit(0);
  }

  /** Why a run was stopped from outside the snippet. */
  private enum Stop {
    TIMEOUT,
    OUTPUT
  }

  private static String run(String code, long timeoutMillis, long maxStatements, int maxOutput) {
    // Completed when the run must stop: by the watchdog after the time limit, or by the output
    // bound; the watchdog then cancels the snippet.
    CompletableFuture<Stop> stop = new CompletableFuture<>();
    Bounded output = new Bounded(maxOutput, () -> stop.complete(Stop.OUTPUT));
    try (Context context =
        Context.newBuilder("js")
            .sandbox(SandboxPolicy.CONSTRAINED)
            .out(output)
            .err(output)
            .in(InputStream.nullInputStream())
            // No host objects at all, and (as the constrained policy wants) no mapping of guest
            // values to mutable host types either.
            .allowHostAccess(
                HostAccess.newBuilder(HostAccess.NONE).allowMutableTargetMappings().build())
            .allowHostClassLookup(name -> false)
            .allowIO(IOAccess.NONE)
            .allowCreateThread(false)
            .allowNativeAccess(false)
            .allowCreateProcess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowPolyglotAccess(PolyglotAccess.NONE)
            .resourceLimits(ResourceLimits.newBuilder().statementLimit(maxStatements, null).build())
            .option("engine.WarnInterpreterOnly", "false")
            .build()) {
      Thread watchdog =
          new Thread(
              () -> {
                try {
                  stop.complete(stop.get(timeoutMillis, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                  stop.complete(Stop.TIMEOUT);
                } catch (InterruptedException | ExecutionException e) {
                  return; // the snippet finished first
                }
                context.close(true);
              },
              "watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      String failure = null;
      try {
        context.eval("js", HIDDEN_GLOBALS);
        context.eval(Source.newBuilder("js", code, "snippet.js").buildLiteral());
      } catch (PolyglotException e) {
        failure = failure(e, maxStatements);
      } finally {
        watchdog.interrupt();
      }
      return outcome(stop, output, timeoutMillis, failure);
    } catch (PolyglotException e) {
      // Closing a cancelled context reports the cancellation again.
      return outcome(stop, output, timeoutMillis, failure(e, maxStatements));
    } catch (OutOfMemoryError e) {
      return outcome(false, output.text(), OUT_OF_MEMORY);
    }
  }

  private static String outcome(
      CompletableFuture<Stop> stop, Bounded output, long timeoutMillis, String failure) {
    Stop stopped = stop.getNow(null);
    if (stopped == Stop.OUTPUT || output.exceeded) {
      return outcome(false, output.text(), output.limitMessage());
    }
    if (stopped == Stop.TIMEOUT) {
      return outcome(false, output.text(), "The snippet ran longer than " + timeoutMillis + " ms.");
    }
    return outcome(failure == null, output.text(), failure);
  }

  private static String failure(PolyglotException e, long maxStatements) {
    if (e.isResourceExhausted()) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("memory")
          ? OUT_OF_MEMORY
          : "The snippet ran more than " + maxStatements + " statements.";
    }
    if (e.isHostException() && e.asHostException() instanceof OutOfMemoryError) {
      return OUT_OF_MEMORY;
    }
    return String.valueOf(e.getMessage());
  }

  /** {@code {"success": …, "output": …, "error": …}}. */
  static String outcome(boolean success, String output, String error) {
    return "{\"success\":"
        + success
        + ",\"output\":"
        + JsonValue.of(output).json()
        + ",\"error\":"
        + (error == null ? "null" : JsonValue.of(error).json())
        + "}";
  }

  /** What the snippet prints, up to the limit; past it, the rest is refused. */
  private static final class Bounded extends OutputStream {
    private final int limit;
    private final Runnable onExceeded;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    volatile boolean exceeded;

    Bounded(int limit, Runnable onExceeded) {
      this.limit = limit;
      this.onExceeded = onExceeded;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      int room = limit - kept.size();
      if (length > room) {
        kept.write(bytes, offset, Math.max(0, room));
        exceeded = true;
        onExceeded.run();
        throw new IOException("output limit of " + limit + " bytes");
      }
      kept.write(bytes, offset, length);
    }

    String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }

    String limitMessage() {
      return "The snippet printed more than " + limit + " bytes.";
    }
  }
}
