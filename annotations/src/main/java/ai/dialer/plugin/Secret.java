package ai.dialer.plugin;

/**
 * A setting that must not be seen: an API key, a token, a password. Its {@code toString} hides the
 * value, so a settings record that holds one can be logged; {@link #reveal()} gives the value to
 * the code that sends it, and nothing else should call it.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("A secret is not empty");
    }
    this.value = value;
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The value, for the code that sends it; never log or answer it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret
        && java.security.MessageDigest.isEqual(
            value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            secret.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // the value's hash would tell something about it
  }

  @Override
  public String toString() {
    return "(secret)";
  }
}
