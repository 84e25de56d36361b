package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Calls one plugin: validates the context into typed arguments straight from the JSON parser,
 * then calls the plugin's method directly and hands back the result as something that writes
 * itself as JSON. Generated for every {@code @Plugin} class as {@code FooPlugin_Invoker}; the
 * server calls nothing else.
 */
public interface PluginInvoker {
  PluginDescriptor descriptor();

  /** A validated call, ready to run. */
  @FunctionalInterface
  interface Call {
    /**
     * Runs the plugin.
     *
     * @throws InvalidContextException if the plugin rejects the context for a reason of its own
     * @throws PluginException if the plugin failed for a reason of its own
     */
    Json.Writable run() throws PluginException;
  }

  /**
   * Reads and validates the context the parser is positioned at (its opening brace), leaving the
   * parser at the context's closing brace; the plugin is not called yet.
   *
   * @throws InvalidContextException if the context breaks the plugin's declarations, with every
   *     violation
   * @throws IOException if the JSON itself is malformed
   */
  Call prepare(JsonParser context) throws IOException;

  /** Validates and runs in one step, for a context already held as a tree. */
  default Json.Writable invoke(ObjectNode context) throws PluginException {
    Call call;
    try {
      call = prepare(Json.parser(context));
    } catch (IOException e) {
      throw new UncheckedIOException("A tree is always well-formed JSON", e);
    }
    return call.run();
  }
}
