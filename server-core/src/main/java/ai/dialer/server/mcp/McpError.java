package ai.dialer.server.mcp;

import ai.dialer.runtime.Json;

/**
 * A JSON-RPC error, with the HTTP status it is answered with over HTTP: a request MCP refuses as a
 * protocol matter. A tool that fails is no such error: its call is answered with {@code isError}.
 */
final class McpError extends Exception {
  private static final long serialVersionUID = 1L;

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INVALID_PARAMS = -32602;
  static final int HEADER_MISMATCH = -32020;
  static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

  private final int code;
  private final int httpStatus;
  private final transient Json.Writable data;

  McpError(int code, int httpStatus, String message, Json.Writable data) {
    super(message, null, false, false);
    this.code = code;
    this.httpStatus = httpStatus;
    this.data = data;
  }

  static McpError invalidRequest(String message) {
    return new McpError(INVALID_REQUEST, 400, message, null);
  }

  static McpError invalidParams(String message) {
    return new McpError(INVALID_PARAMS, 400, message, null);
  }

  static McpError headerMismatch(String message) {
    return new McpError(HEADER_MISMATCH, 400, message, null);
  }

  static McpError methodNotFound(String method, String why) {
    return new McpError(METHOD_NOT_FOUND, 404, "Method not found: " + method + ". " + why, null);
  }

  int code() {
    return code;
  }

  int httpStatus() {
    return httpStatus;
  }

  /** The JSON-RPC response carrying this error, for the request with id {@code idJson}. */
  byte[] response(String idJson) {
    return Json.write(
        generator -> {
          generator.writeStartObject();
          generator.writeStringField("jsonrpc", "2.0");
          generator.writeFieldName("id");
          generator.writeRawValue(idJson == null ? "null" : idJson);
          generator.writeObjectFieldStart("error");
          generator.writeNumberField("code", code);
          generator.writeStringField("message", getMessage());
          if (data != null) {
            generator.writeFieldName("data");
            data.writeTo(generator);
          }
          generator.writeEndObject();
          generator.writeEndObject();
        });
  }
}
