package ai.dialer.server;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plugins whose behaviour a test chooses, written the way the generated invokers are (a descriptor
 * with a policy, and calls prepared from the context), for tests of what the server does around a
 * call.
 */
final class TestPlugins {
  private static final ObjectMapper TREES = new ObjectMapper();

  private TestPlugins() {}

  static InvocationPolicy policy(long timeoutMillis, int maxConcurrentCalls) {
    return new InvocationPolicy(Duration.ofMillis(timeoutMillis), maxConcurrentCalls);
  }

  /** A plugin whose every call does what {@code calls} makes of the context. */
  static PluginInvoker plugin(
      String name, InvocationPolicy policy, Function<JsonNode, PluginInvoker.Call> calls) {
    PluginDescriptor descriptor =
        new PluginDescriptor(
            name,
            "A plugin of the tests.",
            List.of(new ActionDescriptor("", true, "", List.of())),
            "{}",
            policy);
    return new PluginInvoker() {
      @Override
      public PluginDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public Call prepare(ContextJson context) {
        try {
          return calls.apply(TREES.readTree(context.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** A call whose cache key is its whole context. */
  static PluginInvoker.Call keyed(JsonNode context, PluginInvoker.Call call) {
    return new PluginInvoker.Call() {
      @Override
      public Json.Writable run() throws ai.dialer.plugin.PluginException {
        return call.run();
      }

      @Override
      public Object cacheKey() {
        return context;
      }
    };
  }

  /** The result {@code {"value": text}}. */
  static Json.Writable value(String text) {
    return generator -> {
      generator.writeStartObject();
      generator.writeStringField("value", text);
      generator.writeEndObject();
    };
  }

  static PluginRegistry registry(PluginInvoker... plugins) {
    Map<String, PluginInvoker> byName = new HashMap<>();
    for (PluginInvoker plugin : plugins) {
      byName.put(plugin.descriptor().name(), plugin);
    }
    return PluginRegistry.of(byName);
  }
}
