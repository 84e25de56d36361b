package ai.dialer.runtime;

import ai.dialer.plugin.Async;
import ai.dialer.plugin.PluginException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** How generated invokers start plugins that return a {@code CompletionStage}. */
public final class Stages {
  private Stages() {}

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
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (stage == null) {
      return CompletableFuture.failedFuture(
          new NullPointerException("The plugin returned null instead of a CompletionStage"));
    }
    return Async.linked(stage, stage.thenApply(encoder));
  }
}
