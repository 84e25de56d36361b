package ai.dialer.server.http;

import ai.dialer.runtime.Answers;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.Json;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Writes every response of the API: one JSON shape for success, one for every failure. */
public final class Responses {
  public static final HttpString REQUEST_ID_HEADER = HttpString.tryFromString("X-Request-Id");
  private static final HttpString RETRY_AFTER = HttpString.tryFromString("Retry-After");
  private static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);
  private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private Responses() {}

  /**
   * The request's id: the client's {@code X-Request-Id} when it is a sensible token, else a new
   * one. Set on the response too, so a person can find the log lines of a failed call.
   */
  public static String requestId(HttpServerExchange exchange) {
    String id = exchange.getAttachment(REQUEST_ID);
    if (id == null) {
      String offered = exchange.getRequestHeaders().getFirst(REQUEST_ID_HEADER);
      id =
          offered != null && CLIENT_REQUEST_ID.matcher(offered).matches()
              ? offered
              // Random, not secret: ThreadLocalRandom spares every request SecureRandom's lock.
              : new UUID(
                      ThreadLocalRandom.current().nextLong(),
                      ThreadLocalRandom.current().nextLong())
                  .toString();
      exchange.putAttachment(REQUEST_ID, id);
      exchange.getResponseHeaders().put(REQUEST_ID_HEADER, id);
    }
    return id;
  }

  public static void json(HttpServerExchange exchange, int status, Json.Writable body) {
    send(exchange, status, Json.write(body));
  }

  public static void error(HttpServerExchange exchange, ApiError error) {
    if (error.allow() != null) {
      exchange.getResponseHeaders().put(Headers.ALLOW, error.allow());
    }
    if (error.retryAfterSeconds() > 0) {
      exchange.getResponseHeaders().put(RETRY_AFTER, Integer.toString(error.retryAfterSeconds()));
    }
    if (error.status() == 401) {
      // RFC 9110: a 401 says how to authenticate.
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"aidialer\"");
    }
    send(exchange, error.status(), Answers.error(error, requestId(exchange)));
  }

  /**
   * Sends an already written JSON body, always from the exchange's IO thread. An exchange that ends
   * on another thread makes Undertow's IO thread spin on the connection's state while that thread
   * re-arms the connection for the next request; under load that spin took 35% of the server's CPU
   * (see benchmarks/README.md). Handing the write to the IO thread costs one task hand-off, which
   * the worker would pay anyway to wake the selector.
   */
  public static void send(HttpServerExchange exchange, int status, byte[] body) {
    requestId(exchange);
    if (exchange.isInIoThread()) {
      sendNow(exchange, status, body);
      return;
    }
    try {
      exchange.getIoThread().execute(() -> sendNow(exchange, status, body));
    } catch (RejectedExecutionException e) {
      // The IO thread is stopping with the server: the connection goes with it either way.
      sendNow(exchange, status, body);
    }
  }

  private static void sendNow(HttpServerExchange exchange, int status, byte[] body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON_TYPE);
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }
}
