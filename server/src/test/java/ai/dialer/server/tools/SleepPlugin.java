package ai.dialer.server.tools;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;

/** A slow tool, for tests of cancellation: it sleeps, and counts the sleeps cut short. */
@Plugin(description = "Sleeps for a while, then says how long.")
@Policy(timeoutMillis = 60_000)
public final class SleepPlugin {
  /** Sleeps interrupted (a cancelled or timed-out call), in this process. */
  public static final AtomicInteger INTERRUPTED = new AtomicInteger();

  public record Slept(long millis) {}

  @Inject
  public SleepPlugin() {}

  @Action(description = "Sleep.", readOnly = true)
  public Slept sleep(
      @Param(description = "How long, in milliseconds.") @Minimum(0) @Maximum(60_000) long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      INTERRUPTED.incrementAndGet();
      System.err.println("SleepPlugin interrupted after a cancel");
      Thread.currentThread().interrupt();
    }
    return new Slept(millis);
  }
}
