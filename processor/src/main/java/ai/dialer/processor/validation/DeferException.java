package ai.dialer.processor.validation;

/**
 * A type the plugin refers to does not exist yet (it is probably generated in a later round). The
 * plugin is read again next round instead of being reported on a guess.
 */
public final class DeferException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeferException() {
    super(null, null, false, false);
  }
}
