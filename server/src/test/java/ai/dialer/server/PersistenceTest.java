package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note answered with 200 is still there after the server is killed with SIGKILL and started
 * again: the server runs as its own process, started the way its jar starts it.
 */
class PersistenceTest {
  private static final Pattern LISTENING =
      Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)");
  private final HttpClient client = HttpClient.newHttpClient();

  private static Process startServer(Path dataDir, Path workDir) throws Exception {
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

  private static int awaitPort(Process process) throws Exception {
    return awaitPort(process, new ArrayList<>());
  }

  /** The port the server reports; the lines it writes after that are added to {@code rest}. */
  private static int awaitPort(Process process, List<String> rest) throws Exception {
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

  private JsonNode invoke(int port, String body) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/plugins/invoke"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return TestServer.JSON.readTree(response.body());
  }

  @Test
  void notesEventsAndRecordsSurviveKillMinusNine(@TempDir Path dataDir, @TempDir Path workDir)
      throws Exception {
    Process first = startServer(dataDir, workDir);
    long lastId;
    try {
      int port = awaitPort(first);
      for (int i = 1; i <= 20; i++) {
        invoke(
            port,
            "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"note "
                + i
                + "\",\"user_id\":\"kim\"}}");
      }
      lastId =
          invoke(
                  port,
                  "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"last\",\"user_id\":\"kim\"}}")
              .get("result")
              .get("note")
              .get("id")
              .asLong();
      // The guide's calendar and database keep theirs in the same database.
      invoke(
          port,
          "{\"plugin\":\"CalendarPlugin\",\"context\":{\"title\":\"Standup\","
              + "\"date\":\"2026-12-24\",\"time\":\"09:30\"}}");
      invoke(
          port,
          "{\"plugin\":\"DatabasePlugin\",\"context\":{\"collection\":\"leads\","
              + "\"record\":{\"name\":\"Ann\"}}}");
    } finally {
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      first.waitFor(30, TimeUnit.SECONDS);
    }
    Process second = startServer(dataDir, workDir);
    try {
      int port = awaitPort(second);
      JsonNode listed =
          invoke(
              port,
              "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"list\",\"user_id\":\"kim\"}}");
      assertEquals(21, listed.get("result").get("count").asInt());
      assertEquals("last", listed.get("result").get("notes").get(20).get("content").asText());
      long next =
          invoke(
                  port,
                  "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"after\",\"user_id\":\"kim\"}}")
              .get("result")
              .get("note")
              .get("id")
              .asLong();
      assertTrue(next > lastId, "ids never repeat across restarts");
      JsonNode events =
          invoke(port, "{\"plugin\":\"CalendarPlugin\",\"context\":{\"action\":\"list\"}}");
      assertEquals("Standup", events.at("/result/events/0/title").asText());
      JsonNode records =
          invoke(
              port,
              "{\"plugin\":\"DatabasePlugin\",\"context\":{\"action\":\"query\","
                  + "\"collection\":\"leads\"}}");
      assertEquals("Ann", records.at("/result/records/0/record/name").asText());
    } finally {
      second.destroyForcibly();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void sigtermStopsGracefullyAndSaysSo(@TempDir Path dataDir, @TempDir Path workDir)
      throws Exception {
    Process server = startServer(dataDir, workDir);
    List<String> output = new ArrayList<>();
    try {
      int port = awaitPort(server, output);
      invoke(
          port,
          "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\"x\",\"user_id\":\"t\"}}");
      // SIGTERM, through the handle: Process.destroy would also close the pipe being read.
      server.toHandle().destroy();
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop");
    } finally {
      server.destroyForcibly();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      synchronized (output) {
        if (output.contains("Stopped; every answered write is on disk")) {
          break;
        }
      }
      Thread.sleep(10);
    }
    synchronized (output) {
      assertTrue(
          output.contains(
              "Stopping: new calls are refused; calls in flight get up to 30 s to finish"),
          String.join("\n", output));
      assertTrue(
          output.contains("Stopped; every answered write is on disk"), String.join("\n", output));
    }
  }
}
