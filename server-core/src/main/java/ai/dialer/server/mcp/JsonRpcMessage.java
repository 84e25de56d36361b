package ai.dialer.server.mcp;

import ai.dialer.formats.JsonTree;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON-RPC 2.0 message as MCP sends it, read with the server's strict parser: its id (kept as
 * the JSON it was sent as, to echo), its method, and its params, except that a tool call's {@code
 * arguments} stay as the bytes they were sent as, for the plugin's generated reader.
 */
final class JsonRpcMessage {
  /** The id as sent ({@code 7}, {@code "a"}, {@code null}); null when there is none. */
  final String idJson;

  final String method;

  /** The params other than {@code arguments}: maps, lists, strings, numbers, booleans, null. */
  final Map<String, Object> params;

  /** {@code params.arguments}, as sent; null when absent. */
  final ContextJson arguments;

  private JsonRpcMessage(
      String idJson, String method, Map<String, Object> params, ContextJson arguments) {
    this.idJson = idJson;
    this.method = method;
    this.params = params;
    this.arguments = arguments;
  }

  boolean isNotification() {
    return idJson == null;
  }

  /** A member of params, or null. */
  Object param(String name) {
    return params == null ? null : params.get(name);
  }

  /** {@code params._meta}, or null. */
  @SuppressWarnings("unchecked")
  Map<String, Object> meta() {
    return param("_meta") instanceof Map<?, ?> meta ? (Map<String, Object>) meta : null;
  }

  /**
   * Reads one message.
   *
   * @throws McpError -32700 for a body that is not one well-formed JSON document, -32600 for one
   *     that is not a JSON-RPC request or notification (a batch included: MCP has none)
   */
  static JsonRpcMessage read(byte[] body) throws McpError {
    try (JsonParser parser = Json.parser(body)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw McpError.invalidRequest(
            first == JsonToken.START_ARRAY
                ? "A batch is not a request: send one JSON-RPC message per request."
                : "A JSON-RPC request is an object.");
      }
      String version = null;
      String idJson = null;
      String method = null;
      Map<String, Object> params = null;
      ContextJson arguments = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (key) {
          case "jsonrpc" -> version = value == JsonToken.VALUE_STRING ? parser.getText() : "";
          case "id" -> {
            if (value == JsonToken.VALUE_STRING) {
              idJson = Json.text(generator -> generator.writeString(parser.getText()));
            } else if (value == JsonToken.VALUE_NUMBER_INT) {
              idJson = parser.getText();
            } else if (value == JsonToken.VALUE_NULL) {
              idJson = "null";
            } else {
              throw McpError.invalidRequest("A request id is a string or an integer.");
            }
          }
          case "method" -> {
            if (value != JsonToken.VALUE_STRING) {
              throw McpError.invalidRequest("\"method\" must be a string.");
            }
            method = parser.getText();
          }
          case "params" -> {
            if (value != JsonToken.START_OBJECT) {
              throw McpError.invalidParams("\"params\" must be an object.");
            }
            params = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String name = parser.currentName();
              JsonToken member = parser.nextToken();
              if (name.equals("arguments") && member == JsonToken.START_OBJECT) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                int end = (int) parser.currentLocation().getByteOffset();
                arguments = ContextJson.slice(body, start, end - start);
              } else {
                params.put(name, JsonTree.read(parser));
              }
            }
          }
          default -> parser.skipChildren();
        }
      }
      Json.requireEnd(parser);
      if (!"2.0".equals(version)) {
        throw McpError.invalidRequest("\"jsonrpc\" must be \"2.0\".");
      }
      if (method == null) {
        throw McpError.invalidRequest(
            "A message with no \"method\" is not a request: the server sends no requests, so it"
                + " expects no responses.");
      }
      if (params != null && params.containsKey("arguments")) {
        throw McpError.invalidParams("\"arguments\" must be an object.");
      }
      return new JsonRpcMessage(idJson, method, params, arguments);
    } catch (Json.MalformedJsonException e) {
      throw new McpError(McpError.PARSE_ERROR, 400, e.getMessage(), null);
    } catch (IOException e) {
      throw new McpError(McpError.PARSE_ERROR, 400, Json.malformed(e).getMessage(), null);
    }
  }
}
