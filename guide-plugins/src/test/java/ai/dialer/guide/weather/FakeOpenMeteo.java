package ai.dialer.guide.weather;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local server that answers as Open-Meteo's keyless APIs do: {@code GET /v1/search} (geocoding)
 * and {@code GET /v1/forecast}, with bodies recorded from their documentation (the resources next
 * to this class). It knows one place, Berlin; any other name finds nothing, as Open-Meteo answers
 * then (no {@code results}). A forecast without coordinates is Open-Meteo's 400 error object.
 */
public final class FakeOpenMeteo implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<URI> requests = new CopyOnWriteArrayList<>();
  private volatile int failWith;
  private volatile long delayMillis;

  public FakeOpenMeteo() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public URI geocodingUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/search");
  }

  public URI forecastUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/forecast");
  }

  /** Settings that point the plugin here. */
  public WeatherSettings settings(int timeoutSeconds) {
    return new WeatherSettings(geocodingUrl(), forecastUrl(), timeoutSeconds);
  }

  /** The configuration that points a server's plugin here, as an operator would set it. */
  public Map<String, String> config(int timeoutSeconds) {
    return Map.of(
        "WEATHER_PLUGIN_GEOCODING_URL", geocodingUrl().toString(),
        "WEATHER_PLUGIN_FORECAST_URL", forecastUrl().toString(),
        "WEATHER_PLUGIN_TIMEOUT_SECONDS", Integer.toString(timeoutSeconds));
  }

  /** Every request received, in order. */
  public List<URI> requests() {
    return requests;
  }

  /** Answers every request with this status (Open-Meteo's error body), or 0 for normally. */
  public FakeOpenMeteo failingWith(int status) {
    this.failWith = status;
    return this;
  }

  /** Waits this long before answering. */
  public FakeOpenMeteo delayedBy(long millis) {
    this.delayMillis = millis;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      requests.add(uri);
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
      Map<String, String> query = query(uri);
      if (failWith != 0) {
        send(exchange, failWith, "{\"error\":true,\"reason\":\"Service unavailable\"}");
      } else if (uri.getPath().equals("/v1/search")) {
        boolean berlin = "berlin".equalsIgnoreCase(query.getOrDefault("name", ""));
        send(exchange, 200, resource(berlin ? "geocoding-berlin.json" : "geocoding-none.json"));
      } else if (uri.getPath().equals("/v1/forecast")) {
        if (!query.containsKey("latitude") || !query.containsKey("longitude")) {
          send(exchange, 400, resource("forecast-error.json"));
          return;
        }
        ObjectNode forecast = (ObjectNode) JSON.readTree(resource("forecast-current.json"));
        if ("fahrenheit".equals(query.get("temperature_unit"))) {
          ((ObjectNode) forecast.get("current_units")).put("temperature_2m", "°F");
          ((ObjectNode) forecast.get("current")).put("temperature_2m", 38.1);
        }
        send(exchange, 200, JSON.writeValueAsString(forecast));
      } else {
        send(exchange, 404, "{\"error\":true,\"reason\":\"Not Found\"}");
      }
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int equals = pair.indexOf('=');
        values.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static String resource(String name) {
    try (InputStream in = FakeOpenMeteo.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
