package ai.dialer.server.http;

import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import io.undertow.server.HttpServerExchange;

/** GET /api/plugins: {@code {"plugins":[…],"count":N}}. */
public final class ListPluginsHandler implements SafetyHandler.Step {
  private final PluginRegistry registry;

  public ListPluginsHandler(PluginRegistry registry) {
    this.registry = registry;
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
            PluginMetadata.writeFields(generator, invoker.descriptor());
            generator.writeEndObject();
          }
          generator.writeEndArray();
          generator.writeNumberField("count", registry.all().size());
          generator.writeEndObject();
        });
  }
}
