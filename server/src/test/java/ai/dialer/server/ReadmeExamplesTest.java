package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.guide.api.FakeApi;
import ai.dialer.guide.weather.FakeOpenMeteo;
import ai.dialer.plugins.llm.ChatBackendSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Try it" block, run as a reader runs it (bash and curl) against the default server,
 * twice over one data directory: every answer is a success both times. The same for the examples of
 * the guide's plugins, against a server configured as that section says, with local stand-ins for
 * Open-Meteo and the API.
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

  @Test
  void theGuidePluginsExamplesSucceed(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## The guide's plugins");
    int end = readme.indexOf("\n## ", section + 1);
    List<String> blocks = new ArrayList<>();
    for (int at = readme.indexOf("```sh\n", section);
        at >= 0 && at < end;
        at = readme.indexOf("```sh\n", at + 1)) {
      int start = at + "```sh\n".length();
      String block = readme.substring(start, readme.indexOf("```", start));
      if (!block.contains("java -jar")) {
        blocks.add(block);
      }
    }
    assertEquals(6, blocks.size(), "one example per guide plugin");
    Path files = Files.createDirectories(dir.resolve("files"));
    try (FakeOpenMeteo openMeteo = new FakeOpenMeteo();
        FakeApi api = new FakeApi()) {
      Map<String, String> config = new HashMap<>();
      config.putAll(openMeteo.config(5));
      config.putAll(api.config("readme-secret"));
      config.put("FILE_PLUGIN_ROOT", files.toString());
      config.put("CODE_EXECUTOR_PLUGIN_ENABLED", "true");
      String key = "readme-key-0123456789abcdef";
      config.put("API_KEYS", "me:" + key);
      try (TestServer server =
          TestServer.start(
              TestServer.settings(
                  dir.resolve("data"), 1 << 20, ChatBackendSettings.none(), config))) {
        String script =
            ("AIDIALER_KEY=" + key + "\n" + String.join("\n", blocks))
                .replace("http://127.0.0.1:5000", "http://127.0.0.1:" + server.port())
                .replace("curl -s ", "curl -s -w '\\n" + END + "\\n' ");
        List<String> answers = run(script, dir);
        assertEquals(9, answers.size(), answers.toString());
        for (String answer : answers) {
          JsonNode json = JSON.readTree(answer);
          assertTrue(json.path("success").asBoolean(), answer);
          assertTrue(json.path("result").path("success").asBoolean(true), answer);
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
