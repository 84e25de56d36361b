package ai.dialer.guide.code;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import ai.dialer.plugin.PluginException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The guide's code executor, made safe: a JavaScript snippet runs in GraalJS's sandbox ({@link
 * JsRunner}), in a JVM of its own per run, so that the server never loads the engine, and a snippet
 * can exhaust nothing but its own process. Each run is bounded in wall-clock time, statements, heap
 * and output; at most {@code CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS} run at once, and a run past
 * them is refused at once. Every way a snippet fails is an answer with {@code success: false} and
 * an error that says which limit it hit. Off until {@code CODE_EXECUTOR_PLUGIN_ENABLED=true}.
 */
@Singleton
@Plugin(
    description =
        "Runs a JavaScript snippet in a sandbox (no files, network, environment or host access)"
            + " and returns what it printed with console.log, or its error.")
@Policy(
    enabledByDefault = false,
    requiresKey = true,
    timeoutMillis = 120_000,
    maxConcurrentCalls = 1000)
public final class CodeExecutorPlugin {
  private static final Logger LOG = Logger.getLogger(CodeExecutorPlugin.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The time a run's JVM and JavaScript engine take to start, on top of the snippet's limit, before
   * the process is killed whatever it is doing.
   */
  static final long START_GRACE_MILLIS = 20_000;

  private final CodeExecutorSettings settings;
  private final Semaphore runs;

  @Inject
  public CodeExecutorPlugin(CodeExecutorSettings settings) {
    this.settings = settings;
    this.runs = new Semaphore(settings.maxConcurrentRuns());
  }

  /**
   * The guide's answer.
   *
   * @param output what the snippet printed
   * @param error why it failed; null when it succeeded
   * @param success whether it ran to its end within every limit
   */
  public record Ran(String output, String error, boolean success) {}

  @Action(description = "Run a JavaScript snippet.")
  public Ran execute(
      @Param(
              description = "The JavaScript to run; print with console.log.",
              examples = "console.log([1, 2, 3].map(x => x * x).join(', '))")
          @Length(min = 1, max = 100_000)
          String code) {
    if (!runs.tryAcquire()) {
      return new Ran(
          "",
          "Too many snippets are running (at most "
              + settings.maxConcurrentRuns()
              + " at once); try again shortly.",
          false);
    }
    try {
      return run(code);
    } finally {
      runs.release();
    }
  }

  private Ran run(String code) {
    Path errors;
    Process started;
    try {
      // What the run's JVM itself says (not the snippet: its output is bounded inside), kept for
      // the server's log if the run fails without an answer.
      errors = Files.createTempFile("code-run-", ".err");
    } catch (IOException e) {
      throw new PluginException(
          503, "sandbox_unavailable", "The sandbox's process could not be started.", e);
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command())
              .redirectError(errors.toFile())
              .directory(errors.getParent().toFile());
      // A snippet's process gets nothing of the server's environment.
      builder.environment().clear();
      started = builder.start();
    } catch (IOException e) {
      delete(errors);
      throw new PluginException(
          503, "sandbox_unavailable", "The sandbox's process could not be started.", e);
    }
    Process process = started;
    // Whatever happens to the snippet's own watchdog, its process ends within the hard limit.
    AtomicBoolean killed = new AtomicBoolean();
    CompletableFuture.delayedExecutor(
            settings.timeoutMillis() + START_GRACE_MILLIS, TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (process.isAlive()) {
                killed.set(true);
                process.destroyForcibly();
              }
            });
    try {
      try (OutputStream in = process.getOutputStream()) {
        in.write(code.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The process ended before it read the snippet; its exit says why.
      }
      byte[] answer;
      try (InputStream out = process.getInputStream()) {
        // Escaping can grow a byte of output to six; the rest of the answer is small.
        answer = out.readNBytes(settings.maxOutputBytes() * 6 + 4096);
      }
      int exit = process.waitFor();
      if (killed.get()) {
        return new Ran("", timedOut(), false);
      }
      return outcome(exit, answer, errors);
    } catch (IOException e) {
      throw new PluginException("The sandbox's answer could not be read.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginException("The run was stopped.", e);
    } finally {
      process.destroyForcibly();
      delete(errors);
    }
  }

  private List<String> command() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.memoryMegabytes() + "m",
        "-Xss2m",
        "-XX:MaxMetaspaceSize=192m",
        "-XX:MaxDirectMemorySize=16m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:-UsePerfData",
        "-Dpolyglot.engine.WarnInterpreterOnly=false",
        "-cp",
        classPath(),
        JsRunner.class.getName(),
        Long.toString(settings.timeoutMillis()),
        Long.toString(settings.maxStatements()),
        Integer.toString(settings.maxOutputBytes()));
  }

  /**
   * This JVM's class path (GraalJS and {@link JsRunner} are on it), each entry absolute: the run's
   * JVM starts in another directory, and {@code java -jar server/target/…} gives a relative one.
   */
  static String classPath() {
    StringBuilder absolute = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        absolute.append(absolute.length() == 0 ? "" : File.pathSeparator);
        absolute.append(Path.of(entry).toAbsolutePath());
      }
    }
    return absolute.toString();
  }

  /** The runner's answer, or what its exit says when it could not give one. */
  private Ran outcome(int exit, byte[] answer, Path errors) {
    if (exit == JsRunner.EXIT_OUT_OF_MEMORY) {
      return new Ran("", JsRunner.OUT_OF_MEMORY, false);
    }
    JsonNode node;
    try {
      node = answer.length == 0 ? null : JSON.readTree(answer);
    } catch (IOException e) {
      node = null;
    }
    if (exit != 0 || node == null || !node.isObject()) {
      // Not the snippet's failure (every one of those is an answer): the sandbox's own.
      LOG.warning(
          "A code executor run ended with exit status "
              + exit
              + " and no answer; its JVM said: "
              + firstBytes(errors));
      throw new PluginException(
          500,
          "sandbox_failed",
          "The sandbox could not run the snippet; the server's log says why.",
          null);
    }
    JsonNode error = node.path("error");
    return new Ran(
        node.path("output").asText(""),
        error.isTextual() ? error.asText() : null,
        node.path("success").asBoolean(false));
  }

  private static String firstBytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(2048), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(nothing readable)";
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a file in the temporary directory: the system cleans it up
    }
  }

  private String timedOut() {
    return "The snippet ran longer than " + settings.timeoutMillis() + " ms.";
  }
}
