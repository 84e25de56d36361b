package ai.dialer.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every plugin of a server, by name. A plugin is built (with what it injects) on its first call,
 * not at start-up, so a server with a thousand plugins starts as fast as one with four; its
 * descriptor is static data and needs no instance. A generated assembly supplies the names (in
 * order), the descriptors and the builder, each by the plugin's index among the names.
 */
public final class PluginRegistry {
  private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

  private final List<String> names;
  private final Map<String, Integer> indexes;
  private final IntFunction<PluginDescriptor> descriptors;
  private final IntFunction<PluginInvoker> builder;
  private final AtomicReferenceArray<PluginInvoker> built;

  /**
   * @param names every plugin's name, in order, each once
   * @param descriptors the descriptor of the plugin at an index of {@code names}
   * @param builder builds the plugin at an index of {@code names}; called once per plugin, unless
   *     it throws
   */
  public PluginRegistry(
      List<String> names,
      IntFunction<PluginDescriptor> descriptors,
      IntFunction<PluginInvoker> builder) {
    this.names = List.copyOf(names);
    this.indexes = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (indexes.put(names.get(i), i) != null) {
        throw new IllegalArgumentException("Two plugins named " + names.get(i));
      }
    }
    this.descriptors = descriptors;
    this.builder = builder;
    this.built = new AtomicReferenceArray<>(names.size());
  }

  /** The registry of plugins built already (tests and the test kit build theirs by hand). */
  public static PluginRegistry of(Map<String, PluginInvoker> invokers) {
    List<PluginInvoker> ordered = new ArrayList<>();
    List<String> names = new ArrayList<>(invokers.keySet());
    names.sort(null);
    names.forEach(name -> ordered.add(invokers.get(name)));
    return new PluginRegistry(names, i -> ordered.get(i).descriptor(), ordered::get);
  }

  /** Every plugin's name, in order. */
  public List<String> names() {
    return names;
  }

  /** The descriptor of the plugin named {@code name}; the plugin is not built for it. */
  public Optional<PluginDescriptor> descriptor(String name) {
    Integer index = indexes.get(name);
    return index == null ? Optional.empty() : Optional.of(descriptors.apply(index));
  }

  /** Every plugin's descriptor, in order of their names. */
  public List<PluginDescriptor> descriptors() {
    List<PluginDescriptor> all = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      all.add(descriptors.apply(i));
    }
    return all;
  }

  /**
   * The plugin named {@code name}, built on the first call.
   *
   * @throws ApiError 500 {@code plugin_unavailable} if building it failed (a constructor threw);
   *     the next call tries again
   */
  public Optional<PluginInvoker> find(String name) throws ApiError {
    Integer index = indexes.get(name);
    if (index == null) {
      return Optional.empty();
    }
    PluginInvoker invoker = built.get(index);
    return Optional.of(invoker != null ? invoker : build(index));
  }

  private synchronized PluginInvoker build(int index) throws ApiError {
    PluginInvoker invoker = built.get(index);
    if (invoker == null) {
      try {
        invoker = builder.apply(index);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.SEVERE, "Plugin " + names.get(index) + " could not be built", e);
        throw ApiError.of(
            500,
            "plugin_unavailable",
            "Plugin '"
                + names.get(index)
                + "' could not be started; the server's log says why. Later calls try again.");
      }
      built.set(index, invoker);
    }
    return invoker;
  }
}
