package ai.dialer.runtime;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.Violation;
import java.util.List;

/**
 * A request the API refuses, answered as {@code {"success":false,"error":…,"code":…}} with its
 * status ({@link Answers#error}). Thrown while a request is read, checked or run.
 */
public final class ApiError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<Violation> violations;
  private final String allow;
  private final int retryAfterSeconds;

  private ApiError(
      int status,
      String code,
      String message,
      List<Violation> violations,
      String allow,
      int retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.violations = List.copyOf(violations);
    this.allow = allow;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of(), null, 0);
  }

  /** A 503 for a call that may pass in a moment: answered with {@code Retry-After: 1}. */
  public static ApiError busy(String code, String message) {
    return retryAfter(503, code, message, 1);
  }

  /** A refusal that may pass later: answered with {@code Retry-After: seconds} (at least 1). */
  public static ApiError retryAfter(int status, String code, String message, int seconds) {
    return new ApiError(status, code, message, List.of(), null, Math.max(1, seconds));
  }

  /** The server's own failure: the details are in the log under the request id, never here. */
  public static ApiError internal(String requestId) {
    return of(
        500,
        "internal_error",
        "The server failed to handle the request; see its log for request " + requestId + ".");
  }

  public static ApiError invalidContext(String message, List<Violation> violations) {
    return new ApiError(400, "invalid_context", message, violations, null, 0);
  }

  /** The answer to a context that breaks the plugin's declarations, with every violation. */
  public static ApiError invalidContext(InvalidContextException e) {
    return invalidContext(e.getMessage(), e.violations());
  }

  public static ApiError methodNotAllowed(String method, String allow) {
    return new ApiError(
        405,
        "method_not_allowed",
        "Method " + method + " is not allowed here; use " + allow + ".",
        List.of(),
        allow,
        0);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<Violation> violations() {
    return violations;
  }

  /** The {@code Allow} header of a 405, or null. */
  public String allow() {
    return allow;
  }

  /** The seconds of the answer's {@code Retry-After}, or 0 for none. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
