package ai.dialer.server.http;

import ai.dialer.runtime.InvalidContextException;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginException;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  public InvokeHandler(PluginRegistry registry, int maxBodyBytes) {
    this.registry = registry;
    this.maxBodyBytes = maxBodyBytes;
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
    receiver.receiveFullBytes(
        (ex, body) -> ex.dispatch(() -> SafetyHandler.run(ex, e -> invoke(e, body))),
        (ex, error) ->
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
                }));
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

  private void invoke(HttpServerExchange exchange, byte[] body) throws ApiError {
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (Json.MalformedJsonException e) {
      throw ApiError.of(400, "malformed_json", e.getMessage());
    }
    if (!request.isObject()) {
      throw ApiError.of(
          400,
          "invalid_request",
          "The request body must be a JSON object like {\"plugin\": \"NoteTakerPlugin\","
              + " \"context\": {…}}, but is " + Json.describe(request) + ".");
    }
    JsonNode pluginName = request.get("plugin");
    if (pluginName == null || pluginName.isNull()) {
      throw ApiError.of(400, "invalid_request", "Missing required key: plugin.");
    }
    if (!pluginName.isTextual()) {
      throw ApiError.of(
          400,
          "invalid_request",
          "\"plugin\" must be a string (the plugin's name), but is "
              + Json.describe(pluginName) + ".");
    }
    JsonNode context = request.get("context");
    if (context == null || context.isNull()) {
      context = JsonNodeFactory.instance.objectNode();
    } else if (!context.isObject()) {
      throw ApiError.of(
          400,
          "invalid_request",
          "\"context\" must be a JSON object, but is " + Json.describe(context) + ".");
    }
    String name = pluginName.textValue();
    PluginInvoker invoker = registry.find(name).orElseThrow(() -> UnknownPlugin.error(name, registry));
    byte[] response = call(exchange, invoker, (ObjectNode) context);
    Responses.send(exchange, 200, response);
  }

  /** Runs the plugin and writes the whole success body, so a failure can still be answered. */
  private static byte[] call(HttpServerExchange exchange, PluginInvoker invoker, ObjectNode context)
      throws ApiError {
    String name = invoker.descriptor().name();
    String requestId = Responses.requestId(exchange);
    try {
      Json.Writable result = invoker.invoke(context);
      return Json.write(
          generator -> {
            generator.writeStartObject();
            generator.writeBooleanField("success", true);
            generator.writeStringField("plugin", name);
            generator.writeFieldName("result");
            result.writeTo(generator);
            generator.writeEndObject();
          });
    } catch (InvalidContextException e) {
      throw ApiError.invalidContext(e.getMessage(), e.violations());
    } catch (PluginException e) {
      LOG.log(
          Level.WARNING,
          "request " + requestId + ": plugin " + name + " failed (" + e.code() + "): "
              + e.getMessage(),
          e.getCause());
      throw ApiError.of(e.status(), e.code(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.SEVERE, "request " + requestId + ": plugin " + name + " failed", e);
      throw ApiError.of(
          500,
          "plugin_failed",
          "Plugin '" + name + "' failed unexpectedly; see the server log for request "
              + requestId + ".");
    }
  }
}
