package ai.dialer.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * GET /health (the process answers), /ready (it can serve: the database answers) and /metrics
 * (Prometheus text format).
 */
public final class OperationsHandler implements SafetyHandler.Step {
  private final BooleanSupplier databaseReachable;
  private final Metrics metrics;

  public OperationsHandler(BooleanSupplier databaseReachable, Metrics metrics) {
    this.databaseReachable = databaseReachable;
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
        boolean database = databaseReachable.getAsBoolean();
        Responses.json(
            exchange,
            database ? 200 : 503,
            g -> {
              g.writeStartObject();
              g.writeStringField("status", database ? "ready" : "not_ready");
              g.writeObjectFieldStart("checks");
              g.writeBooleanField("database", database);
              g.writeEndObject();
              g.writeEndObject();
            });
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
}
