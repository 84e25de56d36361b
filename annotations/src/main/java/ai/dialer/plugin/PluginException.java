package ai.dialer.plugin;

/**
 * A plugin could not do what it was asked, for a reason of its own (a backend is down, a backend is
 * not configured). Answered with {@link #status()} (a 5xx) and the message, which a plugin writes
 * for a person: it must not carry secrets or stack traces.
 *
 * <p>Bad input is not a plugin failure: throw {@link InvalidContextException} for that.
 *
 * <p>Unchecked, so that an asynchronous action fails the same way as a synchronous one: throw it
 * from inside {@code thenApply}, {@code thenCompose} or {@code handle}, and the server answers with
 * its status and message (it looks through the {@code CompletionException} the stage wraps it in).
 */
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final boolean transientFailure;
  private final int retryAfterSeconds;

  /** A failure answered as 500 with code {@code plugin_failed}. */
  public PluginException(String message) {
    this(500, "plugin_failed", message, null);
  }

  public PluginException(String message, Throwable cause) {
    this(500, "plugin_failed", message, cause);
  }

  /**
   * A failure with its own status and stable code, such as 503 {@code backend_not_configured}.
   *
   * @throws IllegalArgumentException if {@code status} is not a 5xx: a client's mistake is an
   *     {@link InvalidContextException}
   */
  public PluginException(int status, String code, String message, Throwable cause) {
    this(status, code, message, cause, false);
  }

  private PluginException(
      int status, String code, String message, Throwable cause, boolean transientFailure) {
    this(status, code, message, cause, transientFailure, 0);
  }

  private PluginException(
      int status,
      String code,
      String message,
      Throwable cause,
      boolean transientFailure,
      int retryAfterSeconds) {
    super(message, cause);
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("A plugin failure is a 5xx status, not " + status);
    }
    this.status = status;
    this.code = code;
    this.transientFailure = transientFailure;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * A failure that may pass if the call is tried again (a timeout or a 5xx from a backend, a
   * refused connection). The runtime retries it for a plugin declared idempotent, as many times as
   * its policy allows; anything else is never retried.
   */
  public static PluginException transientFailure(
      int status, String code, String message, Throwable cause) {
    return new PluginException(status, code, message, cause, true);
  }

  /**
   * A failure that a later call may not meet (the disk full, the database locked): answered with
   * {@code Retry-After: seconds}, and never retried by the runtime itself.
   */
  public static PluginException retryAfter(
      int status, String code, String message, int seconds, Throwable cause) {
    return new PluginException(status, code, message, cause, false, Math.max(1, seconds));
  }

  /** The seconds of the answer's {@code Retry-After}, or 0 for none. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Whether trying the call again may succeed. */
  public boolean isTransient() {
    return transientFailure;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
