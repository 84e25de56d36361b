package ai.dialer.guide.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hostile snippets against the sandbox: each ends within its limit with {@code success: false} and
 * an error that says why, and the plugin keeps running snippets afterwards.
 */
class CodeExecutorPluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * 3 s, statements enough that time ends a loop first, 64 MiB, 10 kB of output, 2 runs at once.
   */
  private static final CodeExecutorSettings LIMITS =
      new CodeExecutorSettings(3_000, 10_000_000_000L, 64, 10_000, 2);

  private final CodeExecutorPlugin plugin = new CodeExecutorPlugin(LIMITS);
  private final PluginTester tester = PluginTester.of(new CodeExecutorPlugin_Invoker(plugin));

  private JsonNode run(String code) throws IOException {
    PluginTester.Answer answer =
        tester.call(
            "CodeExecutorPlugin",
            JsonNodeFactory.instance.objectNode().put("code", code).toString());
    assertEquals(200, answer.status(), answer.json());
    return JSON.readTree(answer.json()).path("result");
  }

  private static void assertFailed(JsonNode result, String error) {
    assertFalse(result.path("success").asBoolean(), result.toString());
    assertTrue(result.path("error").asText().contains(error), result.toString());
  }

  /** Runs {@code code} and says how long it took, in milliseconds. */
  private long timed(String code, String error) throws IOException {
    long start = System.nanoTime();
    assertFailed(run(code), error);
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void runsASnippetAndReturnsWhatItPrinted() throws IOException {
    JsonNode result =
        run("const squares = [1, 2, 3].map(x => x * x);\nconsole.log(squares.join(', '));");
    assertEquals("1, 4, 9\n", result.path("output").asText());
    assertTrue(result.path("error").isNull(), result.toString());
    assertTrue(result.path("success").asBoolean());
  }

  @Test
  void aRelativeClassPathStillFindsTheSandbox() throws IOException {
    // java -jar server/target/aidialer-server.jar gives a relative class path; runs start
    // elsewhere.
    String original = System.getProperty("java.class.path");
    Path here = Path.of("").toAbsolutePath();
    StringBuilder relative = new StringBuilder();
    for (String entry : original.split(File.pathSeparator)) {
      relative.append(relative.length() == 0 ? "" : File.pathSeparator);
      relative.append(here.relativize(Path.of(entry).toAbsolutePath()));
    }
    System.setProperty("java.class.path", relative.toString());
    try {
      assertEquals("2\n", run("console.log(1 + 1)").path("output").asText());
    } finally {
      System.setProperty("java.class.path", original);
    }
  }

  @Test
  void aSandboxThatCannotStartIsTheServersFailureNotTheSnippets() {
    String original = System.getProperty("java.class.path");
    System.setProperty("java.class.path", "/nonexistent/sandbox.jar");
    try {
      PluginTester.Answer answer = tester.call("CodeExecutorPlugin", "{\"code\": \"1\"}");
      assertEquals(500, answer.status(), answer.json());
      assertTrue(answer.json().contains("\"code\":\"sandbox_failed\""), answer.json());
    } finally {
      System.setProperty("java.class.path", original);
    }
  }

  @Test
  void aThrownErrorIsTheError() throws IOException {
    JsonNode result = run("console.log('before'); throw new TypeError('no such thing');");
    assertFailed(result, "TypeError: no such thing");
    assertEquals("before\n", result.path("output").asText());
    assertFailed(run("this is not JavaScript"), "SyntaxError");
  }

  @Test
  void anInfiniteLoopEndsAtTheTimeLimit() throws IOException {
    long took = timed("while (true) {}", "ran longer than 3000 ms");
    assertTrue(took < 3_000 + CodeExecutorPlugin.START_GRACE_MILLIS, took + " ms");
  }

  @Test
  void catastrophicBacktrackingEndsAtTheTimeLimit() throws IOException {
    // The regular expression engine runs no statements: only the clock stops it.
    // (A lookahead and a back reference force the backtracking engine.)
    long took =
        timed("/^(?=(a+))+(a+)+\\2$/.test('a'.repeat(30) + 'b')", "ran longer than 3000 ms");
    assertTrue(took < 3_000 + CodeExecutorPlugin.START_GRACE_MILLIS, took + " ms");
  }

  @Test
  void aLoopOfStatementsEndsAtTheStatementLimit() throws IOException {
    PluginTester generous =
        PluginTester.of(
            new CodeExecutorPlugin_Invoker(
                new CodeExecutorPlugin(
                    new CodeExecutorSettings(60_000, 1_000_000, 64, 10_000, 1))));
    long start = System.nanoTime();
    JsonNode result =
        JSON.readTree(
                generous.invoke("CodeExecutorPlugin", "{\"code\": \"for (;;) { let x = 1; }\"}"))
            .path("result");
    assertFailed(result, "ran more than 1000000 statements");
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "long before the 60 s time limit");
  }

  @Test
  void aMemoryBombEndsAtTheHeapBound() throws IOException {
    timed(
        "const hoard = []; while (true) { hoard.push(new Array(1e6).fill(1.5)); }",
        "ran out of memory");
    timed("let s = 'x'; while (true) { s = s + s; }", "");
  }

  @Test
  void megabytesOfOutputStopAtTheOutputCap() throws IOException {
    JsonNode result = run("while (true) { console.log('x'.repeat(1e6)); }");
    assertFailed(result, "printed more than 10000 bytes");
    assertTrue(result.path("output").asText().length() <= 10_000);
    JsonNode errors = run("for (let i = 0; i < 1e6; i++) { console.error('e'.repeat(100)); }");
    assertFailed(errors, "printed more than 10000 bytes");
  }

  @Test
  void theHostIsOutOfReach() throws IOException {
    assertFailed(run("java.lang.System.exit(1)"), "java is not defined");
    assertFailed(run("Packages.java.lang.System.getenv()"), "Packages is not defined");
    assertFailed(run("Java.type('java.lang.System')"), "Java is not defined");
    assertFailed(run("Polyglot.eval('js', '1')"), "Polyglot is not defined");
    assertFailed(run("const g = (0, eval)('this'); g.Java.type('java.lang.Runtime')"), "undefined");
    assertFailed(run("new Worker('x.js')"), "Worker is not defined");
  }

  @Test
  void filesAndTheEnvironmentAreOutOfReach() throws IOException {
    assertFailed(run("load('/etc/passwd')"), "load is not defined");
    assertFailed(run("read('/etc/passwd')"), "read is not defined");
    assertFailed(run("require('fs').readFileSync('/etc/passwd')"), "require is not defined");
    assertFailed(run("console.log(process.env.HOME)"), "process is not defined");
    JsonNode dynamicImport =
        run(
            "import('/etc/passwd').then(m => console.log('read'), e => console.log('refused: ' + e))");
    assertEquals(
        "refused", dynamicImport.path("output").asText().substring(0, 7), dynamicImport.toString());
    assertFailed(run("import fs from 'fs';"), "");
  }

  @Test
  void noSocketCanBeOpened() throws IOException {
    try (ServerSocket listener = new ServerSocket(0)) {
      int port = listener.getLocalPort();
      assertFailed(run("fetch('http://127.0.0.1:" + port + "/')"), "fetch is not defined");
      assertFailed(run("new XMLHttpRequest()"), "XMLHttpRequest is not defined");
      assertFailed(
          run("new WebSocket('ws://127.0.0.1:" + port + "/')"), "WebSocket is not defined");
      assertFailed(run("new java.net.Socket('127.0.0.1', " + port + ")"), "java is not defined");
      listener.setSoTimeout(200);
      try {
        listener.accept().close();
        throw new AssertionError("a snippet connected to the test's socket");
      } catch (SocketTimeoutException expected) {
        // nobody came
      }
    }
  }

  @Test
  void aHundredRunsAtOnceRunAtMostTheLimitAndEndInTime() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(100);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger mostAtOnce = new AtomicInteger();
    // Counts the snippets' processes while the runs last: never more than the limit.
    Thread watcher =
        new Thread(
            () -> {
              while (!done.get()) {
                long running =
                    ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
                mostAtOnce.accumulateAndGet((int) running, Math::max);
                Thread.onSpinWait();
              }
            });
    watcher.start();
    try {
      long start = System.nanoTime();
      List<Future<JsonNode>> runs = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        runs.add(callers.submit(() -> run("while (true) {}")));
      }
      int refused = 0;
      int timedOut = 0;
      for (Future<JsonNode> run : runs) {
        JsonNode result = run.get();
        assertFalse(result.path("success").asBoolean(), result.toString());
        String error = result.path("error").asText();
        if (error.contains("Too many snippets are running (at most 2 at once)")) {
          refused++;
        } else {
          assertTrue(error.contains("ran longer than 3000 ms"), error);
          timedOut++;
        }
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      assertEquals(100, refused + timedOut);
      assertTrue(timedOut >= 2, timedOut + " ran");
      assertTrue(took < 3 * (3_000 + CodeExecutorPlugin.START_GRACE_MILLIS), took + " ms");
    } finally {
      done.set(true);
      watcher.join();
      callers.shutdownNow();
    }
    assertTrue(mostAtOnce.get() <= 2, mostAtOnce.get() + " snippets ran at once");
    assertTrue(mostAtOnce.get() >= 1);
    // The plugin is free again.
    assertEquals("ok\n", run("console.log('ok')").path("output").asText());
  }
}
