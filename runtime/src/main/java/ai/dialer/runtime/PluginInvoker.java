package ai.dialer.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Calls one plugin: validates the context into typed arguments straight from the JSON parser,
 * then calls the plugin's method directly and hands back the result as something that writes
 * itself as JSON. Generated for every {@code @Plugin} class as {@code FooPlugin_Invoker}; the
 * server calls nothing else.
 */
public interface PluginInvoker {
  PluginDescriptor descriptor();

  /**
   * A validated call, ready to run. It may be run more than once (a retry runs it again with the
   * same arguments).
   */
  @FunctionalInterface
  interface Call {
    /**
     * Runs the plugin on this thread and waits for its result.
     *
     * @throws InvalidContextException if the plugin rejects the context for a reason of its own
     * @throws PluginException if the plugin failed for a reason of its own
     */
    Json.Writable run() throws PluginException;

    /**
     * Starts the plugin. A synchronous plugin runs to the end on this thread and the stage is
     * already complete; a plugin that returns a {@code CompletionStage} is only started, and no
     * thread waits for it. A failure completes the stage exceptionally with the exception {@link
     * #run()} would throw.
     */
    default CompletionStage<Json.Writable> start() {
      try {
        return CompletableFuture.completedFuture(run());
      } catch (PluginException | RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    /**
     * The validated arguments, as a value with {@code equals} and {@code hashCode}: two calls with
     * equal keys give the same result from an idempotent plugin. {@code null} when the call cannot
     * be cached.
     */
    default Object cacheKey() {
      return null;
    }
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
