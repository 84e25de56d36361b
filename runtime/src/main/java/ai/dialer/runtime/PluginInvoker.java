package ai.dialer.runtime;

import ai.dialer.plugin.Async;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Calls one plugin: validates the context into typed arguments with the generated validator, then
 * calls the plugin's method directly and hands back the result as something that writes itself as
 * JSON. Generated for every {@code @Plugin} class as {@code FooPlugin_Invoker}; the server calls
 * nothing else.
 */
public interface PluginInvoker {
  PluginDescriptor descriptor();

  /**
   * Validates the context into a call, ready to run; the plugin is not called yet.
   *
   * @throws InvalidContextException if the context breaks the plugin's declarations, with every
   *     violation
   */
  Call prepare(ContextJson context);

  /** Validates and runs in one step. */
  default Json.Writable invoke(ContextJson context) throws PluginException {
    return prepare(context).run();
  }

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
      } catch (RuntimeException e) {
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

    /** A synchronous call of a plugin method with {@code arguments}, its cache key. */
    static Call of(Object arguments, Call body) {
      return new Call() {
        @Override
        public Json.Writable run() throws PluginException {
          return body.run();
        }

        @Override
        public Object cacheKey() {
          return arguments;
        }
      };
    }

    /**
     * A call of a plugin method that returns a {@code CompletionStage}, with {@code arguments}, its
     * cache key; {@code encoder} writes what the stage completes with.
     */
    static <T> Call async(
        Object arguments, Stages.Starter<T> starter, Function<? super T, Json.Writable> encoder) {
      return new Call() {
        @Override
        public Json.Writable run() throws PluginException {
          return Async.await(start());
        }

        @Override
        public CompletionStage<Json.Writable> start() {
          return Stages.start(starter, encoder);
        }

        @Override
        public Object cacheKey() {
          return arguments;
        }
      };
    }
  }
}
