package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Try it" block, run as a reader runs it (bash and curl) against the default server,
 * twice over one data directory: every answer is a success both times.
 */
class ReadmeExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String END = "<<end of answer>>";

  @Test
  void theTryItExamplesSucceedAndCanBeRunAgain(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Try it");
    int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    try (TestServer server = TestServer.start(dir)) {
      String script =
          block
              .replace("http://127.0.0.1:5000", "http://127.0.0.1:" + server.port())
              // each answer followed by a line of its own, so that each can be read
              .replace("curl -s ", "curl -s -w '\\n" + END + "\\n' ");
      for (int run = 1; run <= 2; run++) {
        List<String> answers = run(script, dir);
        assertEquals(8, answers.size(), "run " + run + ": " + answers);
        for (String answer : answers) {
          JsonNode json = JSON.readTree(answer);
          assertTrue(
              json.has("plugins") || json.has("schema") || json.path("success").asBoolean(),
              "run " + run + ": " + answer);
        }
      }
    }
  }

  private static List<String> run(String script, Path dir) throws Exception {
    Process bash =
        new ProcessBuilder("bash", "-c", "set -eu\n" + script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, bash.exitValue(), output);
    List<String> answers = new ArrayList<>();
    for (String answer : output.split(END)) {
      if (!answer.isBlank()) {
        answers.add(answer.strip());
      }
    }
    return answers;
  }
}
