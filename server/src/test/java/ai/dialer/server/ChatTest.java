package ai.dialer.server;

import static ai.dialer.plugins.llm.FakeChatCompletions.answer;
import static ai.dialer.plugins.llm.FakeChatCompletions.toolCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.llm.FakeChatCompletions;
import ai.dialer.server.TestServer.Response;
import ai.dialer.server.tools.ToolTestServer_Assembly;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/chat} against a local server that speaks OpenAI's chat completions and scripts
 * the model's tool calls: the wire format is OpenAI's exactly, {@code tool_call_id}s included.
 */
class ChatTest {
  private static final String ASK =
      "{\"messages\":[{\"role\":\"user\",\"content\":\"Summarise my call, please.\"}]}";

  private static TestServer start(Path dir, FakeChatCompletions model, Map<String, String> more) {
    Map<String, String> config = new HashMap<>(more);
    return TestServer.start(
        TestServer.settings(dir, 1 << 20, model.settings("sk-chat"), config),
        new ToolTestServer_Assembly());
  }

  private static Response chat(TestServer server, String body) {
    return server.post("/api/chat", body, "application/json");
  }

  /** The role of each message the model was sent in request {@code i}. */
  private static List<String> roles(FakeChatCompletions model, int i) {
    List<String> roles = new ArrayList<>();
    model.received().get(i).body().get("messages").forEach(m -> roles.add(m.get("role").asText()));
    return roles;
  }

  private static JsonNode lastMessage(JsonNode request) {
    JsonNode messages = request.get("messages");
    return messages.get(messages.size() - 1);
  }

  @Test
  void aToolCallIsRunAndItsResultFedBack(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(
                    body ->
                        lastMessage(body).get("role").asText().equals("tool")
                            ? answer("Done: " + lastMessage(body).get("content").asText())
                            : toolCalls(
                                "call_1",
                                "SummarizerPlugin",
                                "{\"text\":\"The invoice was sent twice. We refund one. Fine.\","
                                    + "\"max_length\":5}"));
        TestServer server = start(dir, model, Map.of())) {
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      JsonNode answer = response.json();
      assertEquals("stop", answer.get("finish_reason").asText());
      assertTrue(answer.get("reply").asText().startsWith("Done: {\"summary\":"), answer.toString());
      assertEquals("SummarizerPlugin", answer.at("/steps/0/tool").asText());
      assertEquals(5, answer.at("/steps/0/arguments/max_length").asInt());
      assertTrue(answer.at("/steps/0/result/summary").isTextual(), answer.toString());
      assertEquals(30, answer.at("/usage/total_tokens").asInt(), "two completions of 15");

      JsonNode first = model.received().get(0).body();
      assertEquals("test-model", first.get("model").asText());
      assertEquals("auto", first.get("tool_choice").asText());
      List<String> offered = new ArrayList<>();
      first.get("tools").forEach(t -> offered.add(t.at("/function/name").asText()));
      assertTrue(offered.contains("SummarizerPlugin") && offered.contains("NoteTakerPlugin_add"));
      assertEquals("Bearer sk-chat", model.received().get(0).authorization());

      assertEquals(List.of("user", "assistant", "tool"), roles(model, 1));
      JsonNode second = model.received().get(1).body().get("messages");
      assertEquals("call_1", second.at("/1/tool_calls/0/id").asText());
      assertEquals("function", second.at("/1/tool_calls/0/type").asText());
      assertEquals("call_1", second.at("/2/tool_call_id").asText());
      assertTrue(second.at("/2/content").asText().startsWith("{\"summary\":"));
    }
  }

  @Test
  void parallelCallsAllRunAndAnswerInOrder(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(
                    body ->
                        lastMessage(body).get("role").asText().equals("tool")
                            ? answer("Both done.")
                            : toolCalls(
                                "call_a",
                                "NoteTakerPlugin_add",
                                "{\"content\":\"Call Bob back\",\"user_id\":\"chat\"}",
                                "call_b",
                                "SleepPlugin",
                                "{\"millis\":300}"));
        TestServer server = start(dir, model, Map.of())) {
      long started = System.nanoTime();
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      assertEquals("Both done.", response.json().get("reply").asText());
      assertEquals("Call Bob back", response.json().at("/steps/0/result/note/content").asText());
      assertEquals(300, response.json().at("/steps/1/result/millis").asInt());
      assertEquals(List.of("user", "assistant", "tool", "tool"), roles(model, 1));
      JsonNode messages = model.received().get(1).body().get("messages");
      assertEquals("call_a", messages.at("/2/tool_call_id").asText());
      assertEquals("call_b", messages.at("/3/tool_call_id").asText());
      assertTrue(System.nanoTime() - started < 5_000_000_000L);
    }
  }

  @Test
  void aBadCallIsCorrectedAfterTheModelSeesTheViolations(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(
                    body -> {
                      JsonNode last = lastMessage(body);
                      if (!last.get("role").asText().equals("tool")) {
                        return toolCalls("c1", "SummarizerPlugin", "{\"max_length\":0}");
                      }
                      if (last.get("content").asText().contains("\"violations\"")) {
                        return toolCalls(
                            "c2",
                            "SummarizerPlugin",
                            "{\"text\":\"A short note.\",\"max_length\":5}");
                      }
                      return answer("Fixed it.");
                    });
        TestServer server = start(dir, model, Map.of())) {
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      JsonNode steps = response.json().get("steps");
      assertEquals(2, steps.size());
      assertEquals("invalid_context", steps.at("/0/error/code").asText());
      List<String> codes = new ArrayList<>();
      steps.at("/0/error/violations").forEach(v -> codes.add(v.get("code").asText()));
      assertEquals(List.of("minimum", "one_of_required"), codes);
      assertTrue(steps.get(1).has("result"));
      assertEquals("Fixed it.", response.json().get("reply").asText());
      String fedBack = model.received().get(1).body().at("/messages/2/content").asText();
      assertTrue(fedBack.contains("\"path\":\"/max_length\""), fedBack);
    }
  }

  @Test
  void aToolThatTimesOutIsAnErrorTheModelSees(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(
                    body ->
                        lastMessage(body).get("role").asText().equals("tool")
                            ? answer("It was too slow.")
                            : toolCalls("s1", "SleepPlugin", "{\"millis\":10000}"));
        TestServer server = start(dir, model, Map.of("SLEEP_PLUGIN_TIMEOUT_MS", "300"))) {
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      assertEquals("plugin_timeout", response.json().at("/steps/0/error/code").asText());
      assertEquals("It was too slow.", response.json().get("reply").asText());
    }
  }

  @Test
  void theLoopStopsAtTheStepLimit(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(body -> toolCalls("again", "SleepPlugin", "{\"millis\":1}"));
        TestServer server = start(dir, model, Map.of("CHAT_MAX_STEPS", "3"))) {
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      assertEquals("step_limit", response.json().get("finish_reason").asText());
      assertTrue(response.json().get("reply").isNull());
      assertEquals(3, response.json().get("steps").size());
      assertEquals(3, model.received().size());
    }
  }

  @Test
  void aModelThatIsDownOrFailingIsA502(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model = new FakeChatCompletions().failingWith(500);
        TestServer server = start(dir, model, Map.of())) {
      Response failing = chat(server, ASK);
      assertEquals(502, failing.status());
      assertEquals("model_error", failing.json().get("code").asText());
      assertFalse(failing.raw().body().contains("sk-chat"));
    }
    try (TestServer server =
        TestServer.start(
            TestServer.settings(
                dir.resolve("down"),
                1 << 20,
                ChatBackendSettings.none(),
                Map.of("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")),
            new ToolTestServer_Assembly())) {
      Response down = chat(server, ASK);
      assertEquals(502, down.status());
      assertEquals("model_unavailable", down.json().get("code").asText());
    }
  }

  @Test
  void withoutAModelTheEndpointSaysHowToConfigureOne(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      Response response = chat(server, ASK);
      assertEquals(503, response.status());
      assertEquals("no_model", response.json().get("code").asText());
      assertTrue(response.json().get("error").asText().contains("OPENAI_BASE_URL"));
    }
  }

  @Test
  void theAllowListChoosesTheToolsAndBadRequestsAre400(@TempDir Path dir) throws Exception {
    try (FakeChatCompletions model = new FakeChatCompletions().scripted(body -> answer("Hi."));
        TestServer server = start(dir, model, Map.of())) {
      Response response =
          chat(
              server,
              "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                  + "\"plugins\":[\"TranslatorPlugin\"]}");
      assertEquals(200, response.status(), response.raw().body());
      JsonNode tools = model.received().get(0).body().get("tools");
      assertEquals(1, tools.size());
      assertEquals("TranslatorPlugin", tools.at("/0/function/name").asText());
      for (String bad :
          List.of(
              "{\"messages\":[]}",
              "{\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}",
              "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"plugins\":[\"Nope\"]}",
              "{\"messages\":[{\"role\":\"user\"")) {
        Response refused = chat(server, bad);
        assertEquals(400, refused.status(), bad);
      }
    }
  }

  @Test
  void aKeyIsOfferedOnlyThePluginsItMayCall(@TempDir Path dir) throws Exception {
    String key = "chat-key-0123456789abcdef";
    Path keys = Files.writeString(dir.resolve("keys"), "assistant " + key + " SummarizerPlugin\n");
    try (FakeChatCompletions model =
            new FakeChatCompletions()
                .scripted(
                    body ->
                        lastMessage(body).get("role").asText().equals("tool")
                            ? answer("Could not.")
                            // A model that calls a tool it was not offered.
                            : toolCalls("call_1", "NoteTakerPlugin_add", "{\"content\":\"x\"}"));
        TestServer server =
            start(dir, model, Map.of("API_KEYS_FILE", keys.toString())).withKey(key)) {
      Response response = chat(server, ASK);
      assertEquals(200, response.status(), response.raw().body());
      List<String> offered = new ArrayList<>();
      model
          .received()
          .get(0)
          .body()
          .get("tools")
          .forEach(t -> offered.add(t.at("/function/name").asText()));
      assertEquals(List.of("SummarizerPlugin"), offered);
      JsonNode step = response.json().at("/steps/0");
      assertEquals("unknown_tool", step.at("/error/code").asText(), step.toString());
      // Nothing was noted.
      assertEquals(
          0,
          server
              .get("/metrics")
              .raw()
              .body()
              .lines()
              .filter(l -> l.startsWith("aidialer_invocations_total{plugin=\"NoteTakerPlugin\""))
              .count());
    }
  }
}
