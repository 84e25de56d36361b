package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outermost handler: an {@link ApiError} becomes its JSON answer, and anything else that
 * escapes a handler is logged with the request id and answered as a 500 without a stack trace, so
 * the server keeps serving.
 */
public final class SafetyHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(SafetyHandler.class.getName());

  /** A handler step that may refuse the request. */
  @FunctionalInterface
  public interface Step {
    void handle(HttpServerExchange exchange) throws ApiError;
  }

  private final Step next;

  public SafetyHandler(Step next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    run(exchange, next);
  }

  /** Runs {@code step} for {@code exchange} with the same guarantees, on any thread. */
  public static void run(HttpServerExchange exchange, Step step) {
    Responses.requestId(exchange);
    try {
      step.handle(exchange);
    } catch (ApiError error) {
      Responses.error(exchange, error);
    } catch (RuntimeException | Error e) {
      String requestId = Responses.requestId(exchange);
      LOG.log(Level.SEVERE, "request " + requestId + " failed inside the server", e);
      if (!exchange.isResponseStarted()) {
        Responses.error(exchange, ApiError.internal(requestId));
      } else {
        exchange.endExchange();
      }
    }
  }
}
