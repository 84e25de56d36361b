package ai.dialer.runtime;

import ai.dialer.plugin.InvalidContextException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A request to invoke a plugin, {@code {"plugin": "…", "context": {…}}}, read from its body: the
 * server's {@code POST /api/plugins/invoke} and the test kit read it alike.
 *
 * @param plugin the plugin's name
 * @param invoker the plugin
 * @param context its context, {@code {}} when the request has none
 */
public record InvokeRequest(String plugin, PluginInvoker invoker, ContextJson context) {
  /**
   * Reads the body in one pass: the whole body must be one well-formed JSON document before
   * anything else is looked at; then the request's shape, then the plugin's name.
   *
   * @throws ApiError 400 {@code malformed_json} or {@code invalid_request}, 404 {@code
   *     plugin_not_found}, or 500 {@code plugin_unavailable} if the plugin could not be built
   */
  public static InvokeRequest read(byte[] body, PluginRegistry registry) throws ApiError {
    Envelope envelope = new Envelope();
    try (JsonParser parser = Json.parser(body)) {
      envelope.read(parser);
      Json.requireEnd(parser);
    } catch (Json.MalformedJsonException e) {
      throw ApiError.of(400, "malformed_json", e.getMessage());
    } catch (IOException e) {
      throw ApiError.of(400, "malformed_json", Json.malformed(e).getMessage());
    }
    if (envelope.problem != null) {
      throw envelope.problem;
    }
    if (envelope.plugin == null) {
      throw ApiError.of(400, "invalid_request", "Missing required key: plugin.");
    }
    PluginInvoker invoker =
        registry
            .find(envelope.plugin)
            .orElseThrow(() -> UnknownPlugin.error(envelope.plugin, registry));
    ContextJson context =
        envelope.contextEnd < 0
            ? ContextJson.EMPTY
            : ContextJson.slice(
                body, envelope.contextStart, envelope.contextEnd - envelope.contextStart);
    return new InvokeRequest(invoker.descriptor().name(), invoker, context);
  }

  /**
   * Validates the context into a call, ready to run.
   *
   * @throws ApiError 400 {@code invalid_context} with every violation
   */
  public PluginInvoker.Call prepare() throws ApiError {
    try {
      return invoker.prepare(context);
    } catch (InvalidContextException e) {
      throw ApiError.invalidContext(e);
    }
  }

  /** What the body holds, and the first thing wrong with it. */
  private static final class Envelope {
    ApiError problem;
    String plugin;

    /** Where the context's object starts and ends in the body (its bodies are under 2 GiB). */
    int contextStart = -1;

    int contextEnd = -1;

    void read(JsonParser parser) throws IOException {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        String actual = first == JsonToken.START_ARRAY ? "an array" : "not an object";
        parser.skipChildren();
        refuse(
            "The request body must be a JSON object like {\"plugin\": \"NoteTakerPlugin\","
                + " \"context\": {…}}, but is "
                + actual
                + ".");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (key.equals("plugin") && value == JsonToken.VALUE_STRING) {
          plugin = parser.getText();
        } else if (key.equals("plugin") && value != JsonToken.VALUE_NULL) {
          refuse(
              "\"plugin\" must be a string (the plugin's name), but is "
                  + Json.describe(parser)
                  + ".");
        } else if (key.equals("context") && value == JsonToken.START_OBJECT) {
          contextStart = (int) parser.currentTokenLocation().getByteOffset();
          parser.skipChildren();
          contextEnd = (int) parser.currentLocation().getByteOffset();
        } else if (key.equals("context") && value != JsonToken.VALUE_NULL) {
          refuse("\"context\" must be a JSON object, but is " + Json.describe(parser) + ".");
        }
        parser.skipChildren();
      }
    }

    private void refuse(String message) {
      if (problem == null) {
        problem = ApiError.of(400, "invalid_request", message);
      }
    }
  }
}
