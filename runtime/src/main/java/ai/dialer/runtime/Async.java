package ai.dialer.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** What generated invokers need for plugins that return a {@code CompletionStage}. */
public final class Async {
  private Async() {}

  /** Starts a plugin's asynchronous work. */
  @FunctionalInterface
  public interface Starter<T> {
    CompletionStage<T> start() throws PluginException;
  }

  /**
   * Starts the work and encodes its result when it completes; a failure to start (an exception
   * thrown before the stage exists, or no stage at all) completes the stage exceptionally.
   */
  public static <T> CompletionStage<Json.Writable> start(
      Starter<T> starter, Function<? super T, Json.Writable> encoder) {
    CompletionStage<T> stage;
    try {
      stage = starter.start();
    } catch (PluginException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (stage == null) {
      return CompletableFuture.failedFuture(
          new NullPointerException("The plugin returned null instead of a CompletionStage"));
    }
    return linked(stage, stage.thenApply(encoder));
  }

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
    CompletableFuture<T> future = dependent.toCompletableFuture();
    future.whenComplete(
        (result, failure) -> {
          if (future.isCancelled()) {
            source.toCompletableFuture().cancel(true);
          }
        });
    return dependent;
  }

  /** Waits for the stage on this thread, throwing what the plugin threw. */
  public static <T> T await(CompletionStage<T> stage) throws PluginException {
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while waiting for the plugin");
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof PluginException) {
        throw (PluginException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
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
