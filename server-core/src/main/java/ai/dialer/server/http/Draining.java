package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;

/**
 * Counts the requests in flight so the server can stop gracefully: once {@link #close()} is called
 * a new request is answered 503 {@code shutting_down} (and its connection closed), while the ones
 * already in flight run to their answer; {@link #awaitIdle} waits for them.
 */
public final class Draining implements HttpHandler {
  private final HttpHandler next;
  private final Object lock = new Object();
  private int inFlight;
  private boolean closing;

  public Draining(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean accepted;
    synchronized (lock) {
      accepted = !closing;
      if (accepted) {
        inFlight++;
      }
    }
    if (!accepted) {
      exchange.setPersistent(false);
      Responses.error(
          exchange,
          ApiError.busy(
              "shutting_down",
              "The server is shutting down; retry shortly or on another instance."));
      return;
    }
    exchange.addExchangeCompleteListener(
        (ex, nextListener) -> {
          finished();
          nextListener.proceed();
        });
    next.handleRequest(exchange);
  }

  private void finished() {
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }

  /** From now on, new requests are refused. */
  public void close() {
    synchronized (lock) {
      closing = true;
    }
  }

  /** Waits until no request is in flight, or {@code bound} has passed; true if none is left. */
  public boolean awaitIdle(Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /** How many requests are being served. */
  public int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }
}
