package ai.dialer.server.chat;

import ai.dialer.formats.JsonTree;
import ai.dialer.formats.ToolFormats;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Answers;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.access.Caller;
import ai.dialer.server.http.BodyReader;
import ai.dialer.server.http.PluginCalls;
import ai.dialer.server.http.Responses;
import ai.dialer.server.http.SafetyHandler;
import ai.dialer.server.mcp.McpTools;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/chat} {@code {"messages": […], "plugins": [optional allow-list]}}: asks the
 * configured OpenAI-compatible model with the plugins as tools, runs the tool calls it returns
 * (those of one turn in parallel) through the same policy as the invoke API, feeds the results back
 * (a refused call's violations too, so that the model can correct it), and loops until the model
 * answers, within {@code CHAT_MAX_STEPS} model calls and {@code CHAT_DEADLINE_SECONDS}. Answers
 * {@code {"reply": …, "finish_reason": …, "steps": [{"tool", "arguments", "result" or "error"}],
 * "usage": {…}}}.
 */
public final class ChatHandler implements SafetyHandler.Step {
  private static final Logger LOG = Logger.getLogger(ChatHandler.class.getName());
  private static final Set<String> ROLES =
      Set.of("system", "developer", "user", "assistant", "tool");

  private final ChatSettings settings;
  private final PluginRegistry registry;
  private final McpTools tools;
  private final PluginCalls calls;
  private final Predicate<String> served;
  private final BodyReader body;
  private final Executor pool;

  /** Built on the first conversation: its TLS set-up is a third of the server's start-up. */
  private volatile HttpClient http;

  public ChatHandler(
      ChatSettings settings,
      PluginRegistry registry,
      McpTools tools,
      PluginCalls calls,
      Predicate<String> served,
      BodyReader body,
      Executor pool) {
    this.settings = settings;
    this.registry = registry;
    this.tools = tools;
    this.calls = calls;
    this.served = served;
    this.body = body;
    this.pool = pool;
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
          http = client;
        }
      }
    }
    return client;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
    if (settings.base().isEmpty()) {
      throw ApiError.of(
          503,
          "no_model",
          "No language model is configured. Set OPENAI_BASE_URL to an OpenAI-compatible API (such"
              + " as https://api.openai.com/v1 or a local server's http://127.0.0.1:8080/v1), or"
              + " only OPENAI_API_KEY for OpenAI's; OPENAI_MODEL chooses the model.");
    }
    body.read(
        exchange,
        (ex, bytes) ->
            ex.dispatch(
                task -> {
                  try {
                    pool.execute(task);
                  } catch (RejectedExecutionException e) {
                    Responses.error(
                        ex, ApiError.busy("server_busy", "The server is busy; retry shortly."));
                  }
                },
                () -> SafetyHandler.run(ex, e -> Responses.send(e, 200, converse(e, bytes)))));
  }

  /** One conversation: the request, the loop, the answer. */
  private byte[] converse(HttpServerExchange exchange, byte[] bytes) throws ApiError {
    Map<String, Object> request = request(bytes);
    List<Object> messages = new ArrayList<>((List<?>) request.get("messages"));
    Caller caller = AccessControl.caller(exchange);
    List<McpTools.Tool> offered = offered(request.get("plugins"), caller);
    List<Object> toolsJson = new ArrayList<>();
    for (McpTools.Tool tool : offered) {
      ToolFormats.Export export =
          ToolFormats.export(
              ToolFormats.Provider.OPENAI,
              tool.name(),
              tool.description(),
              tool.action().inputSchema());
      Map<String, Object> function = new LinkedHashMap<>();
      function.put("name", export.name());
      function.put("description", export.description());
      function.put("parameters", export.parameters());
      function.put("strict", export.strict());
      toolsJson.add(Map.of("type", "function", "function", function));
    }
    long deadline = System.nanoTime() + settings.deadline().toNanos();
    List<Object> steps = new ArrayList<>();
    long[] usage = new long[3];
    String requestId = Responses.requestId(exchange);
    for (int step = 1; step <= settings.maxSteps(); step++) {
      Map<String, Object> message = ask(messages, toolsJson, deadline, usage);
      Object toolCalls = message.get("tool_calls");
      if (!(toolCalls instanceof List<?> list) || list.isEmpty()) {
        return answer(message.get("content"), "stop", steps, usage);
      }
      messages.add(message);
      List<ToolCall> running = new ArrayList<>();
      for (Object each : list) {
        running.add(
            start(
                JsonTree.object(each),
                offered,
                requestId + "-" + step + "." + (running.size() + 1),
                caller));
      }
      for (ToolCall call : running) {
        Map<String, Object> outcome = call.await(deadline, calls);
        steps.add(outcome);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("role", "tool");
        reply.put("tool_call_id", call.id);
        reply.put(
            "content",
            JsonTree.text(
                outcome.containsKey("result") ? outcome.get("result") : outcome.get("error")));
        messages.add(reply);
      }
    }
    return answer(null, "step_limit", steps, usage);
  }

  /** Reads and checks the request body. */
  private static Map<String, Object> request(byte[] bytes) throws ApiError {
    try {
      Json.checkDocument(bytes);
    } catch (Json.MalformedJsonException e) {
      throw ApiError.of(400, "malformed_json", e.getMessage());
    }
    Map<String, Object> request =
        JsonTree.object(JsonTree.parse(new String(bytes, StandardCharsets.UTF_8)));
    if (request == null
        || !(request.get("messages") instanceof List<?> messages)
        || messages.isEmpty()) {
      throw ApiError.of(
          400,
          "invalid_request",
          "The body must be {\"messages\": [{\"role\": \"user\", \"content\": \"…\"}, …]} with at"
              + " least one message, and optionally \"plugins\": [names].");
    }
    for (int i = 0; i < messages.size(); i++) {
      Map<String, Object> message = JsonTree.object(messages.get(i));
      if (message == null
          || !(message.get("role") instanceof String role)
          || !ROLES.contains(role)) {
        throw ApiError.of(
            400,
            "invalid_request",
            "messages[" + i + "] must be an object with a \"role\" of " + ROLES + ".");
      }
      Object content = message.get("content");
      if (content != null && !(content instanceof String) && !(content instanceof List<?>)) {
        throw ApiError.of(
            400,
            "invalid_request",
            "messages[" + i + "].content must be a string or a list of parts.");
      }
    }
    return request;
  }

  /** The tools of the allow-listed plugins (all served ones when there is no list). */
  private List<McpTools.Tool> offered(Object allowList, Caller caller) throws ApiError {
    List<McpTools.Tool> all = tools.all(caller.within(served));
    if (allowList == null) {
      return all;
    }
    if (!(allowList instanceof List<?> names)) {
      throw ApiError.of(400, "invalid_request", "\"plugins\" must be a list of plugin names.");
    }
    for (Object name : names) {
      if (!(name instanceof String plugin) || registry.descriptor(plugin).isEmpty()) {
        throw ApiError.of(
            400,
            "invalid_request",
            "\"plugins\" names "
                + name
                + ", which is not a plugin of this server; its plugins are "
                + registry.names()
                + ".");
      }
    }
    return all.stream().filter(tool -> names.contains(tool.plugin().name())).toList();
  }

  /** Asks the model once; returns its message. */
  private Map<String, Object> ask(
      List<Object> messages, List<Object> toolsJson, long deadline, long[] usage) throws ApiError {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", settings.model());
    body.put("messages", messages);
    if (!toolsJson.isEmpty()) {
      body.put("tools", toolsJson);
      body.put("tool_choice", "auto");
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw deadlinePassed();
    }
    Duration timeout = Duration.ofNanos(Math.min(left, settings.timeout().toNanos()));
    String base = settings.base().orElseThrow().toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                java.net.URI.create(
                    (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                        + "/chat/completions"))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JsonTree.text(body)));
    settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
    HttpResponse<String> response;
    try {
      response = http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw left <= settings.timeout().toNanos()
          ? deadlinePassed()
          : ApiError.of(
              504,
              "model_timeout",
              "The model did not answer within " + settings.timeout().toSeconds() + " s.");
    } catch (IOException e) {
      throw ApiError.of(
          502,
          "model_unavailable",
          "The language model at " + settings.base().get().getHost() + " could not be reached.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiError.of(503, "server_stopping", "The server is stopping.");
    }
    if (response.statusCode() != 200) {
      throw ApiError.of(
          502, "model_error", "The language model answered HTTP " + response.statusCode() + ".");
    }
    Map<String, Object> answer;
    try {
      answer = JsonTree.object(JsonTree.parse(response.body()));
    } catch (RuntimeException e) {
      answer = null;
    }
    Map<String, Object> message = null;
    if (answer != null && answer.get("choices") instanceof List<?> choices && !choices.isEmpty()) {
      Map<String, Object> choice = JsonTree.object(choices.get(0));
      message = choice == null ? null : JsonTree.object(choice.get("message"));
    }
    if (message == null) {
      throw ApiError.of(502, "model_error", "The language model's answer had no message.");
    }
    Map<String, Object> counted = answer == null ? null : JsonTree.object(answer.get("usage"));
    if (counted != null) {
      usage[0] += number(counted.get("prompt_tokens"));
      usage[1] += number(counted.get("completion_tokens"));
      usage[2] += number(counted.get("total_tokens"));
    }
    return message;
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  private ApiError deadlinePassed() {
    return ApiError.of(
        504,
        "chat_deadline",
        "The conversation did not finish within " + settings.deadline().toSeconds() + " s.");
  }

  /** One tool call of the model's, running (or already refused). */
  private static final class ToolCall {
    final String id;
    final String tool;
    final Object arguments;
    final String plugin;
    final FutureAnswer answer;

    ToolCall(String id, String tool, Object arguments, String plugin, FutureAnswer answer) {
      this.id = id;
      this.tool = tool;
      this.arguments = arguments;
      this.plugin = plugin;
      this.answer = answer;
    }

    /** The step: the tool, its arguments, and its result or error. */
    Map<String, Object> await(long deadline, PluginCalls calls) throws ApiError {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("tool", tool);
      step.put("arguments", arguments);
      Object[] outcome;
      try {
        outcome =
            answer.outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        calls.cancel(answer, plugin, "the conversation's deadline passed");
        throw ApiError.of(
            504, "chat_deadline", "The conversation's deadline passed during a tool call.");
      } catch (InterruptedException | ExecutionException e) {
        throw ApiError.of(503, "server_stopping", "The server is stopping.");
      }
      step.put((Boolean) outcome[0] ? "result" : "error", JsonTree.parse((String) outcome[1]));
      return step;
    }
  }

  /** A call's answer as a future: {ok, JSON text}. */
  private static final class FutureAnswer extends PluginCalls.Answer {
    final CompletableFuture<Object[]> outcome = new CompletableFuture<>();
    private final String requestId;

    FutureAnswer(String requestId) {
      this.requestId = requestId;
    }

    @Override
    protected String requestId() {
      return requestId;
    }

    @Override
    protected void success(String plugin, byte[] resultJson) {
      outcome.complete(new Object[] {true, new String(resultJson, StandardCharsets.UTF_8)});
    }

    @Override
    protected void failure(ApiError error) {
      outcome.complete(
          new Object[] {
            false, new String(Answers.error(error, requestId), StandardCharsets.UTF_8)
          });
    }
  }

  /** Starts one of the model's tool calls on the pool; a call that cannot start is answered now. */
  private ToolCall start(
      Map<String, Object> call, List<McpTools.Tool> offered, String requestId, Caller caller) {
    Map<String, Object> function = call == null ? null : JsonTree.object(call.get("function"));
    String id = call != null && call.get("id") instanceof String s ? s : "";
    String name = function != null && function.get("name") instanceof String n ? n : "";
    String argumentsText =
        function != null && function.get("arguments") instanceof String a ? a : "{}";
    FutureAnswer answer = new FutureAnswer(requestId);
    answer.caller(caller);
    McpTools.Tool tool =
        offered.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    if (tool != null) {
      answer.action(tool.action());
    }
    Object shownArguments;
    try {
      shownArguments = JsonTree.parse(argumentsText);
    } catch (RuntimeException e) {
      shownArguments = argumentsText;
    }
    String plugin = tool == null ? "-" : tool.plugin().name();
    ToolCall started = new ToolCall(id, name, shownArguments, plugin, answer);
    if (tool == null) {
      calls.refuse(
          answer,
          null,
          ApiError.of(
              400,
              "unknown_tool",
              "There is no tool named \""
                  + name
                  + "\" here; the tools are "
                  + offered.stream().map(McpTools.Tool::name).toList()
                  + "."));
      return started;
    }
    byte[] arguments = argumentsText.getBytes(StandardCharsets.UTF_8);
    try {
      Json.checkDocument(arguments);
      if (!(shownArguments instanceof Map<?, ?>)) {
        throw ApiError.of(400, "invalid_arguments", "The arguments must be a JSON object.");
      }
      ContextJson context =
          McpTools.context(tool, ContextJson.slice(arguments, 0, arguments.length));
      PluginInvoker invoker = registry.find(plugin).orElseThrow();
      PluginInvoker.Call prepared;
      try {
        prepared = invoker.prepare(context);
      } catch (InvalidContextException e) {
        throw ApiError.invalidContext(e);
      }
      calls.keepParametersIfLogged(answer, plugin, context);
      pool.execute(() -> calls.run(answer, plugin, prepared));
    } catch (Json.MalformedJsonException e) {
      calls.refuse(answer, plugin, ApiError.of(400, "malformed_json", e.getMessage()));
    } catch (ApiError e) {
      calls.refuse(answer, plugin, e);
    } catch (RejectedExecutionException e) {
      calls.refuse(answer, plugin, ApiError.busy("server_busy", "The server is busy."));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "tool call " + requestId + " failed to start", e);
      calls.refuse(answer, plugin, ApiError.internal(requestId));
    }
    return started;
  }

  private static byte[] answer(Object reply, String finish, List<Object> steps, long[] usage) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("reply", reply instanceof String ? reply : null);
    answer.put("finish_reason", finish);
    answer.put("steps", steps);
    Map<String, Object> tokens = new LinkedHashMap<>();
    tokens.put("prompt_tokens", usage[0]);
    tokens.put("completion_tokens", usage[1]);
    tokens.put("total_tokens", usage[2]);
    answer.put("usage", tokens);
    return JsonTree.text(answer).getBytes(StandardCharsets.UTF_8);
  }
}
