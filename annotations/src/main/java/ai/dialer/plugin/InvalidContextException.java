package ai.dialer.plugin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The context does not fit what the plugin declared; answered with 400 and every violation. The
 * generated validators throw it, and a plugin may throw it for a rule its parameters cannot declare
 * (a note id that does not exist, a language it does not know).
 */
public final class InvalidContextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidContextException(List<Violation> violations) {
    super(summarize(violations), null, false, false);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An invalid context has at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public static InvalidContextException of(String path, String code, String message) {
    return new InvalidContextException(List.of(new Violation(path, code, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  /**
   * One line for a person. When the only problem is absent keys it reads as the original API did:
   * {@code Missing required keys: text, target_language}.
   */
  private static String summarize(List<Violation> violations) {
    if (violations.stream().allMatch(v -> v.code().equals("missing"))) {
      return "Missing required keys: "
          + violations.stream().map(Violation::field).collect(Collectors.joining(", "));
    }
    if (violations.size() == 1) {
      return "Invalid context: " + violations.get(0).message();
    }
    return "Invalid context: "
        + violations.size()
        + " violations: "
        + violations.stream().map(Violation::message).collect(Collectors.joining(" "));
  }
}
