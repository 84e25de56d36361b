package ai.dialer.server.mcp;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The plugins as tools: one per action, named {@code Plugin} for a plugin's only action and {@code
 * Plugin_action} otherwise (names every model provider accepts, {@code ^[a-zA-Z0-9_-]{1,64}$},
 * stable across builds), with the schemas the processor wrote. Built on first use, since listing
 * loads every plugin's descriptor.
 */
public final class McpTools {
  /**
   * One tool: the plugin and action a call runs, and its schemas on one line (stdio frames a
   * message a line; the generated schemas are written for people, over many).
   */
  public record Tool(
      String name,
      PluginDescriptor plugin,
      ActionDescriptor action,
      String inputSchema,
      String outputSchema) {
    Tool(String name, PluginDescriptor plugin, ActionDescriptor action) {
      this(
          name,
          plugin,
          action,
          Json.compact(action.inputSchema()),
          action.outputSchema() == null ? null : Json.compact(action.outputSchema()));
    }

    /** What the tool does: the plugin's description, then the action's. */
    public String description() {
      return action.description().isEmpty() || !plugin.hasActions()
          ? plugin.description()
          : plugin.description() + " This tool: " + action.description();
    }
  }

  private final PluginRegistry registry;
  private volatile List<Tool> tools;
  private volatile Map<String, Tool> byName;

  public McpTools(PluginRegistry registry) {
    this.registry = registry;
  }

  /** The tool name of an action: the plugin's name, with {@code _action} if it has several. */
  public static String toolName(PluginDescriptor plugin, ActionDescriptor action) {
    return plugin.hasActions() ? plugin.name() + "_" + action.name() : plugin.name();
  }

  /** Every tool, in the order of the plugins' names, then their actions'. */
  public List<Tool> all() {
    List<Tool> known = tools;
    if (known == null) {
      known = build();
    }
    return known;
  }

  /** The tools of the plugins {@code served} accepts (not the disabled ones). */
  public List<Tool> all(Predicate<String> served) {
    return all().stream().filter(tool -> served.test(tool.plugin().name())).toList();
  }

  public Tool find(String name) {
    all();
    return byName.get(name);
  }

  private synchronized List<Tool> build() {
    if (tools != null) {
      return tools;
    }
    List<Tool> built = new ArrayList<>();
    Map<String, Tool> names = new HashMap<>();
    for (PluginDescriptor plugin : registry.descriptors()) {
      for (ActionDescriptor action : plugin.actions()) {
        Tool tool = new Tool(toolName(plugin, action), plugin, action);
        Tool other = names.putIfAbsent(tool.name(), tool);
        if (other != null) {
          throw new IllegalStateException(
              "Two tools are named "
                  + tool.name()
                  + ": an action of plugin "
                  + other.plugin().name()
                  + " and of plugin "
                  + plugin.name()
                  + ". Rename one of the plugins.");
        }
        built.add(tool);
      }
    }
    byName = names;
    tools = List.copyOf(built);
    return tools;
  }

  /** An MCP {@code Tool}: name, description, input and output schemas, hints. */
  static void write(JsonGenerator generator, Tool tool) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("name", tool.name());
    generator.writeStringField("description", tool.description());
    generator.writeFieldName("inputSchema");
    generator.writeRawValue(tool.inputSchema());
    if (tool.outputSchema() != null) {
      generator.writeFieldName("outputSchema");
      generator.writeRawValue(tool.outputSchema());
    }
    generator.writeObjectFieldStart("annotations");
    generator.writeBooleanField("readOnlyHint", tool.action().readOnly());
    generator.writeBooleanField("idempotentHint", tool.plugin().policy().idempotent());
    generator.writeEndObject();
    generator.writeEndObject();
  }

  /** The plugin's context: the arguments, with the action the tool stands for. */
  public static ContextJson context(Tool tool, ContextJson arguments) throws ApiError {
    String sent = arguments == null ? "{}" : arguments.toString().strip();
    if (!tool.plugin().hasActions()) {
      return arguments == null ? ContextJson.EMPTY : arguments;
    }
    String inner = sent.substring(1, sent.length() - 1).strip();
    if (arguments != null && hasKey(arguments, "action")) {
      throw ApiError.of(
          400,
          "invalid_arguments",
          "\"action\" is not an argument of tool "
              + tool.name()
              + ": the tool's name chooses the action.");
    }
    String action = Json.text(g -> g.writeString(tool.action().name()));
    return ContextJson.of("{\"action\":" + action + (inner.isEmpty() ? "" : "," + inner) + "}");
  }

  private static boolean hasKey(ContextJson object, String key) {
    try (var parser = Json.parser(object.toString())) {
      parser.nextToken();
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        if (parser.currentName().equals(key)) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
