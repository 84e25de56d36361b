package ai.dialer.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default server as a process of its own, started the way its jar starts it: for tests that
 * kill it, or that must not take the test's JVM down if it crashes.
 */
final class ServerProcess {
  private static final Pattern LISTENING =
      Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)");

  private ServerProcess() {}

  static Process start(Path dataDir, Path workDir) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "ai.dialer.assembly.AiDialerServer_Assembly");
    builder.environment().put("PORT", "0");
    builder.environment().put("DATA_DIR", dataDir.toString());
    builder.environment().remove("OPENAI_BASE_URL");
    builder.environment().remove("OPENAI_API_KEY");
    builder.directory(workDir.toFile());
    builder.redirectErrorStream(true);
    return builder.start();
  }

  static int awaitPort(Process process) throws Exception {
    return awaitPort(process, new ArrayList<>());
  }

  /** The port the server reports; the lines it writes after that are added to {@code rest}. */
  static int awaitPort(Process process, List<String> rest) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        // Keep draining so the child never blocks on a full pipe.
        Thread drain =
            new Thread(
                () ->
                    out.lines()
                        .forEach(
                            l -> {
                              synchronized (rest) {
                                rest.add(l);
                              }
                            }));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new AssertionError("the server did not report its port");
  }
}
