package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.runtime.UnknownPlugin;
import ai.dialer.server.config.PluginSettingsTable;
import io.undertow.server.HttpServerExchange;

/** GET /api/plugins/{name}: one plugin's metadata and the JSON Schema of its context. */
public final class PluginInfoHandler {
  private final PluginRegistry registry;
  private final PluginSettingsTable settings;

  public PluginInfoHandler(PluginRegistry registry, PluginSettingsTable settings) {
    this.registry = registry;
    this.settings = settings;
  }

  public void handle(HttpServerExchange exchange, String name) throws ApiError {
    PluginDescriptor plugin =
        registry.descriptor(name).orElseThrow(() -> UnknownPlugin.error(name, registry));
    Responses.json(
        exchange,
        200,
        generator -> {
          generator.writeStartObject();
          PluginMetadata.writeFields(generator, plugin, settings.get(plugin.name()));
          generator.writeFieldName("schema");
          // Generated at compile time as a JSON document; written as it is.
          generator.writeRawValue(plugin.jsonSchema());
          generator.writeEndObject();
        });
  }
}
