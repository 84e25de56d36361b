package ai.dialer.processor;

import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.HashMap;
import java.util.Map;

/** A plugin of {@code src/test/resources/fixtures}, compiled once, with its generated invoker. */
final class FixturePlugin {
  private static final Map<String, FixturePlugin> COMPILED = new HashMap<>();

  final Compilation compilation;
  final PluginInvoker invoker;

  private FixturePlugin(Compilation compilation, PluginInvoker invoker) {
    this.compilation = compilation;
    this.invoker = invoker;
  }

  /** The fixture {@code fixtures.<simpleName>}. */
  static synchronized FixturePlugin get(String simpleName) throws Exception {
    FixturePlugin compiled = COMPILED.get(simpleName);
    if (compiled == null) {
      Compilation compilation =
          Fixtures.compile(JavaFileObjects.forResource("fixtures/" + simpleName + ".java"));
      Fixtures.succeeded(compilation);
      ClassLoader loader = Fixtures.load(compilation);
      Object plugin = loader.loadClass("fixtures." + simpleName).getConstructor().newInstance();
      PluginInvoker invoker =
          (PluginInvoker)
              loader
                  .loadClass("fixtures." + simpleName + "_Invoker")
                  .getConstructors()[0]
                  .newInstance(plugin);
      compiled = new FixturePlugin(compilation, invoker);
      COMPILED.put(simpleName, compiled);
    }
    return compiled;
  }

  PluginDescriptor descriptor() {
    return invoker.descriptor();
  }

  /**
   * Reads the context as the invoker does (the action, then the action's reader) without calling
   * the plugin.
   *
   * @throws ai.dialer.plugin.InvalidContextException if the context is invalid
   */
  PluginInvoker.Call validate(String context) {
    return invoker.prepare(ContextJson.of(context));
  }
}
