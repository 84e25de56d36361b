package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import ai.dialer.runtime.ActionSelector;
import ai.dialer.runtime.PluginDescriptor;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** The calendar fixture compiled once, with its generated validator at hand. */
final class CalendarFixture {
  private static CalendarFixture instance;

  final ClassLoader loader;
  final PluginDescriptor descriptor;
  private final Class<?> validator;

  private CalendarFixture(ClassLoader loader) throws Exception {
    this.loader = loader;
    this.descriptor =
        (PluginDescriptor)
            loader.loadClass("fixtures.CalendarPlugin_Invoker").getField("DESCRIPTOR").get(null);
    this.validator = loader.loadClass("fixtures.CalendarPlugin_Validator");
  }

  static synchronized CalendarFixture get() throws Exception {
    if (instance == null) {
      Compilation compilation =
          Fixtures.compile(JavaFileObjects.forResource("fixtures/CalendarPlugin.java"));
      assertThat(compilation).succeededWithoutWarnings();
      instance = new CalendarFixture(Fixtures.load(compilation));
    }
    return instance;
  }

  /**
   * Runs the generated validator as the invoker does (action selection, then the action's
   * validator) without calling the plugin.
   *
   * @throws ai.dialer.runtime.InvalidContextException if the context is invalid
   */
  Object validate(ObjectNode context) throws Exception {
    String action = ActionSelector.select(context, descriptor);
    String suffix = Character.toUpperCase(action.charAt(0)) + action.substring(1);
    Method method = validator.getMethod("validate" + suffix, ObjectNode.class);
    try {
      return method.invoke(null, context);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
