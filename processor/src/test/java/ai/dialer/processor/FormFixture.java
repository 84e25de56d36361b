package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import ai.dialer.runtime.FastPath;
import ai.dialer.runtime.PluginDescriptor;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;

/**
 * The form fixture (one action, every type FastPath reads) compiled once, with its generated
 * validator's two ways in: {@code validate}, which tries the fast path first, and the fast path's
 * own {@code readPlain}.
 */
final class FormFixture {
  private static FormFixture instance;

  final Compilation compilation;
  final PluginDescriptor descriptor;
  final Method validate;
  final Method readPlain;

  private FormFixture(Compilation compilation) throws Exception {
    this.compilation = compilation;
    ClassLoader loader = Fixtures.load(compilation);
    this.descriptor =
        (PluginDescriptor)
            loader.loadClass("fixtures.FormPlugin_Invoker").getField("DESCRIPTOR").get(null);
    Class<?> validator = loader.loadClass("fixtures.FormPlugin_Validator");
    this.validate = validator.getMethod("validate", JsonParser.class);
    this.readPlain = validator.getDeclaredMethod("readPlain", FastPath.class);
    readPlain.setAccessible(true);
  }

  static synchronized FormFixture get() throws Exception {
    if (instance == null) {
      Compilation compilation =
          Fixtures.compile(JavaFileObjects.forResource("fixtures/FormPlugin.java"));
      assertThat(compilation).succeededWithoutWarnings();
      instance = new FormFixture(compilation);
    }
    return instance;
  }
}
