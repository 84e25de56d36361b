package ai.dialer.plugins.llm;

import ai.dialer.plugin.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local server that speaks OpenAI's chat-completions protocol: {@code POST /v1/chat/completions}
 * with a bearer key, answered with a {@code chat.completion} object whose reply the test chooses.
 */
public final class FakeChatCompletions implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as the fake received it. */
  public record Received(String method, String path, String authorization, JsonNode body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile Function<JsonNode, String> reply = body -> "ok";
  private volatile Function<JsonNode, ObjectNode> script;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus;

  public FakeChatCompletions() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Answers every completion with what {@code reply} makes of the request. */
  public FakeChatCompletions replying(Function<JsonNode, String> reply) {
    this.reply = reply;
    this.status = 200;
    return this;
  }

  /**
   * Answers every completion with the assistant message {@code script} makes of the request: a
   * model that calls tools ({@code tool_calls}, as OpenAI's wire format has them) or answers.
   */
  public FakeChatCompletions scripted(Function<JsonNode, ObjectNode> script) {
    this.script = script;
    this.status = 200;
    return this;
  }

  /** An assistant message calling tools: each {@code id, name, arguments (JSON text)}. */
  public static ObjectNode toolCalls(String... idNameArguments) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant");
    message.putNull("content");
    var calls = message.putArray("tool_calls");
    for (int i = 0; i < idNameArguments.length; i += 3) {
      ObjectNode call = calls.addObject().put("id", idNameArguments[i]).put("type", "function");
      call.putObject("function")
          .put("name", idNameArguments[i + 1])
          .put("arguments", idNameArguments[i + 2]);
    }
    return message;
  }

  /** An assistant message answering with {@code content}. */
  public static ObjectNode answer(String content) {
    return JSON.createObjectNode().put("role", "assistant").put("content", content);
  }

  /** Answers every request with this HTTP status and an OpenAI-style error body. */
  public FakeChatCompletions failingWith(int status) {
    this.status = status;
    return this;
  }

  /** Answers the next {@code count} requests with this HTTP status, then as before. */
  public FakeChatCompletions failingFirst(int count, int status) {
    this.failureStatus = status;
    this.failuresLeft.set(count);
    return this;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  public ChatBackendSettings settings(String apiKey) {
    return new ChatBackendSettings(
        Optional.of(baseUrl()),
        apiKey.isEmpty() ? Optional.empty() : Optional.of(Secret.of(apiKey)),
        "test-model",
        5);
  }

  public List<Received> received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    String response;
    int code;
    if (!exchange.getRequestURI().getPath().equals("/v1/chat/completions")) {
      code = 404;
      response = error("Unknown path", "invalid_request_error");
    } else if (failuresLeft.getAndDecrement() > 0) {
      code = failureStatus;
      response = error("The server had an error", "server_error");
    } else if (status != 200) {
      code = status;
      response = error("The server had an error", "server_error");
    } else {
      code = 200;
      ObjectNode completion = JSON.createObjectNode();
      completion.put("id", "chatcmpl-test");
      completion.put("object", "chat.completion");
      completion.put("created", 1_700_000_000L);
      completion.put("model", body.path("model").asText());
      ObjectNode choice = completion.putArray("choices").addObject();
      choice.put("index", 0);
      ObjectNode message =
          script != null
              ? script.apply(body)
              : JSON.createObjectNode().put("role", "assistant").put("content", reply.apply(body));
      choice.set("message", message);
      choice.put("finish_reason", message.has("tool_calls") ? "tool_calls" : "stop");
      completion
          .putObject("usage")
          .put("prompt_tokens", 10)
          .put("completion_tokens", 5)
          .put("total_tokens", 15);
      response = completion.toString();
    }
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String error(String message, String type) {
    ObjectNode error = JSON.createObjectNode();
    error.putObject("error").put("message", message).put("type", type);
    return error.toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
