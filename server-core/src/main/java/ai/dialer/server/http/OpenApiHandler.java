package ai.dialer.server.http;

import ai.dialer.formats.JsonTree;
import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import io.undertow.server.HttpServerExchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /openapi.json}: the API as an OpenAPI 3.1 document, built on first request from the
 * plugins' compile-time schemas. The invoke request is one schema per plugin, told apart by {@code
 * plugin} (a discriminator); each success carries the plugin's result schema; every failure is the
 * one error body. A plugin schema's {@code $defs} move to {@code components/schemas} (as {@code
 * Plugin.Record}) so that references resolve inside the document. The API key is required where the
 * server has keys, and optional where it has none (as it is then).
 */
public final class OpenApiHandler implements SafetyHandler.Step {
  private final PluginRegistry registry;
  private final String version;
  private final BooleanSupplier hasKeys;

  /** The document for a server without keys, then with: keys may come with a new key file. */
  private final AtomicReferenceArray<byte[]> documents = new AtomicReferenceArray<>(2);

  /**
   * @param hasKeys whether the server has API keys now
   */
  public OpenApiHandler(PluginRegistry registry, String version, BooleanSupplier hasKeys) {
    this.registry = registry;
    this.version = version;
    this.hasKeys = hasKeys;
  }

  @Override
  public void handle(HttpServerExchange exchange) {
    boolean keys = hasKeys.getAsBoolean();
    int which = keys ? 1 : 0;
    byte[] built = documents.get(which);
    if (built == null) {
      built = JsonTree.text(document(keys)).getBytes(StandardCharsets.UTF_8);
      documents.set(which, built);
    }
    Responses.send(exchange, 200, built);
  }

  /** The document, as maps and lists, for a server with API keys or without. */
  Map<String, Object> document(boolean keys) {
    Map<String, Object> schemas = new LinkedHashMap<>();
    schemas.put("Error", errorSchema());
    List<Object> requests = new ArrayList<>();
    Map<String, Object> mapping = new LinkedHashMap<>();
    List<Object> successes = new ArrayList<>();
    for (PluginDescriptor plugin : registry.descriptors()) {
      String name = plugin.name();
      Map<String, Object> context = hoist(JsonTree.parse(plugin.jsonSchema()), name, schemas);
      context.remove("$schema");
      schemas.put(
          name + ".Request",
          object(
              "A call of plugin " + name + ".",
              properties("plugin", Map.of("const", name), "context", context),
              List.of("plugin")));
      requests.add(ref(name + ".Request"));
      mapping.put(name, "#/components/schemas/" + name + ".Request");
      schemas.put(
          name + ".Success",
          object(
              "What plugin " + name + " answers.",
              properties(
                  "success", Map.of("const", true),
                  "plugin", Map.of("const", name),
                  "result", result(plugin, schemas)),
              List.of("success", "plugin", "result")));
      successes.add(ref(name + ".Success"));
    }
    Map<String, Object> invokeBody = new LinkedHashMap<>();
    invokeBody.put("oneOf", requests);
    invokeBody.put("discriminator", Map.of("propertyName", "plugin", "mapping", mapping));

    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put(
        "/api/plugins",
        Map.of(
            "get",
            operation(
                "listPlugins",
                "Every plugin, with its parameters and how its calls run.",
                null,
                Map.of("200", json("The plugins.", Map.of("type", "object"))))));
    paths.put(
        "/api/plugins/{name}",
        Map.of(
            "get",
            withParameter(
                operation(
                    "describePlugin",
                    "One plugin, with the JSON Schema of its context.",
                    null,
                    errors(Map.of("200", json("The plugin.", Map.of("type", "object"))), "404")),
                "name",
                "path",
                Map.of("type", "string"))));
    paths.put(
        "/api/plugins/invoke",
        Map.of(
            "post",
            operation(
                "invokePlugin",
                "Calls a plugin with a context.",
                Map.of(
                    "required",
                    true,
                    "content",
                    Map.of("application/json", Map.of("schema", invokeBody))),
                errors(
                    Map.of("200", json("The plugin's result.", Map.of("oneOf", successes))),
                    "400",
                    "401",
                    "403",
                    "404",
                    "408",
                    "413",
                    "415",
                    "429",
                    "500",
                    "503",
                    "504",
                    "507"))));
    paths.put(
        "/api/tools",
        Map.of(
            "get",
            withParameter(
                operation(
                    "listTools",
                    "Every action as a tool, in a model provider's format.",
                    null,
                    errors(
                        Map.of("200", json("The tools.", Map.of("type", "object"))), "400", "401")),
                "format",
                "query",
                Map.of(
                    "type",
                    "string",
                    "enum",
                    List.of("openai", "openai-responses", "anthropic", "gemini")))));
    Map<String, Object> jsonRpc =
        Map.of(
            "type",
            "object",
            "required",
            List.of("jsonrpc"),
            "properties",
            Map.of("jsonrpc", Map.of("const", "2.0")));
    paths.put(
        "/mcp",
        Map.of(
            "post",
            operation(
                "mcp",
                "The Model Context Protocol (Streamable HTTP): one JSON-RPC message per request.",
                Map.of(
                    "required",
                    true,
                    "content",
                    Map.of("application/json", Map.of("schema", jsonRpc))),
                Map.of(
                    "200",
                        Map.of(
                            "description",
                            "A JSON-RPC response, as JSON or one server-sent event.",
                            "content",
                            Map.of(
                                "application/json",
                                Map.of("schema", jsonRpc),
                                "text/event-stream",
                                Map.of("schema", Map.of("type", "string")))),
                    "202", Map.of("description", "A notification, accepted."),
                    "400", json("A JSON-RPC error.", jsonRpc),
                    "403", json("Refused: the Host or Origin is not allowed.", ref("Error")),
                    "404", json("A JSON-RPC error: unknown method or session.", jsonRpc)))));
    for (String check : List.of("/health", "/ready")) {
      paths.put(
          check,
          Map.of(
              "get",
              operation(
                  check.substring(1),
                  check.equals("/health") ? "Whether the process is up." : "Whether it can serve.",
                  null,
                  Map.of(
                      "200",
                      json("Yes.", Map.of("type", "object")),
                      "503",
                      json("No.", Map.of("type", "object"))))));
    }
    paths.put(
        "/metrics",
        Map.of(
            "get",
            operation(
                "metrics",
                "Prometheus metrics.",
                null,
                Map.of(
                    "200",
                    Map.of(
                        "description",
                        "The metrics, as text.",
                        "content",
                        Map.of("text/plain", Map.of("schema", Map.of("type", "string"))))))));
    paths.put(
        "/openapi.json",
        Map.of(
            "get",
            operation(
                "openApi",
                "This document.",
                null,
                Map.of("200", json("OpenAPI 3.1.", Map.of("type", "object"))))));

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put(
        "info",
        Map.of(
            "title",
            "AI Dialer plugin API",
            "version",
            version,
            "description",
            "Plugins a voice and chat assistant calls mid-conversation: over HTTP, over"
                + " MCP at /mcp, and as tools for model providers at /api/tools."));
    document.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    document.put("paths", paths);
    document.put(
        "components",
        Map.of(
            "schemas",
            schemas,
            "securitySchemes",
            Map.of(
                "apiKey",
                Map.of(
                    "type",
                    "http",
                    "scheme",
                    "bearer",
                    "description",
                    "An API key of the server's API_KEYS or API_KEYS_FILE. A server without keys"
                        + " needs none (apart from plugins that require one)."))));
    // A server without keys takes calls without one (or with one, which it ignores).
    document.put(
        "security",
        keys
            ? List.of(Map.of("apiKey", List.of()))
            : List.of(Map.of(), Map.of("apiKey", List.of())));
    return document;
  }

  /** The result of a plugin's calls: each action's, as its output schema says. */
  private static Object result(PluginDescriptor plugin, Map<String, Object> schemas) {
    List<Object> each = new ArrayList<>();
    for (ActionDescriptor action : plugin.actions()) {
      if (action.outputSchema() == null) {
        each.add(Map.of("type", "null"));
        continue;
      }
      Map<String, Object> output =
          hoist(JsonTree.parse(action.outputSchema()), plugin.name(), schemas);
      each.add(
          action.resultWrapped()
              ? JsonTree.object(JsonTree.object(output.get("properties")).get("result"))
              : output);
    }
    return each.size() == 1 ? each.get(0) : Map.of("anyOf", each);
  }

  /**
   * Moves a schema's {@code $defs} to {@code components/schemas} as {@code Plugin.Name}, and points
   * its references there.
   */
  private static Map<String, Object> hoist(
      Object parsed, String plugin, Map<String, Object> schemas) {
    Map<String, Object> schema = JsonTree.object(parsed);
    Object defs = schema.remove("$defs");
    if (defs instanceof Map<?, ?> map) {
      map.forEach((name, def) -> schemas.put(plugin + "." + name, repoint(def, plugin)));
    }
    return JsonTree.object(repoint(schema, plugin));
  }

  private static Object repoint(Object schema, String plugin) {
    if (schema instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (key, value) ->
              out.put(
                  (String) key,
                  key.equals("$ref") && value instanceof String ref && ref.startsWith("#/$defs/")
                      ? "#/components/schemas/" + plugin + "." + ref.substring("#/$defs/".length())
                      : repoint(value, plugin)));
      return out;
    }
    if (schema instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(repoint(item, plugin)));
      return out;
    }
    return schema;
  }

  private static Map<String, Object> errorSchema() {
    Map<String, Object> violation =
        object(
            null,
            properties(
                "field", Map.of("type", "string"),
                "path", Map.of("type", "string", "description", "A JSON Pointer into the context."),
                "code", Map.of("type", "string"),
                "message", Map.of("type", "string"),
                "expected", Map.of("type", "string"),
                "actual", Map.of("type", "string")),
            List.of("field", "path", "code", "message"));
    return object(
        "Every failure.",
        properties(
            "success", Map.of("const", false),
            "error", Map.of("type", "string"),
            "code", Map.of("type", "string"),
            "violations", Map.of("type", "array", "items", violation),
            "request_id", Map.of("type", "string")),
        List.of("success", "error", "code"));
  }

  private static Map<String, Object> properties(Object... pairs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  private static Map<String, Object> object(
      String description, Map<String, Object> properties, List<String> required) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", "object");
    if (description != null) {
      object.put("description", description);
    }
    object.put("properties", properties);
    object.put("required", required);
    return object;
  }

  private static Map<String, Object> ref(String schema) {
    return Map.of("$ref", "#/components/schemas/" + schema);
  }

  private static Map<String, Object> json(String description, Object schema) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", schema)));
  }

  private static Map<String, Object> operation(
      String id, String summary, Map<String, Object> body, Map<String, Object> responses) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("operationId", id);
    operation.put("summary", summary);
    if (body != null) {
      operation.put("requestBody", body);
    }
    operation.put("responses", responses);
    return operation;
  }

  private static Map<String, Object> withParameter(
      Map<String, Object> operation, String name, String in, Map<String, Object> schema) {
    operation.put(
        "parameters", List.of(Map.of("name", name, "in", in, "required", true, "schema", schema)));
    return operation;
  }

  private static Map<String, Object> errors(Map<String, Object> responses, String... statuses) {
    Map<String, Object> all = new LinkedHashMap<>(responses);
    for (String status : statuses) {
      all.put(status, json("A failure: " + status + ".", ref("Error")));
    }
    return all;
  }
}
