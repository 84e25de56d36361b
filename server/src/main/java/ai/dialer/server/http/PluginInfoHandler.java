package ai.dialer.server.http;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginRegistry;
import io.undertow.server.HttpServerExchange;

/** GET /api/plugins/{name}: one plugin's metadata and the JSON Schema of its context. */
public final class PluginInfoHandler {
  private final PluginRegistry registry;

  public PluginInfoHandler(PluginRegistry registry) {
    this.registry = registry;
  }

  public void handle(HttpServerExchange exchange, String name) throws ApiError {
    PluginDescriptor plugin =
        registry
            .find(name)
            .orElseThrow(() -> UnknownPlugin.error(name, registry))
            .descriptor();
    Responses.json(
        exchange,
        200,
        generator -> {
          generator.writeStartObject();
          PluginMetadata.writeFields(generator, plugin);
          generator.writeFieldName("schema");
          // Generated at compile time as a JSON document; written as it is.
          generator.writeRawValue(plugin.jsonSchema());
          generator.writeEndObject();
        });
  }
}
