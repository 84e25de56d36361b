package ai.dialer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server/aot.sh}: a training run of the real server writes the AOT cache, and the server
 * starts from it and serves. Needs a JDK 25 or later ({@code AOT_JAVA}, or one under {@code
 * /usr/lib/jvm}); without one, only the refusal of an older JDK is tested. The start-up time is
 * measured by {@code benchmarks/startup/aot.sh}, not asserted here.
 */
class AotStartIT {
  private static final Path SCRIPT = Path.of("..", "server", "aot.sh").toAbsolutePath();
  private static final Path JAR =
      Path.of("..", "server", "target", "aidialer-server.jar").toAbsolutePath();
  private static final Pattern LISTENING =
      Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path work;

  /** A JDK 25 or later, if this machine has one. */
  private static Optional<Path> java25() throws IOException {
    String configured = System.getenv("AOT_JAVA");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release)) {
          Matcher version =
              Pattern.compile("JAVA_VERSION=\"(\\d+)")
                  .matcher(Files.readString(release, StandardCharsets.UTF_8));
          if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
            return Optional.of(home.resolve("bin").resolve("java"));
          }
        }
      }
    }
    return Optional.empty();
  }

  private record Run(int exit, String output) {}

  private Run script(Map<String, String> environment, String... arguments) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(arguments)).toList());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
    return new Run(process.exitValue(), output);
  }

  @Test
  void aJdkOlderThan25IsRefusedSayingWhy() throws Exception {
    Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
    assumeTrue(Runtime.version().feature() < 25, "the tests run on JDK 25 or later");
    Run refused =
        script(
            Map.of("JAVA", java17.toString(), "AOT_DIR", work.resolve("aot").toString()), "train");
    assertEquals(1, refused.exit(), refused.output());
    assertTrue(refused.output().contains("needs JDK 25 or later"), refused.output());
    Run noCache =
        script(
            Map.of("JAVA", java17.toString(), "AOT_DIR", work.resolve("aot").toString()), "start");
    assertEquals(1, noCache.exit(), noCache.output());
    assertTrue(noCache.output().contains("run: " + SCRIPT + " train"), noCache.output());
  }

  @Test
  void theTrainedCacheStartsTheServer() throws Exception {
    Optional<Path> java = java25();
    assumeTrue(java.isPresent(), "no JDK 25 or later here (set AOT_JAVA to one)");
    assertTrue(Files.isRegularFile(JAR), "build the server jar first: " + JAR);
    // A copy: the test changes its time stamp.
    Path jar = Files.copy(JAR, work.resolve("aidialer-server.jar"));
    Path aot = work.resolve("aot");
    Map<String, String> environment =
        Map.of("JAVA", java.get().toString(), "JAR", jar.toString(), "AOT_DIR", aot.toString());

    Run trained = script(environment, "train");
    assertEquals(0, trained.exit(), trained.output());
    assertTrue(trained.output().contains("wrote " + aot.resolve("server.aot")), trained.output());
    assertTrue(Files.size(aot.resolve("server.aot")) > 1 << 20);

    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "start");
    builder.environment().putAll(environment);
    builder.environment().put("PORT", "0");
    builder.environment().put("DATA_DIR", work.resolve("data").toString());
    // The JVM says whether it mapped the cache.
    builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:aot=info");
    builder.redirectErrorStream(true);
    Process server = builder.start();
    StringBuilder output = new StringBuilder();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      int port = -1;
      for (String line; port < 0 && (line = lines.readLine()) != null; ) {
        output.append(line).append('\n');
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          port = Integer.parseInt(listening.group(1));
        }
      }
      assertTrue(port > 0, "the server did not start:\n" + output);
      assertTrue(output.toString().contains("Opened AOT cache"), output.toString());
      assertTrue(!output.toString().contains("[error]"), output.toString());
      HttpClient client = HttpClient.newHttpClient();
      for (String body :
          List.of(
              "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"One. Two. Three.\"}}",
              // A note: SQLite's library, extracted at training, is loaded.
              "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"from the cache\"}}")) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/plugins/invoke"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
      }
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }

    // A jar newer than its cache is refused, not started with a cache the JVM would reject.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    Run stale = script(environment, "start");
    assertEquals(1, stale.exit(), stale.output());
    assertTrue(stale.output().contains("is newer than its cache"), stale.output());
  }
}
