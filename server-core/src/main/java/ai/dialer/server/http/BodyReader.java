package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.XnioExecutor;

/**
 * Reads a JSON request body without blocking, up to a size (413 past it) and a deadline (408),
 * UTF-8 JSON only (415): what POST /api/plugins/invoke and POST /mcp both take.
 */
public final class BodyReader {
  private static final Logger LOG = Logger.getLogger(BodyReader.class.getName());

  private final int maxBodyBytes;
  private final Duration bodyTimeout;

  /**
   * @param bodyTimeout how long a body may take to arrive in full, however it trickles; past it the
   *     request is answered 408 and the connection closed
   */
  public BodyReader(int maxBodyBytes, Duration bodyTimeout) {
    this.maxBodyBytes = maxBodyBytes;
    this.bodyTimeout = bodyTimeout;
  }

  /**
   * Reads the whole body without blocking, then hands it to {@code then} on the exchange's IO
   * thread; a body that is too large, too slow, unreadable or not JSON is answered here.
   */
  public void read(HttpServerExchange exchange, BiConsumer<HttpServerExchange, byte[]> then)
      throws ApiError {
    checkContentType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
    long declared = exchange.getRequestContentLength();
    if (declared > maxBodyBytes) {
      throw tooLarge(exchange);
    }
    Receiver receiver = exchange.getRequestReceiver();
    receiver.setMaxBufferSize(maxBodyBytes);
    // The idle timeout closes a connection that sends nothing; this one answers a body that keeps
    // arriving a little at a time, which would otherwise hold its connection and its buffer for as
    // long as the client likes. The deadline, the body's arrival and its failure all run on the
    // exchange's IO thread, so whichever comes first is the only one that acts.
    BodyDeadline deadline = new BodyDeadline();
    deadline.key =
        exchange
            .getIoThread()
            .executeAfter(
                () -> deadline.expire(exchange), bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
    receiver.receiveFullBytes(
        (ex, body) -> {
          if (deadline.arrived()) {
            then.accept(ex, body);
          }
        },
        (ex, error) -> {
          if (!deadline.arrived()) {
            return; // the deadline has answered
          }
          SafetyHandler.run(
              ex,
              e -> {
                if (error instanceof RequestTooBigException
                    || error instanceof Receiver.RequestToLargeException) {
                  throw tooLarge(e);
                }
                LOG.log(Level.FINE, "could not read a request body", error);
                e.setPersistent(false);
                throw ApiError.of(400, "unreadable_body", "The request body could not be read.");
              });
        });
  }

  /** The time a body has to arrive; used on the exchange's IO thread only. */
  private final class BodyDeadline {
    XnioExecutor.Key key;
    private boolean expired;

    /** The body (or its failure) is here: false if the deadline came first and answered. */
    boolean arrived() {
      if (expired) {
        return false;
      }
      key.remove();
      return true;
    }

    void expire(HttpServerExchange exchange) {
      expired = true;
      SafetyHandler.run(
          exchange,
          e -> {
            // The rest of the body is not read, so the connection cannot be reused.
            e.setPersistent(false);
            throw ApiError.of(
                408,
                "request_timeout",
                "The request body did not arrive in full within "
                    + bodyTimeout.toSeconds()
                    + " seconds.");
          });
    }
  }

  private ApiError tooLarge(HttpServerExchange exchange) {
    // The rest of an oversized body is not read, so the connection cannot be reused.
    exchange.setPersistent(false);
    return ApiError.of(
        413,
        "payload_too_large",
        "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
  }

  /** JSON only, and UTF-8 only; no Content-Type at all is taken as JSON. */
  private static void checkContentType(String contentType) throws ApiError {
    if (contentType == null || contentType.isBlank()) {
      return;
    }
    String[] parts = contentType.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
      throw ApiError.of(
          415,
          "unsupported_media_type",
          "Content-Type must be application/json, but is \"" + contentType.strip() + "\".");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")
          && parameter.length == 2
          && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw ApiError.of(
            415,
            "unsupported_media_type",
            "JSON must be sent as UTF-8, but the charset is \"" + parameter[1].strip() + "\".");
      }
    }
  }
}
