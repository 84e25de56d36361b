package ai.dialer.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls one plugin: validates the context into typed arguments, calls the plugin's method directly
 * and hands back the result as something that writes itself as JSON. Generated for every
 * {@code @Plugin} class as {@code FooPlugin_Invoker}; the server calls nothing else.
 */
public interface PluginInvoker {
  PluginDescriptor descriptor();

  /**
   * Runs the plugin for one context.
   *
   * @throws InvalidContextException if the context breaks the plugin's declarations (every
   *     violation listed) or the plugin rejects it
   * @throws PluginException if the plugin failed for a reason of its own
   */
  Json.Writable invoke(ObjectNode context) throws PluginException;
}
