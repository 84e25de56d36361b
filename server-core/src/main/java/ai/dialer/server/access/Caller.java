package ai.dialer.server.access;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Who is calling: an API key's label and the plugins it may call, or, on a server without keys,
 * nobody in particular.
 *
 * @param label the key's label, for logs and the audit log; never the key
 * @param plugins the plugins the caller may call, or null for every plugin
 * @param authenticated whether the caller showed a key (or is trusted as if it had)
 */
public record Caller(String label, Set<String> plugins, boolean authenticated) {
  /** A caller of a server without keys. */
  public static final Caller ANONYMOUS = new Caller("-", null, false);

  /** The process that started the server for MCP over standard input and output. */
  public static final Caller LOCAL = new Caller("stdio", null, true);

  public Caller {
    plugins = plugins == null ? null : Set.copyOf(plugins);
  }

  public boolean mayCall(String plugin) {
    return plugins == null || plugins.contains(plugin);
  }

  /** The plugins of {@code served} this caller may call: what it is listed and offered. */
  public Predicate<String> within(Predicate<String> served) {
    return plugin -> served.test(plugin) && mayCall(plugin);
  }
}
