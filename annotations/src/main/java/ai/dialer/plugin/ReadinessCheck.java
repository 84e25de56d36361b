package ai.dialer.plugin;

import java.util.Optional;

/**
 * Whether a service a plugin depends on can serve now: the server's {@code GET /ready} asks every
 * check a {@link ai.dialer.annotation.PluginModule} contributes (into a {@code Set}).
 */
public interface ReadinessCheck {
  /** What is checked, as {@code /ready} lists it: {@code "database"}. */
  String name();

  /** Why the service cannot serve now, or empty when it can. Must not block for long. */
  Optional<String> problem();

  /**
   * Waits until the service has started (a database opens while the server starts); the server
   * calls it once, after it starts listening, and stops if it throws.
   *
   * @throws Exception whose message says, for the person starting the server, why the service
   *     cannot start and which setting to look at
   */
  default void awaitStart() throws Exception {}
}
