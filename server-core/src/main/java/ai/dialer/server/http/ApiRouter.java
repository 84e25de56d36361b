package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import ai.dialer.server.access.AccessControl;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

/**
 * The API's paths, and MCP's. A known path with the wrong method is a 405 with {@code Allow}; an
 * unknown path is a 404; {@code /api/plugins/} answers like {@code /api/plugins}, without a
 * redirect. Who may call what is checked here ({@link AccessControl}), before any handler runs: the
 * listing, a plugin's description, the OpenAPI document and {@code /health} are open.
 */
public final class ApiRouter implements SafetyHandler.Step {
  private static final String PLUGINS = "/api/plugins";
  private static final String INVOKE = "/api/plugins/invoke";

  private final SafetyHandler.Step list;
  private final PluginInfoHandler info;
  private final SafetyHandler.Step invoke;
  private final SafetyHandler.Step operations;
  private final SafetyHandler.Step mcp;
  private final SafetyHandler.Step tools;
  private final SafetyHandler.Step openApi;
  private final SafetyHandler.Step chat;
  private final AccessControl access;

  public ApiRouter(
      AccessControl access,
      SafetyHandler.Step list,
      PluginInfoHandler info,
      SafetyHandler.Step invoke,
      SafetyHandler.Step operations,
      SafetyHandler.Step mcp,
      SafetyHandler.Step tools,
      SafetyHandler.Step openApi,
      SafetyHandler.Step chat) {
    this.access = access;
    this.list = list;
    this.info = info;
    this.invoke = invoke;
    this.operations = operations;
    this.mcp = mcp;
    this.tools = tools;
    this.openApi = openApi;
    this.chat = chat;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
    String path = exchange.getRequestPath();
    HttpString method = exchange.getRequestMethod();
    if (path.equals(PLUGINS) || path.equals(PLUGINS + "/")) {
      require(method, Methods.GET, "GET");
      list.handle(exchange);
    } else if (path.equals(INVOKE) || path.equals(INVOKE + "/")) {
      require(method, Methods.POST, "POST");
      access.authenticate(exchange);
      invoke.handle(exchange);
    } else if (path.equals("/api/tools") || path.equals("/api/tools/")) {
      require(method, Methods.GET, "GET");
      access.authenticate(exchange);
      tools.handle(exchange);
    } else if (path.equals("/api/chat") || path.equals("/api/chat/")) {
      require(method, Methods.POST, "POST");
      access.authenticate(exchange);
      chat.handle(exchange);
    } else if (path.equals("/openapi.json")) {
      require(method, Methods.GET, "GET");
      openApi.handle(exchange);
    } else if (path.equals("/mcp")) {
      access.authenticate(exchange);
      mcp.handle(exchange);
    } else if (path.equals("/health") || path.equals("/ready") || path.equals("/metrics")) {
      require(method, Methods.GET, "GET");
      access.authenticateOperations(exchange, path);
      operations.handle(exchange);
    } else if (path.startsWith(PLUGINS + "/") && path.indexOf('/', PLUGINS.length() + 1) < 0) {
      require(method, Methods.GET, "GET");
      info.handle(exchange, path.substring(PLUGINS.length() + 1));
    } else {
      throw ApiError.of(
          404,
          "not_found",
          "No such endpoint: "
              + path
              + ". The API serves GET /api/plugins, GET /api/plugins/{name}"
              + ", POST /api/plugins/invoke, GET /api/tools?format=… and POST /api/chat, MCP at"
              + " /mcp (and"
              + " GET /health, /ready, /metrics, /openapi.json).");
    }
  }

  private static void require(HttpString method, HttpString allowed, String allow) throws ApiError {
    if (!method.equals(allowed)) {
      throw ApiError.methodNotAllowed(method.toString(), allow);
    }
  }
}
