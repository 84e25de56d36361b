package ai.dialer.server;

import ai.dialer.assembly.AiDialerServer_Assembly;
import ai.dialer.plugin.ReadinessCheck;
import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.Config;
import ai.dialer.server.config.ServerSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/** The real server on 127.0.0.1 and a free port, with a client that speaks to it over a socket. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ApiServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  /** The API key every request of {@link #get} and {@link #post} carries, or null. */
  private volatile String key;

  /** The port of a server this object did not start (a process of its own). */
  private final int port;

  private TestServer(ApiServer server) {
    this.server = server;
    this.port = -1;
  }

  private TestServer(int port) {
    this.server = null;
    this.port = port;
  }

  /** A client of a server running elsewhere (a process of its own) on {@code port}. */
  static TestServer at(int port) {
    return new TestServer(port);
  }

  static ServerSettings settings(Path dataDir, int maxBodyBytes, ChatBackendSettings chat) {
    return settings(dataDir, maxBodyBytes, chat, Map.of());
  }

  static ServerSettings settings(
      Path dataDir, int maxBodyBytes, ChatBackendSettings chat, Map<String, String> config) {
    return settings(dataDir, maxBodyBytes, chat, 16, config);
  }

  static ServerSettings settingsWithThreads(
      Path dataDir, int pluginThreads, Map<String, String> config) {
    return settings(dataDir, 1 << 20, ChatBackendSettings.none(), pluginThreads, config);
  }

  private static ServerSettings settings(
      Path dataDir,
      int maxBodyBytes,
      ChatBackendSettings chat,
      int pluginThreads,
      Map<String, String> config) {
    Map<String, String> values = new HashMap<>();
    values.put("HOST", "127.0.0.1");
    values.put("PORT", "0");
    values.put("MAX_BODY_BYTES", Integer.toString(maxBodyBytes));
    values.put("PLUGIN_THREADS", Integer.toString(pluginThreads));
    values.put("SHUTDOWN_GRACE_SECONDS", "5");
    values.put("DATA_DIR", dataDir.toString());
    values.putAll(chatConfig(chat));
    values.putAll(config);
    return ServerSettings.from(new Config(values));
  }

  /** The variables that configure {@code chat}, as an operator would set them. */
  static Map<String, String> chatConfig(ChatBackendSettings chat) {
    Map<String, String> values = new HashMap<>();
    chat.baseUrl().ifPresent(url -> values.put("OPENAI_BASE_URL", url.toString()));
    chat.apiKey().ifPresent(key -> values.put("OPENAI_API_KEY", key.reveal()));
    values.put("OPENAI_MODEL", chat.model());
    values.put("OPENAI_TIMEOUT_SECONDS", Integer.toString(chat.timeoutSeconds()));
    return values;
  }

  /** {@code settings} with other idle and body timeouts. */
  static ServerSettings withTimeouts(
      ServerSettings settings, java.time.Duration idle, java.time.Duration body) {
    return settings.with(
        Map.of(
            "IDLE_TIMEOUT_SECONDS", Long.toString(idle.toSeconds()),
            "BODY_TIMEOUT_SECONDS", Long.toString(body.toSeconds())));
  }

  /** The shipped plugins, as the default server starts them. */
  static TestServer start(Path dataDir) {
    return start(settings(dataDir, 1 << 20, ChatBackendSettings.none()));
  }

  static TestServer start(ServerSettings settings) {
    return start(settings, new AiDialerServer_Assembly());
  }

  /** The plugins of another assembly (a test's {@code @PluginServer}). */
  static TestServer start(ServerSettings settings, ServerAssembly assembly) {
    return new TestServer(ApiServer.start(settings, assembly));
  }

  /** Plugins of the test's own. */
  static TestServer start(Path dataDir, PluginRegistry registry) {
    return start(dataDir, registry, Map.of());
  }

  /** Plugins of the test's own, with settings. */
  static TestServer start(Path dataDir, PluginRegistry registry, Map<String, String> config) {
    return start(
        dataDir,
        registry,
        settings(dataDir, 1 << 20, ChatBackendSettings.none(), config),
        () -> true);
  }

  static TestServer start(ServerSettings settings, PluginRegistry registry) {
    return start(null, registry, settings, () -> true);
  }

  /** Plugins of the test's own, with settings and a readiness check named "database". */
  static TestServer start(
      Path dataDir, PluginRegistry registry, ServerSettings settings, BooleanSupplier ready) {
    ReadinessCheck database =
        new ReadinessCheck() {
          @Override
          public String name() {
            return "database";
          }

          @Override
          public Optional<String> problem() {
            return ready.getAsBoolean() ? Optional.empty() : Optional.of("not ready (test)");
          }
        };
    return new TestServer(
        ApiServer.start(settings, registry, Set.of(), () -> {}, List.of(database)));
  }

  /** Sends {@code key} as {@code Authorization: Bearer} with every request from now on. */
  TestServer withKey(String key) {
    this.key = key;
    return this;
  }

  /** A request to {@code path}, with the API key if one is set. */
  HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return request;
  }

  ApiServer server() {
    return server;
  }

  int port() {
    return server == null ? port : server.port();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** A response with its body parsed as JSON (every answer of this API is JSON). */
  record Response(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Response get(String path) {
    return send(request(path).GET().build());
  }

  /**
   * An MCP request of protocol version 2026-07-28 ({@code name}: the tool or prompt the {@code
   * Mcp-Name} header names, or null), answered 200 with the JSON-RPC answer.
   */
  JsonNode mcp(String method, String name, ObjectNode params) {
    Response response = mcpResponse(method, name, params);
    if (response.status() != 200) {
      throw new AssertionError(response.status() + ": " + response.raw().body());
    }
    return response.json();
  }

  /** {@link #mcp}, whatever the status. */
  Response mcpResponse(String method, String name, ObjectNode params) {
    ObjectNode meta =
        params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
    meta.putObject("io.modelcontextprotocol/clientCapabilities");
    ObjectNode body =
        JsonNodeFactory.instance
            .objectNode()
            .put("jsonrpc", "2.0")
            .put("id", 1)
            .put("method", method);
    body.set("params", params);
    HttpRequest.Builder request =
        request("/mcp")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("MCP-Protocol-Version", "2026-07-28")
            .header("Mcp-Method", method)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (name != null) {
      request.header("Mcp-Name", name);
    }
    return send(request.build());
  }

  /** The body as text (the Prometheus text of /metrics is not JSON). */
  String getText(String path) {
    return get(path).raw().body();
  }

  Response invoke(String body) {
    return post("/api/plugins/invoke", body, "application/json");
  }

  Response post(String path, String body, String contentType) {
    HttpRequest.Builder request =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  /** POSTs bytes exactly as given, as JSON. */
  Response postBytes(String path, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      boolean json =
          response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
      return new Response(
          response.statusCode(), response, json ? JSON.readTree(response.body()) : null);
    } catch (IOException e) {
      throw new AssertionError("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Sends bytes exactly as given (for bodies a well-behaved client cannot produce) and returns the
   * status line and the body.
   */
  String[] raw(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      return new String[] {
        response.substring(0, response.indexOf("\r\n")), response.substring(split + 4)
      };
    }
  }

  static byte[] rawPost(String path, byte[] body, String contentType) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + "Content-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** What {@code --help} prints for the default server. */
  static String help() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Help.print(new AiDialerServer_Assembly(), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Work that starts, uses and stops servers. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /**
   * Everything logged while {@code work} runs: the loggers' records and standard error, where the
   * invocation lines go (a server takes standard error when it starts, so start it inside).
   */
  static String logOf(Work work) throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    Logger root = Logger.getLogger("");
    StreamHandler capture = new StreamHandler(logged, new SimpleFormatter());
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    PrintStream err = System.err;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(err);
      capture.flush();
      root.removeHandler(capture);
    }
    return logged.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    if (server != null) {
      server.close();
    }
  }
}
