package ai.dialer.server.http;

import ai.dialer.runtime.Violation;
import java.util.List;

/**
 * A request the API refuses, answered as {@code {"success":false,"error":…,"code":…}} with its
 * status. Thrown inside handlers, written by {@link Responses#error}.
 */
public final class ApiError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<Violation> violations;
  private final String allow;

  private ApiError(int status, String code, String message, List<Violation> violations, String allow) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.violations = List.copyOf(violations);
    this.allow = allow;
  }

  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of(), null);
  }

  public static ApiError invalidContext(String message, List<Violation> violations) {
    return new ApiError(400, "invalid_context", message, violations, null);
  }

  public static ApiError methodNotAllowed(String method, String allow) {
    return new ApiError(
        405,
        "method_not_allowed",
        "Method " + method + " is not allowed here; use " + allow + ".",
        List.of(),
        allow);
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
}
