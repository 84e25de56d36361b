package ai.dialer.server.mcp;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.Json;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.config.McpSettings;
import ai.dialer.server.http.BodyReader;
import ai.dialer.server.http.Responses;
import ai.dialer.server.http.SafetyHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /mcp}: MCP's Streamable HTTP transport. Every request is one POST answered with one JSON
 * response (the server sends no requests of its own, so it needs no stream). A request of the
 * stateless revision has its {@code MCP-Protocol-Version}, {@code Mcp-Method} and {@code Mcp-Name}
 * headers checked against its body; one of the earlier revisions runs in a session that {@code
 * initialize} opens ({@code Mcp-Session-Id}), in which {@code notifications/cancelled} cancels a
 * call. {@code Host} and {@code Origin} are checked against DNS rebinding first ({@link
 * McpSettings}).
 */
public final class McpHandler implements SafetyHandler.Step {
  private static final Logger LOG = Logger.getLogger(McpHandler.class.getName());
  private static final HttpString PROTOCOL_VERSION =
      HttpString.tryFromString("MCP-Protocol-Version");
  private static final HttpString METHOD = HttpString.tryFromString("Mcp-Method");
  private static final HttpString NAME = HttpString.tryFromString("Mcp-Name");
  private static final HttpString SESSION = HttpString.tryFromString("Mcp-Session-Id");
  private static final HttpString HOST = HttpString.tryFromString("Host");
  private static final HttpString ORIGIN = HttpString.tryFromString("Origin");

  /** Sessions past this many are not opened: a client that never ends its sessions fills none. */
  private static final int MAX_SESSIONS = 10_000;

  private final McpProtocol protocol;
  private final BodyReader body;
  private final Executor pool;
  private final McpSettings settings;
  private final Map<String, McpProtocol.InFlight> sessions = new ConcurrentHashMap<>();

  public McpHandler(McpProtocol protocol, BodyReader body, Executor pool, McpSettings settings) {
    this.protocol = protocol;
    this.body = body;
    this.pool = pool;
    this.settings = settings;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
    if (!settings.allows(
        exchange.getRequestHeaders().getFirst(HOST),
        exchange.getRequestHeaders().getFirst(ORIGIN))) {
      throw ApiError.of(
          403,
          "forbidden_origin",
          "This MCP server does not accept requests from that Host or Origin (DNS rebinding"
              + " protection); see MCP_ALLOWED_ORIGINS and MCP_ALLOWED_HOSTS.");
    }
    HttpString method = exchange.getRequestMethod();
    if (method.equals(Methods.DELETE)) {
      String session = exchange.getRequestHeaders().getFirst(SESSION);
      if (session == null || sessions.remove(session) == null) {
        throw ApiError.of(404, "session_not_found", "No such MCP session.");
      }
      exchange.setStatusCode(204);
      exchange.endExchange();
      return;
    }
    if (!method.equals(Methods.POST)) {
      // No stream of server-initiated messages: the server sends none.
      throw ApiError.methodNotAllowed(method.toString(), "POST, DELETE");
    }
    body.read(exchange, this::start);
  }

  private void start(HttpServerExchange exchange, byte[] bytes) {
    exchange.dispatch(
        task -> {
          try {
            pool.execute(task);
          } catch (RejectedExecutionException e) {
            send(
                exchange,
                null,
                new McpError(-32000, 503, "The server is busy; retry shortly.", null));
          }
        },
        () -> {
          try {
            post(exchange, bytes);
          } catch (McpError error) {
            send(exchange, null, error);
          } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "MCP request " + Responses.requestId(exchange) + " failed", e);
            send(
                exchange,
                null,
                new McpError(
                    -32603,
                    500,
                    "The server failed; see its log for request " + Responses.requestId(exchange),
                    null));
          }
        });
  }

  private void post(HttpServerExchange exchange, byte[] bytes) throws McpError {
    JsonRpcMessage message;
    try {
      message = JsonRpcMessage.read(bytes);
    } catch (McpError error) {
      send(exchange, null, error);
      return;
    }
    String headerVersion = header(exchange, PROTOCOL_VERSION);
    boolean stateless =
        McpProtocol.isStateless(message) || McpProtocol.STATELESS.equals(headerVersion);
    McpProtocol.InFlight session = null;
    try {
      if (stateless) {
        checkHeaders(exchange, message, headerVersion);
      } else {
        session = session(exchange, message, headerVersion);
      }
    } catch (McpError error) {
      send(exchange, message.idJson, error);
      return;
    }
    if (stateless && message.method.equals("tools/call") && acceptsStream(exchange)) {
      // Closing this stream is how a client of the stateless revision cancels the call: the
      // stream's keep-alive comments find out when it has.
      McpProtocol.InFlight call = new McpProtocol.InFlight();
      SseReply stream =
          new SseReply(
              exchange,
              () -> protocol.cancel(call, message.idJson, "the client closed the stream"));
      protocol.handle(
          message,
          true,
          call,
          () -> Responses.requestId(exchange),
          AccessControl.caller(exchange),
          stream);
      return;
    }
    protocol.handle(
        message,
        stateless,
        session,
        () -> Responses.requestId(exchange),
        AccessControl.caller(exchange),
        new McpProtocol.Reply() {
          @Override
          public void result(String idJson, Json.Writable result) {
            Responses.send(exchange, 200, response(idJson, result));
          }

          @Override
          public void error(String idJson, McpError error) {
            send(exchange, idJson, error);
          }

          @Override
          public void accepted() {
            Responses.send(exchange, 202, new byte[0]);
          }
        });
  }

  private static boolean acceptsStream(HttpServerExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst(io.undertow.util.Headers.ACCEPT);
    return accept != null && accept.contains("text/event-stream");
  }

  /**
   * A tool call's answer as a stream of server-sent events: opened at once, a comment every second
   * while the call runs, then the response as one {@code message} event. A write that fails means
   * the client closed the stream: the call is cancelled. Every write happens on the exchange's IO
   * thread, one at a time.
   */
  private static final class SseReply implements McpProtocol.Reply {
    private static final long KEEP_ALIVE_MILLIS = 1_000;

    private final HttpServerExchange exchange;
    private final Runnable onClosed;
    private final java.util.ArrayDeque<java.nio.ByteBuffer> queue = new java.util.ArrayDeque<>();
    private boolean writing;
    private boolean finished;
    private boolean closed;

    SseReply(HttpServerExchange exchange, Runnable onClosed) {
      this.exchange = exchange;
      this.onClosed = onClosed;
      onIoThread(
          () -> {
            Responses.requestId(exchange);
            exchange.setStatusCode(200);
            exchange
                .getResponseHeaders()
                .put(io.undertow.util.Headers.CONTENT_TYPE, "text/event-stream")
                .put(io.undertow.util.Headers.CACHE_CONTROL, "no-cache");
            enqueue(": call started\n\n");
            keepAlive();
          });
    }

    private void onIoThread(Runnable task) {
      try {
        exchange.getIoThread().execute(task);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // the server is stopping: the connection goes with it
      }
    }

    private void keepAlive() {
      exchange
          .getIoThread()
          .executeAfter(
              () -> {
                if (!finished && !closed) {
                  enqueue(": still working\n\n");
                  keepAlive();
                }
              },
              KEEP_ALIVE_MILLIS,
              java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void enqueue(String frame) {
      queue.add(java.nio.ByteBuffer.wrap(frame.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      drain();
    }

    private void drain() {
      if (writing || closed) {
        return;
      }
      java.nio.ByteBuffer next = queue.poll();
      if (next == null) {
        if (finished) {
          exchange.getResponseSender().close();
        }
        return;
      }
      writing = true;
      exchange
          .getResponseSender()
          .send(
              next,
              new io.undertow.io.IoCallback() {
                @Override
                public void onComplete(HttpServerExchange ex, io.undertow.io.Sender sender) {
                  writing = false;
                  drain();
                }

                @Override
                public void onException(
                    HttpServerExchange ex, io.undertow.io.Sender sender, java.io.IOException e) {
                  writing = false;
                  closed = true;
                  queue.clear();
                  onClosed.run();
                  ex.endExchange();
                }
              });
    }

    private void finish(byte[] response) {
      onIoThread(
          () -> {
            if (closed || finished) {
              return;
            }
            finished = true;
            enqueue(
                "event: message\ndata: "
                    + new String(response, java.nio.charset.StandardCharsets.UTF_8)
                    + "\n\n");
          });
    }

    @Override
    public void result(String idJson, Json.Writable result) {
      finish(response(idJson, result));
    }

    @Override
    public void error(String idJson, McpError error) {
      finish(error.response(idJson));
    }

    @Override
    public void accepted() {
      finish(new byte[0]);
    }
  }

  /** A JSON-RPC success response. */
  static byte[] response(String idJson, Json.Writable result) {
    return Json.write(
        generator -> {
          generator.writeStartObject();
          generator.writeStringField("jsonrpc", "2.0");
          generator.writeFieldName("id");
          generator.writeRawValue(idJson);
          generator.writeFieldName("result");
          result.writeTo(generator);
          generator.writeEndObject();
        });
  }

  private static void send(HttpServerExchange exchange, String idJson, McpError error) {
    Responses.send(exchange, error.httpStatus(), error.response(idJson));
  }

  /** A header's value without the whitespace around it (RFC 9110), or null. */
  private static String header(HttpServerExchange exchange, HttpString name) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null ? null : value.strip();
  }

  /**
   * The stateless revision's headers: the protocol version as in {@code _meta}, the method, and the
   * tool's name, each as in the body (SEP-2243); a mismatch is -32020, HTTP 400.
   */
  private static void checkHeaders(
      HttpServerExchange exchange, JsonRpcMessage message, String headerVersion) throws McpError {
    if (message.isNotification()) {
      return;
    }
    McpProtocol.checkMetaShape(message);
    String metaVersion = (String) message.meta().get(McpProtocol.META_VERSION);
    if (!metaVersion.equals(headerVersion)) {
      throw McpError.headerMismatch(
          "The MCP-Protocol-Version header ("
              + (headerVersion == null ? "absent" : headerVersion)
              + ") must equal params._meta's protocol version ("
              + metaVersion
              + ").");
    }
    if (!McpProtocol.VERSIONS.contains(metaVersion)) {
      throw McpProtocol.unsupportedVersion(metaVersion);
    }
    String method = header(exchange, METHOD);
    if (!message.method.equals(method)) {
      throw McpError.headerMismatch(
          "The Mcp-Method header ("
              + (method == null ? "absent" : method)
              + ") must equal the body's method ("
              + message.method
              + ").");
    }
    Object name = message.param("name");
    if ((message.method.equals("tools/call") || message.method.equals("prompts/get"))
        && name instanceof String named) {
      String headerName = header(exchange, NAME);
      if (!named.equals(headerName)) {
        throw McpError.headerMismatch(
            "The Mcp-Name header ("
                + (headerName == null ? "absent" : headerName)
                + ") must equal params.name ("
                + named
                + ").");
      }
    }
  }

  /**
   * The session of a request of an earlier revision: {@code initialize} opens one; every later
   * request names it ({@code Mcp-Session-Id}), as the 2025 revisions' transport has it.
   */
  private McpProtocol.InFlight session(
      HttpServerExchange exchange, JsonRpcMessage message, String headerVersion) throws McpError {
    if (headerVersion != null
        && (!McpProtocol.VERSIONS.contains(headerVersion)
            || headerVersion.equals(McpProtocol.STATELESS))) {
      throw McpError.invalidRequest(
          "MCP-Protocol-Version "
              + headerVersion
              + " is not one this server speaks: "
              + McpProtocol.VERSIONS
              + ".");
    }
    if (message.method.equals("initialize")) {
      if (sessions.size() >= MAX_SESSIONS) {
        throw new McpError(
            -32000, 503, "Too many MCP sessions are open; end one (DELETE) or retry later.", null);
      }
      String id =
          new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong())
              .toString();
      McpProtocol.InFlight session = new McpProtocol.InFlight();
      sessions.put(id, session);
      exchange.getResponseHeaders().put(SESSION, id);
      return session;
    }
    String id = header(exchange, SESSION);
    if (id == null) {
      throw McpError.invalidRequest(
          "Send the Mcp-Session-Id that initialize answered with (or use revision "
              + McpProtocol.STATELESS
              + ", which has no sessions).");
    }
    McpProtocol.InFlight session = sessions.get(id);
    if (session == null) {
      throw new McpError(
          McpError.INVALID_REQUEST, 404, "No such MCP session: initialize again.", null);
    }
    return session;
  }
}
