package ai.dialer.server.mcp;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.Answers;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.access.Caller;
import ai.dialer.server.http.PluginCalls;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Model Context Protocol over any transport: the stateless revision 2026-07-28 (every request
 * carries its protocol version and client capabilities in {@code _meta}; {@code server/discover})
 * and the earlier 2025-11-25 and 2025-06-18 ({@code initialize}, {@code ping}). Tools are the
 * plugins' actions ({@link McpTools}); a call runs through {@link PluginCalls}, under the same
 * policy, metrics and log line as {@code POST /api/plugins/invoke}, and a call the plugin refuses
 * or fails is a tool result with {@code isError}, carrying the same violations as the HTTP API. The
 * server has no prompts or resources; it answers their lists, empty, so that a client that asks is
 * not told they are missing.
 */
public final class McpProtocol {
  public static final String STATELESS = "2026-07-28";

  /** How the server names itself to MCP clients. */
  public static final String SERVER_NAME = "ai-dialer-plugins";

  public static final String SERVER_VERSION = "0.1.0";

  /** The revisions served, newest first. */
  public static final List<String> VERSIONS = List.of(STATELESS, "2025-11-25", "2025-06-18");

  static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  /** Tools a {@code tools/list} page holds. */
  static final int PAGE = 100;

  /** How long a client may keep a list: the tools do not change while the server runs. */
  private static final long LIST_TTL_MS = 3_600_000;

  private final PluginRegistry registry;
  private final McpTools tools;
  private final PluginCalls calls;
  private final String serverName;
  private final String serverVersion;

  public McpProtocol(
      PluginRegistry registry,
      McpTools tools,
      PluginCalls calls,
      String serverName,
      String serverVersion) {
    this.registry = registry;
    this.tools = tools;
    this.calls = calls;
    this.serverName = serverName;
    this.serverVersion = serverVersion;
  }

  /** How a request is answered on its transport. */
  public interface Reply {
    void result(String idJson, Json.Writable result);

    void error(String idJson, McpError error);

    /** A notification: nothing to answer (HTTP: 202). */
    void accepted();
  }

  /** Calls in flight that a client may cancel, by request id: per session, or per stdio stream. */
  public static final class InFlight {
    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    record Call(PluginCalls.Answer answer, String plugin) {}

    void put(String idJson, PluginCalls.Answer answer, String plugin) {
      calls.put(idJson, new Call(answer, plugin));
    }

    void remove(String idJson, PluginCalls.Answer answer) {
      calls.computeIfPresent(idJson, (id, call) -> call.answer() == answer ? null : call);
    }

    Call take(String idJson) {
      return calls.remove(idJson);
    }
  }

  /**
   * Whether {@code message} is of the stateless revision: it says so in {@code _meta} (the HTTP
   * transport also checks its header agrees).
   */
  static boolean isStateless(JsonRpcMessage message) {
    Map<String, Object> meta = message.meta();
    return meta != null && meta.containsKey(META_VERSION);
  }

  /**
   * Answers one message. Runs on the plugin pool: a tool call starts its plugin on this thread.
   *
   * @param stateless whether the message is of the 2026-07-28 revision
   * @param inFlight where a cancellable call is kept; null when cancellation is the transport's (an
   *     HTTP stream closed)
   * @param requestId the id of the log line and of error bodies
   * @param caller who sends it: it lists and calls only the tools of plugins it may call
   */
  public void handle(
      JsonRpcMessage message,
      boolean stateless,
      InFlight inFlight,
      Supplier<String> requestId,
      Caller caller,
      Reply reply) {
    String id = message.idJson;
    try {
      if (message.isNotification()) {
        if (message.method.equals("notifications/cancelled") && inFlight != null) {
          cancel(message, inFlight);
        }
        reply.accepted();
        return;
      }
      if (stateless) {
        checkMeta(message);
      }
      switch (message.method) {
        case "server/discover" -> {
          requireStateless(message, stateless, "it is how the 2026-07-28 revision starts");
          reply.result(id, this::discover);
        }
        case "initialize" -> {
          requireLegacy(message, stateless);
          reply.result(id, g -> initialize(g, message));
        }
        case "ping" -> {
          requireLegacy(message, stateless);
          reply.result(id, g -> result(g, false, () -> {}));
        }
        case "tools/list" -> {
          int from = cursor(message);
          reply.result(id, g -> listTools(g, stateless, from, caller));
        }
        case "prompts/list" -> reply.result(id, g -> emptyList(g, stateless, "prompts"));
        case "resources/list" -> reply.result(id, g -> emptyList(g, stateless, "resources"));
        case "resources/templates/list" ->
            reply.result(id, g -> emptyList(g, stateless, "resourceTemplates"));
        case "tools/call" -> callTool(message, stateless, inFlight, requestId, caller, reply);
        case "resources/read" -> {
          Object uri = message.param("uri");
          throw new McpError(
              McpError.INVALID_PARAMS,
              400,
              "Resource not found: " + uri + ". This server has no resources.",
              g -> {
                g.writeStartObject();
                g.writeStringField("uri", String.valueOf(uri));
                g.writeEndObject();
              });
        }
        case "prompts/get" ->
            throw McpError.invalidParams(
                "Prompt not found: " + message.param("name") + ". This server has no prompts.");
        default ->
            throw McpError.methodNotFound(
                message.method,
                "This server offers tools: "
                    + (stateless ? "server/discover, " : "initialize, ping, ")
                    + "tools/list and tools/call.");
      }
    } catch (McpError error) {
      reply.error(id, error);
    }
  }

  private static void requireStateless(JsonRpcMessage message, boolean stateless, String why)
      throws McpError {
    if (!stateless) {
      throw McpError.methodNotFound(
          message.method, "It belongs to revision " + STATELESS + " (" + why + ").");
    }
  }

  private static void requireLegacy(JsonRpcMessage message, boolean stateless) throws McpError {
    if (stateless) {
      throw McpError.methodNotFound(
          message.method,
          "Revision " + STATELESS + " has no handshake and no ping: send server/discover.");
    }
  }

  /** The {@code _meta} every stateless request carries: a known version, the capabilities. */
  static void checkMeta(JsonRpcMessage message) throws McpError {
    checkMetaShape(message);
    String version = (String) message.meta().get(META_VERSION);
    if (!VERSIONS.contains(version)) {
      throw unsupportedVersion(version);
    }
  }

  /** {@code _meta} holds a protocol version and the client's capabilities. */
  static void checkMetaShape(JsonRpcMessage message) throws McpError {
    Map<String, Object> meta = message.meta();
    if (meta == null
        || !(meta.get(META_VERSION) instanceof String)
        || !(meta.get(META_CAPABILITIES) instanceof Map<?, ?>)) {
      throw McpError.invalidParams(
          "Every request of revision "
              + STATELESS
              + " carries params._meta with \""
              + META_VERSION
              + "\" (a string) and \""
              + META_CAPABILITIES
              + "\" (an object).");
    }
  }

  static McpError unsupportedVersion(String requested) {
    return new McpError(
        McpError.UNSUPPORTED_PROTOCOL_VERSION,
        400,
        "Protocol version " + requested + " is not supported; this server speaks " + VERSIONS,
        generator -> {
          generator.writeStartObject();
          generator.writeArrayFieldStart("supported");
          for (String version : VERSIONS) {
            generator.writeString(version);
          }
          generator.writeEndArray();
          generator.writeStringField("requested", requested);
          generator.writeEndObject();
        });
  }

  private interface Fields {
    void write() throws IOException;
  }

  /** A result object: its own fields, then {@code resultType} in the stateless revision. */
  private static void result(JsonGenerator g, boolean stateless, Fields fields) throws IOException {
    g.writeStartObject();
    fields.write();
    if (stateless) {
      g.writeStringField("resultType", "complete");
    }
    g.writeEndObject();
  }

  /** The caching hints of a list that does not change while the server runs. */
  private static void cacheable(JsonGenerator g, boolean stateless) throws IOException {
    if (stateless) {
      g.writeNumberField("ttlMs", LIST_TTL_MS);
      g.writeStringField("cacheScope", "public");
    }
  }

  private void capabilities(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("capabilities");
    g.writeObjectFieldStart("tools");
    g.writeBooleanField("listChanged", false);
    g.writeEndObject();
    g.writeObjectFieldStart("prompts");
    g.writeBooleanField("listChanged", false);
    g.writeEndObject();
    g.writeObjectFieldStart("resources");
    g.writeBooleanField("listChanged", false);
    g.writeBooleanField("subscribe", false);
    g.writeEndObject();
    g.writeEndObject();
  }

  private void serverInfo(JsonGenerator g, String field) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("name", serverName);
    g.writeStringField("version", serverVersion);
    g.writeEndObject();
  }

  private void discover(JsonGenerator g) throws IOException {
    result(
        g,
        true,
        () -> {
          g.writeArrayFieldStart("supportedVersions");
          for (String version : VERSIONS) {
            g.writeString(version);
          }
          g.writeEndArray();
          capabilities(g);
          g.writeStringField("instructions", INSTRUCTIONS);
          cacheable(g, true);
          g.writeObjectFieldStart("_meta");
          serverInfo(g, META_SERVER_INFO);
          g.writeEndObject();
        });
  }

  private static final String INSTRUCTIONS =
      "Each tool is an action of an AI Dialer plugin. A call whose arguments break the tool's"
          + " input schema is answered with isError and the list of violations (a JSON Pointer, a"
          + " code, a message and what was expected): correct the arguments and call again.";

  private void initialize(JsonGenerator g, JsonRpcMessage message) throws IOException {
    Object asked = message.param("protocolVersion");
    String version =
        asked instanceof String s && VERSIONS.contains(s) && !s.equals(STATELESS)
            ? s
            : VERSIONS.get(1);
    result(
        g,
        false,
        () -> {
          g.writeStringField("protocolVersion", version);
          capabilities(g);
          serverInfo(g, "serverInfo");
          g.writeStringField("instructions", INSTRUCTIONS);
        });
  }

  private static int cursor(JsonRpcMessage message) throws McpError {
    Object cursor = message.param("cursor");
    if (cursor == null) {
      return 0;
    }
    try {
      int from = Integer.parseInt(String.valueOf(cursor));
      if (from >= 0) {
        return from;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw McpError.invalidParams("Unknown cursor: " + cursor + ". Use the nextCursor of a page.");
  }

  private void listTools(JsonGenerator g, boolean stateless, int from, Caller caller)
      throws IOException {
    List<McpTools.Tool> served = tools.all(caller.within(calls::enabled));
    int to = Math.min(served.size(), from + PAGE);
    result(
        g,
        stateless,
        () -> {
          g.writeArrayFieldStart("tools");
          for (int i = from; i < to; i++) {
            McpTools.write(g, served.get(i));
          }
          g.writeEndArray();
          if (to < served.size()) {
            g.writeStringField("nextCursor", Integer.toString(to));
          }
          cacheable(g, stateless);
        });
  }

  private static void emptyList(JsonGenerator g, boolean stateless, String field)
      throws IOException {
    result(
        g,
        stateless,
        () -> {
          g.writeArrayFieldStart(field);
          g.writeEndArray();
          cacheable(g, stateless);
        });
  }

  /** {@code notifications/cancelled}: the call is cancelled as its timeout would cancel it. */
  private void cancel(JsonRpcMessage message, InFlight inFlight) {
    Object requestId = message.param("requestId");
    String idJson =
        requestId instanceof String s
            ? Json.text(g -> g.writeString(s))
            : requestId == null ? null : requestId.toString();
    Object reason = message.param("reason");
    if (idJson != null) {
      cancel(inFlight, idJson, reason instanceof String r ? r : null);
    }
  }

  /** Cancels the call of request {@code idJson}, if it is still in flight. */
  void cancel(InFlight inFlight, String idJson, String reason) {
    InFlight.Call call = inFlight.take(idJson);
    if (call != null) {
      calls.cancel(call.answer(), call.plugin(), reason);
    }
  }

  private void callTool(
      JsonRpcMessage message,
      boolean stateless,
      InFlight inFlight,
      Supplier<String> requestId,
      Caller caller,
      Reply reply)
      throws McpError {
    if (!(message.param("name") instanceof String name)) {
      throw McpError.invalidParams("tools/call needs params.name, the tool's name.");
    }
    McpTools.Tool tool = tools.find(name);
    if (tool == null) {
      throw McpError.invalidParams(
          "Unknown tool: " + name + ". tools/list gives the names of this server's tools.");
    }
    String plugin = tool.plugin().name();
    McpAnswer answer = new McpAnswer(message.idJson, tool, stateless, requestId, reply, inFlight);
    answer.caller(caller);
    answer.action(tool.action());
    if (inFlight != null) {
      inFlight.put(message.idJson, answer, plugin);
    }
    try {
      ContextJson context = McpTools.context(tool, message.arguments);
      PluginInvoker invoker = registry.find(plugin).orElseThrow();
      PluginInvoker.Call call;
      try {
        call = invoker.prepare(context);
      } catch (InvalidContextException e) {
        throw ApiError.invalidContext(e);
      }
      calls.keepParametersIfLogged(answer, plugin, context);
      calls.run(answer, plugin, call);
    } catch (ApiError error) {
      calls.refuse(answer, plugin, error);
    }
  }

  /** A tool call's answer: the result as structured content and as text, or {@code isError}. */
  private static final class McpAnswer extends PluginCalls.Answer {
    private final String idJson;
    private final McpTools.Tool tool;
    private final boolean stateless;
    private final Supplier<String> requestId;
    private final Reply reply;
    private final InFlight inFlight;

    McpAnswer(
        String idJson,
        McpTools.Tool tool,
        boolean stateless,
        Supplier<String> requestId,
        Reply reply,
        InFlight inFlight) {
      this.idJson = idJson;
      this.tool = tool;
      this.stateless = stateless;
      this.requestId = requestId;
      this.reply = reply;
      this.inFlight = inFlight;
    }

    @Override
    protected String requestId() {
      return requestId.get();
    }

    @Override
    protected void success(String plugin, byte[] resultJson) {
      done();
      String text = new String(resultJson, StandardCharsets.UTF_8);
      reply.result(
          idJson,
          g ->
              result(
                  g,
                  stateless,
                  () -> {
                    textContent(g, text);
                    if (tool.action().outputSchema() != null) {
                      g.writeFieldName("structuredContent");
                      if (tool.action().resultWrapped()) {
                        g.writeStartObject();
                        g.writeFieldName("result");
                        g.writeRawValue(text);
                        g.writeEndObject();
                      } else {
                        g.writeRawValue(text);
                      }
                    }
                    g.writeBooleanField("isError", false);
                  }));
    }

    @Override
    protected void failure(ApiError error) {
      done();
      String text = new String(Answers.error(error, requestId.get()), StandardCharsets.UTF_8);
      reply.result(
          idJson,
          g ->
              result(
                  g,
                  stateless,
                  () -> {
                    textContent(g, text);
                    g.writeBooleanField("isError", true);
                  }));
    }

    /** {@code "content": [{"type": "text", "text": …}]}: the call's answer as text. */
    private static void textContent(JsonGenerator g, String text) throws IOException {
      g.writeArrayFieldStart("content");
      g.writeStartObject();
      g.writeStringField("type", "text");
      g.writeStringField("text", text);
      g.writeEndObject();
      g.writeEndArray();
    }

    private void done() {
      if (inFlight != null) {
        inFlight.remove(idJson, this);
      }
    }
  }
}
