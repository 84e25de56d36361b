package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.llm.ChatCompletionsClient;
import ai.dialer.plugins.summary.SummarizerPlugin;
import ai.dialer.plugins.summary.SummarizerPlugin_Invoker;
import ai.dialer.plugins.translate.TranslatorPlugin;
import ai.dialer.plugins.translate.TranslatorPlugin_Invoker;
import ai.dialer.server.TestServer.Response;
import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test kit answers what the server answers, status and body, but for the request id. */
class TestKitAgreementTest {
  @Test
  void theTestKitAndTheServerGiveTheSameAnswers(@TempDir Path dataDir) throws Exception {
    PluginTester tester =
        PluginTester.of(
            new SummarizerPlugin_Invoker(new SummarizerPlugin()),
            new TranslatorPlugin_Invoker(
                new TranslatorPlugin(
                    new ChatCompletionsClient(
                        HttpClient.newHttpClient(), ChatBackendSettings.none()))));
    List<String> bodies =
        List.of(
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"text\":\"One. Two three.\"}}",
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"max_length\":2.5,\"txt\":\"x\"}}",
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"conversation\":[{\"role\":\"a\"},7]}}",
            "{\"plugin\":\"SummarizerPlugin\",\"context\":{}}",
            "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"Thank you!\","
                + "\"target_language\":\"Spanish\"}}",
            "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"text\":\"A long story.\","
                + "\"target_language\":\"Spanish\"}}",
            "{\"plugin\":\"TranslatorPlugin\",\"context\":{\"target_language\":\"Klingon\"}}",
            "{\"plugin\":\"SummarizerPlugin\",\"context\":[]}",
            "{\"plugin\":\"SummarizerPlugin\"} {}");
    try (TestServer server = TestServer.start(dataDir)) {
      for (String body : bodies) {
        Response served = server.post("/api/plugins/invoke", body, "application/json");
        ObjectNode servedJson = (ObjectNode) served.json();
        servedJson.remove("request_id");
        PluginTester.Answer tested = tester.call(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(served.status(), tested.status(), body);
        assertEquals(servedJson, TestServer.JSON.readTree(tested.json()), body);
      }
    }
  }
}
