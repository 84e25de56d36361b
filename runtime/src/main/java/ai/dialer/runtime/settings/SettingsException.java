package ai.dialer.runtime.settings;

import java.util.List;

/**
 * Settings are missing or malformed; the server does not start. The message names every variable at
 * fault and never holds a secret's value.
 */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public SettingsException(List<String> problems) {
    super(String.join(" ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** One sentence per variable at fault. */
  public List<String> problems() {
    return problems;
  }
}
