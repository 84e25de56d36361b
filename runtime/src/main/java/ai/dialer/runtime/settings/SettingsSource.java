package ai.dialer.runtime.settings;

import java.util.Optional;

/** Where settings come from: the environment and {@code .env}, as the server reads them. */
@FunctionalInterface
public interface SettingsSource {
  /** The value of {@code name}, or empty when it is not set (or blank). */
  Optional<String> get(String name);
}
