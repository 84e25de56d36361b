package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.InvokeRequest;
import ai.dialer.runtime.PluginRegistry;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.XnioExecutor;

/**
 * POST /api/plugins/invoke {@code {"plugin":…, "context":{…}}}.
 *
 * <p>The body is read without blocking, up to a limit (413 past it); the call itself runs on a
 * worker thread, never on an IO thread. Bad input of every kind is a 4xx; only the plugin's own
 * failure is a 5xx.
 */
public final class InvokeHandler implements SafetyHandler.Step {
  private static final Logger LOG = Logger.getLogger(InvokeHandler.class.getName());

  private final PluginRegistry registry;
  private final int maxBodyBytes;
  private final Duration bodyTimeout;
  private final Executor pluginPool;
  private final PluginCalls calls;

  /**
   * @param bodyTimeout how long a body may take to arrive in full, however it trickles; past it the
   *     request is answered 408 and the connection closed
   * @param pluginPool where calls run: bounded, so a flood is answered 503 instead of queued
   *     without end
   * @param calls runs each call under its plugin's settings
   */
  public InvokeHandler(
      PluginRegistry registry,
      int maxBodyBytes,
      Duration bodyTimeout,
      Executor pluginPool,
      PluginCalls calls) {
    this.registry = registry;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyTimeout = bodyTimeout;
    this.pluginPool = pluginPool;
    this.calls = calls;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
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
        // Off the IO thread: once this callback returns, the pool reads the body, runs the plugin
        // and answers. Undertow hands the task over only after the IO thread is done with the
        // exchange.
        (ex, body) -> {
          if (deadline.arrived()) {
            start(ex, body);
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

  private void start(HttpServerExchange exchange, byte[] body) {
    PluginCalls.Answer answer = new PluginCalls.Answer(exchange);
    exchange.dispatch(
        task -> {
          try {
            pluginPool.execute(task);
          } catch (RejectedExecutionException e) {
            calls.refuse(
                answer,
                null,
                ApiError.busy(
                    "server_busy",
                    "The server is running as many plugin calls as it can; retry shortly."));
          }
        },
        () -> handle(answer, body));
  }

  /**
   * Reads {@code {"plugin": …, "context": {…}}}, validates the context and runs the plugin. The
   * plugin runs only once the whole body has proved to be one well-formed document.
   */
  private void handle(PluginCalls.Answer answer, byte[] body) {
    String plugin = null;
    try {
      InvokeRequest request = InvokeRequest.read(body, registry);
      plugin = request.plugin();
      calls.keepParametersIfLogged(answer, request);
      calls.run(answer, plugin, request.prepare());
    } catch (ApiError error) {
      calls.refuse(answer, plugin, error);
    } catch (RuntimeException | Error e) {
      String requestId = Responses.requestId(answer.exchange());
      LOG.log(Level.SEVERE, "request " + requestId + " failed inside the server", e);
      calls.refuse(answer, null, ApiError.internal(requestId));
    }
  }
}
