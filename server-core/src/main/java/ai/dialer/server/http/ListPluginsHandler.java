package ai.dialer.server.http;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.PluginSettingsTable;
import io.undertow.server.HttpServerExchange;

/** GET /api/plugins: {@code {"plugins":[…],"count":N}}. */
public final class ListPluginsHandler implements SafetyHandler.Step {
  private final PluginRegistry registry;
  private final PluginSettingsTable settings;

  public ListPluginsHandler(PluginRegistry registry, PluginSettingsTable settings) {
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
          for (PluginDescriptor plugin : registry.descriptors()) {
            generator.writeStartObject();
            PluginMetadata.writeFields(generator, plugin, settings.get(plugin.name()));
            generator.writeEndObject();
          }
          generator.writeEndArray();
          generator.writeNumberField("count", registry.names().size());
          generator.writeEndObject();
        });
  }
}
