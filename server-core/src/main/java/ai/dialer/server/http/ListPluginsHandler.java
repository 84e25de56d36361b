package ai.dialer.server.http;

import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.PluginSettings;
import io.undertow.server.HttpServerExchange;
import java.util.Map;

/** GET /api/plugins: {@code {"plugins":[…],"count":N}}. */
public final class ListPluginsHandler implements SafetyHandler.Step {
  private final PluginRegistry registry;
  private final Map<String, PluginSettings> settings;

  public ListPluginsHandler(PluginRegistry registry, Map<String, PluginSettings> settings) {
    this.registry = registry;
    this.settings = settings;
  }

  @Override
  public void handle(HttpServerExchange exchange) {
    Responses.json(
        exchange,
        200,
        generator -> {
          generator.writeStartObject();
          generator.writeArrayFieldStart("plugins");
          for (PluginInvoker invoker : registry.all()) {
            generator.writeStartObject();
            PluginMetadata.writeFields(
                generator, invoker.descriptor(), settings.get(invoker.descriptor().name()));
            generator.writeEndObject();
          }
          generator.writeEndArray();
          generator.writeNumberField("count", registry.all().size());
          generator.writeEndObject();
        });
  }
}
