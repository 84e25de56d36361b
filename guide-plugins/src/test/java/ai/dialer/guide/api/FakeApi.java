package ai.dialer.guide.api;

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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local web API under {@code /v1/}, with the endpoints an attack on the API plugin needs: JSON
 * and text answers, one that echoes the request's headers back (as httpbin's {@code /headers}
 * does), redirects inside and outside the base, a large answer and a slow one. Every request it
 * receives is recorded, with its {@code Authorization} header.
 */
public final class FakeApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as the API received it. */
  public record Received(String path, String query, String authorization) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile URI elsewhere = URI.create("http://example.invalid/");

  public FakeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The base every call of the plugin goes under. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
  }

  /** Where {@code /v1/redirect-away} sends a caller. */
  public FakeApi redirectingAwayTo(URI elsewhere) {
    this.elsewhere = elsewhere;
    return this;
  }

  /** The configuration that points a server's plugin here, loopback allowed explicitly. */
  public Map<String, String> config(String secret) {
    return Map.of(
        "HTTP_API_PLUGIN_BASE_URL",
        base().toString(),
        "HTTP_API_PLUGIN_SECRET",
        secret,
        "HTTP_API_PLUGIN_ALLOW_PRIVATE",
        "true",
        "HTTP_API_PLUGIN_TIMEOUT_SECONDS",
        "1");
  }

  public List<Received> received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      received.add(new Received(uri.getRawPath(), uri.getRawQuery(), authorization));
      switch (uri.getRawPath()) {
        case "/v1/users/42" ->
            send(exchange, 200, "application/json", "{\"id\":42,\"name\":\"Ann\"}");
        case "/v1/search" ->
            send(
                exchange,
                200,
                "application/json",
                JSON.createObjectNode().put("query", uri.getRawQuery()).toString());
        case "/v1/text" -> send(exchange, 200, "text/plain; charset=utf-8", "plain words");
        case "/v1/headers" -> {
          ObjectNode headers = JSON.createObjectNode();
          exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
          send(
              exchange,
              200,
              "application/json",
              JSON.createObjectNode().set("headers", headers).toString());
        }
        case "/v1/missing" ->
            send(exchange, 404, "application/json", "{\"error\":\"no such thing\"}");
        case "/v1/redirect-in" -> redirect(exchange, "/v1/users/42");
        case "/v1/redirect-up" -> redirect(exchange, "/admin");
        case "/v1/redirect-away" -> redirect(exchange, elsewhere.toString());
        case "/v1/redirect-loop" -> redirect(exchange, "/v1/redirect-loop");
        case "/v1/big" -> send(exchange, 200, "text/plain", "x".repeat(2 << 20));
        case "/v1/slow" -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            return;
          }
          send(exchange, 200, "text/plain", "late");
        }
        default -> send(exchange, 404, "text/plain", "not here");
      }
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the caller stopped reading (a size limit): nothing to do
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
