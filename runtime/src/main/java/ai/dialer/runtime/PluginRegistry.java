package ai.dialer.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Every plugin of the application, by name. Filled by Dagger from the generated {@code
 * GeneratedPluginsModule} of each plugin module; two plugins with one name fail the build.
 */
@Singleton
public final class PluginRegistry {
  private final Map<String, PluginInvoker> invokers;

  @Inject
  public PluginRegistry(Map<String, PluginInvoker> invokers) {
    this.invokers = Collections.unmodifiableMap(new TreeMap<>(invokers));
  }

  public Optional<PluginInvoker> find(String name) {
    return Optional.ofNullable(invokers.get(name));
  }

  /** Every plugin, ordered by name. */
  public Collection<PluginInvoker> all() {
    return invokers.values();
  }
}
