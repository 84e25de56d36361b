package ai.dialer.plugin;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Helpers for actions that return a {@code CompletionStage}. */
public final class Async {
  private Async() {}

  /**
   * Returns {@code dependent}, made to cancel {@code source} when it is cancelled itself.
   *
   * <p>A stage made with {@code thenApply}, {@code handle} and the like is completed by its source,
   * but cancelling it does not reach the source: the work would run on after a timeout. The server
   * cancels the stage an action returns at its timeout; a plugin that derives that stage from
   * another (an HTTP client's, whose cancellation aborts the request) links them with this.
   */
  public static <T> CompletionStage<T> linked(
      CompletionStage<?> source, CompletionStage<T> dependent) {
    dependent
        .toCompletableFuture()
        .whenComplete(
            (result, failure) -> {
              if (dependent.toCompletableFuture().isCancelled()) {
                source.toCompletableFuture().cancel(true);
              }
            });
    return dependent;
  }

  /** Waits for the stage on this thread, throwing what the work threw. */
  public static <T> T await(CompletionStage<T> stage) throws PluginException {
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while waiting");
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof PluginException pluginFailure) {
        throw pluginFailure;
      }
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new PluginException("The plugin failed: " + cause.getMessage(), cause);
    }
  }

  /** The exception a stage failed with, without the wrappers the futures put around it. */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
