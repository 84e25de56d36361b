package ai.dialer.server.http;

import ai.dialer.runtime.InvalidContextException;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
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
   * @param bodyTimeout how long a body may take to arrive in full, however it trickles; past it
   *     the request is answered 408 and the connection closed
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
            calls.refuse(answer, null, ApiError.busy("server_busy",
                "The server is running as many plugin calls as it can; retry shortly."));
          }
        },
        () -> handle(answer, body));
  }

  /**
   * Reads {@code {"plugin": …, "context": {…}}} with the streaming parser. When the plugin's name
   * comes first (as clients send it) the context goes straight from the parser into the generated
   * validator; when it comes after, the context is held as a tree until then. The plugin runs only
   * once the whole body has proved to be one well-formed document.
   */
  private void handle(PluginCalls.Answer answer, byte[] body) {
    Envelope envelope = null;
    try {
      try (JsonParser parser = Json.parser(body)) {
        envelope = readEnvelope(parser);
        if (parser.nextToken() != null) {
          throw ApiError.of(400, "malformed_json", "Malformed JSON: data after the JSON document.");
        }
      } catch (Json.MalformedJsonException e) {
        throw ApiError.of(400, "malformed_json", e.getMessage());
      } catch (IOException e) {
        throw ApiError.of(400, "malformed_json", Json.malformed(e).getMessage());
      }
      if (envelope.invoker != null) {
        calls.keepParametersIfLogged(answer, envelope.name, body);
      }
      PreparedCall prepared = envelope.prepare(registry);
      calls.run(answer, prepared.plugin(), prepared.call());
    } catch (ApiError error) {
      String plugin = envelope != null && envelope.invoker != null ? envelope.name : null;
      calls.refuse(answer, plugin, error);
    } catch (RuntimeException | Error e) {
      String requestId = Responses.requestId(answer.exchange());
      LOG.log(Level.SEVERE, "request " + requestId + " failed inside the server", e);
      calls.refuse(answer, null, ApiError.internal(requestId));
    }
  }

  /** What the envelope held, and what went wrong with it, in the order it is reported. */
  private static final class Envelope {
    ApiError problem;
    String name;
    PluginInvoker invoker;
    PluginInvoker.Call call;
    InvalidContextException invalid;
    JsonNode heldContext;

    PreparedCall prepare(PluginRegistry registry) throws ApiError {
      if (problem != null) {
        throw problem;
      }
      if (name == null) {
        throw ApiError.of(400, "invalid_request", "Missing required key: plugin.");
      }
      if (invoker == null) {
        throw UnknownPlugin.error(name, registry);
      }
      try {
        if (invalid != null) {
          throw invalid;
        }
        if (call == null) {
          JsonNode context =
              heldContext == null ? JsonNodeFactory.instance.objectNode() : heldContext;
          call = invoker.prepare(Json.parser(context));
        }
      } catch (InvalidContextException e) {
        throw ApiError.invalidContext(e.getMessage(), e.violations());
      } catch (IOException e) {
        throw new UncheckedIOException("A tree is always well-formed JSON", e);
      }
      return new PreparedCall(invoker.descriptor().name(), call);
    }
  }

  private record PreparedCall(String plugin, PluginInvoker.Call call) {}

  private Envelope readEnvelope(JsonParser parser) throws IOException {
    Envelope envelope = new Envelope();
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      String actual = first == JsonToken.START_ARRAY ? "an array" : "not an object";
      parser.skipChildren();
      envelope.problem =
          ApiError.of(
              400,
              "invalid_request",
              "The request body must be a JSON object like {\"plugin\": \"NoteTakerPlugin\","
                  + " \"context\": {…}}, but is " + actual + ".");
      return envelope;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      if (key.equals("plugin")) {
        if (value == JsonToken.VALUE_STRING) {
          envelope.name = parser.getText();
          envelope.invoker = registry.find(envelope.name).orElse(null);
          if (envelope.invoker != null && envelope.heldContext != null) {
            readContext(envelope, Json.parser(envelope.heldContext));
            envelope.heldContext = null;
          }
        } else if (value != JsonToken.VALUE_NULL && envelope.problem == null) {
          JsonNode actual = Json.readSubtree(parser);
          envelope.problem =
              ApiError.of(
                  400,
                  "invalid_request",
                  "\"plugin\" must be a string (the plugin's name), but is "
                      + Json.describe(actual) + ".");
        }
      } else if (key.equals("context")) {
        if (value == JsonToken.VALUE_NULL) {
          continue;
        }
        if (value != JsonToken.START_OBJECT) {
          JsonNode actual = Json.readSubtree(parser);
          if (envelope.problem == null) {
            envelope.problem =
                ApiError.of(
                    400,
                    "invalid_request",
                    "\"context\" must be a JSON object, but is " + Json.describe(actual) + ".");
          }
        } else if (envelope.invoker != null) {
          readContext(envelope, parser);
        } else {
          envelope.heldContext = Json.readSubtree(parser);
        }
      } else {
        parser.skipChildren();
      }
    }
    return envelope;
  }

  /** Validates the context into a ready call; a violation waits until the body is fully read. */
  private static void readContext(Envelope envelope, JsonParser parser) throws IOException {
    try {
      envelope.call = envelope.invoker.prepare(parser);
    } catch (InvalidContextException e) {
      envelope.invalid = e;
    }
  }
}
