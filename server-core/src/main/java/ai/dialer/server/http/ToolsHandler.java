package ai.dialer.server.http;

import ai.dialer.formats.JsonTree;
import ai.dialer.formats.ToolFormats;
import ai.dialer.runtime.ApiError;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.access.Caller;
import ai.dialer.server.mcp.McpTools;
import com.fasterxml.jackson.core.JsonGenerator;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * {@code GET /api/tools?format=openai|openai-responses|anthropic|gemini}: every plugin action as a
 * tool, in the provider's own format, from the schemas the processor wrote ({@link ToolFormats}):
 * what a model provider's API takes in its {@code tools} field, as is.
 */
public final class ToolsHandler implements SafetyHandler.Step {
  private final McpTools tools;
  private final Predicate<String> served;

  /** By provider and the plugins the caller may call (a key's label, or * for every plugin). */
  private final Map<String, byte[]> exports = new ConcurrentHashMap<>();

  public ToolsHandler(McpTools tools, Predicate<String> served) {
    this.tools = tools;
    this.served = served;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
    Deque<String> format = exchange.getQueryParameters().get("format");
    String formats =
        String.join(", ", Arrays.stream(ToolFormats.Provider.values()).map(p -> p.format).toList());
    if (format == null || format.isEmpty()) {
      throw ApiError.of(
          400, "invalid_request", "Say which format: ?format= one of " + formats + ".");
    }
    ToolFormats.Provider provider = ToolFormats.Provider.of(format.getFirst());
    if (provider == null) {
      throw ApiError.of(
          400,
          "invalid_request",
          "Unknown format \"" + format.getFirst() + "\"; the formats are " + formats + ".");
    }
    Caller caller = AccessControl.caller(exchange);
    String key = provider.format + "\n" + (caller.plugins() == null ? "*" : caller.label());
    Responses.send(exchange, 200, exports.computeIfAbsent(key, k -> export(provider, caller)));
  }

  private byte[] export(ToolFormats.Provider provider, Caller caller) {
    List<McpTools.Tool> all = tools.all(caller.within(served));
    return ai.dialer.runtime.Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("format", provider.format);
          g.writeArrayFieldStart("tools");
          if (provider == ToolFormats.Provider.GEMINI) {
            g.writeStartObject();
            g.writeArrayFieldStart("functionDeclarations");
          }
          for (McpTools.Tool tool : all) {
            write(
                g,
                provider,
                ToolFormats.export(
                    provider, tool.name(), tool.description(), tool.action().inputSchema()));
          }
          if (provider == ToolFormats.Provider.GEMINI) {
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void write(JsonGenerator g, ToolFormats.Provider provider, ToolFormats.Export tool)
      throws IOException {
    g.writeStartObject();
    switch (provider) {
      case OPENAI -> {
        g.writeStringField("type", "function");
        g.writeObjectFieldStart("function");
        g.writeStringField("name", tool.name());
        g.writeStringField("description", tool.description());
        g.writeFieldName("parameters");
        JsonTree.write(g, tool.parameters());
        g.writeBooleanField("strict", tool.strict());
        g.writeEndObject();
      }
      case OPENAI_RESPONSES -> {
        g.writeStringField("type", "function");
        g.writeStringField("name", tool.name());
        g.writeStringField("description", tool.description());
        g.writeFieldName("parameters");
        JsonTree.write(g, tool.parameters());
        g.writeBooleanField("strict", tool.strict());
      }
      case ANTHROPIC -> {
        g.writeStringField("name", tool.name());
        g.writeStringField("description", tool.description());
        g.writeFieldName("input_schema");
        JsonTree.write(g, tool.parameters());
      }
      case GEMINI -> {
        g.writeStringField("name", tool.name());
        g.writeStringField("description", tool.description());
        g.writeFieldName("parameters");
        JsonTree.write(g, tool.parameters());
      }
    }
    g.writeEndObject();
  }
}
