package ai.dialer.server.http;

import ai.dialer.plugin.ReadinessCheck;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /health (the process answers), /ready (it can serve: every readiness check the plugin jars
 * contribute passes, such as the database's) and /metrics (Prometheus text format).
 */
public final class OperationsHandler implements SafetyHandler.Step {
  private final List<ReadinessCheck> readiness;
  private final Metrics metrics;

  public OperationsHandler(Collection<ReadinessCheck> readiness, Metrics metrics) {
    this.readiness = new ArrayList<>(readiness);
    this.readiness.sort(Comparator.comparing(ReadinessCheck::name));
    this.metrics = metrics;
  }

  @Override
  public void handle(HttpServerExchange exchange) {
    switch (exchange.getRequestPath()) {
      case "/health":
        Responses.json(
            exchange,
            200,
            g -> {
              g.writeStartObject();
              g.writeStringField("status", "ok");
              g.writeEndObject();
            });
        break;
      case "/ready":
        // A check may wait for its storage (the database's probe write): off the I/O thread.
        exchange.dispatch(() -> ready(exchange));
        break;
      default:
        Responses.requestId(exchange);
        exchange.setStatusCode(200);
        exchange
            .getResponseHeaders()
            .put(Headers.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        exchange
            .getResponseSender()
            .send(ByteBuffer.wrap(metrics.text().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private void ready(HttpServerExchange exchange) {
    Map<String, Optional<String>> problems = new LinkedHashMap<>();
    readiness.forEach(check -> problems.put(check.name(), check.problem()));
    boolean ready = problems.values().stream().allMatch(Optional::isEmpty);
    Responses.json(
        exchange,
        ready ? 200 : 503,
        g -> {
          g.writeStartObject();
          g.writeStringField("status", ready ? "ready" : "not_ready");
          g.writeObjectFieldStart("checks");
          for (Map.Entry<String, Optional<String>> check : problems.entrySet()) {
            g.writeBooleanField(check.getKey(), check.getValue().isEmpty());
          }
          g.writeEndObject();
          if (!ready) {
            g.writeObjectFieldStart("problems");
            for (Map.Entry<String, Optional<String>> check : problems.entrySet()) {
              if (check.getValue().isPresent()) {
                g.writeStringField(check.getKey(), check.getValue().get());
              }
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        });
  }
}
