package ai.dialer.server.http;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.ParameterSpec;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.server.config.PluginSettings;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a plugin's metadata as the original listed it: name, description, enabled (from this
 * server's settings), how its calls are run, and the parameters of what a call without an {@code
 * action} key does; a plugin with several actions lists them too, each with its parameters.
 */
final class PluginMetadata {
  private PluginMetadata() {}

  static void writeFields(JsonGenerator generator, PluginDescriptor plugin, PluginSettings settings)
      throws IOException {
    generator.writeStringField("name", plugin.name());
    generator.writeStringField("description", plugin.description());
    generator.writeBooleanField("enabled", settings.enabled());
    InvocationPolicy policy = settings.policy();
    generator.writeObjectFieldStart("policy");
    generator.writeNumberField("timeout_ms", policy.timeout().toMillis());
    generator.writeNumberField("max_concurrent_calls", policy.maxConcurrentCalls());
    generator.writeBooleanField("idempotent", policy.idempotent());
    generator.writeNumberField("max_retries", policy.maxRetries());
    generator.writeNumberField("cache_entries", policy.cacheEntries());
    if (policy.cacheEntries() > 0) {
      generator.writeNumberField("cache_ttl_ms", policy.cacheTtl().toMillis());
    }
    generator.writeEndObject();
    Optional<ActionDescriptor> defaultAction = plugin.defaultAction();
    generator.writeFieldName("parameters");
    writeParameters(generator, defaultAction.map(ActionDescriptor::parameters).orElse(List.of()));
    if (plugin.hasActions()) {
      generator.writeArrayFieldStart("actions");
      for (ActionDescriptor action : plugin.actions()) {
        generator.writeStartObject();
        generator.writeStringField("name", action.name());
        generator.writeBooleanField("default", action.isDefault());
        generator.writeStringField("description", action.description());
        generator.writeFieldName("parameters");
        writeParameters(generator, action.parameters());
        generator.writeEndObject();
      }
      generator.writeEndArray();
    }
  }

  private static void writeParameters(JsonGenerator generator, List<ParameterSpec> parameters)
      throws IOException {
    generator.writeStartArray();
    for (ParameterSpec parameter : parameters) {
      generator.writeStartObject();
      generator.writeStringField("name", parameter.name());
      generator.writeStringField("type", parameter.type());
      generator.writeStringField("description", parameter.description());
      generator.writeBooleanField("required", parameter.required());
      if (parameter.defaultJson() != null) {
        generator.writeFieldName("default");
        // The processor checked and normalised this JSON at compile time.
        generator.writeRawValue(parameter.defaultJson());
      }
      if (!parameter.allowedValues().isEmpty()) {
        generator.writeArrayFieldStart("enum");
        for (String value : parameter.allowedValues()) {
          generator.writeString(value);
        }
        generator.writeEndArray();
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }
}
