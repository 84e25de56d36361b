package ai.dialer.server.config;

/** A setting is malformed; the message names it and says what it should be. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
