package ai.dialer.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles fixture sources with our processor and Dagger's, as a plugin module would. */
final class Fixtures {
  private Fixtures() {}

  /** The imports every fixture of package {@code test} starts with. */
  static final String IMPORTS =
      """
      package test;
      import ai.dialer.annotation.*;
      import ai.dialer.plugin.*;
      import java.util.*;
      import javax.inject.Inject;
      """;

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** A class of package {@code test}, after {@link #IMPORTS}. */
  static JavaFileObject plugin(String qualifiedName, String body) {
    return source(qualifiedName, IMPORTS + body);
  }

  /**
   * The compilation succeeded, and warned of nothing but what Gemini cannot take (the form fixture
   * has a record that contains itself, on purpose).
   */
  static void succeeded(Compilation compilation) {
    com.google.testing.compile.CompilationSubject.assertThat(compilation).succeeded();
    for (javax.tools.Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      String message = warning.getMessage(java.util.Locale.ROOT);
      if (!message.startsWith("[Plugin/ToolFormat] Gemini cannot take")) {
        throw new AssertionError("unexpected warning: " + message);
      }
    }
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new PluginProcessor(), new dagger.internal.codegen.ComponentProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  /** Only our processor, for rejections: Dagger's own messages are not what is under test. */
  static Compilation compileAlone(JavaFileObject... sources) {
    return javac()
        .withProcessors(new PluginProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  /** Loads the classes a successful compilation produced, over this test's class path. */
  static ClassLoader load(Compilation compilation) {
    return load(compilation, Fixtures.class.getClassLoader());
  }

  /** The classes a successful compilation produced, as a jar at {@code jar}. */
  static java.io.File jar(Compilation compilation, java.nio.file.Path jar) throws IOException {
    try (java.util.jar.JarOutputStream out =
        new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String path = file.toUri().getPath();
        out.putNextEntry(
            new java.util.jar.JarEntry(
                path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())));
        try (InputStream in = file.openInputStream()) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar.toFile();
  }

  /** This test's class path, and {@code jars}, for a compilation against them. */
  static List<java.io.File> classPath(java.io.File... jars) {
    List<java.io.File> files = new ArrayList<>(List.of(jars));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      files.add(new java.io.File(entry));
    }
    return files;
  }

  /** Loads the classes a successful compilation produced, over {@code parent}. */
  static ClassLoader load(Compilation compilation, ClassLoader parent) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name =
          path.substring(
                  path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - 6)
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        classes.put(name, out.toByteArray());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return new ClassLoader(parent) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name + " among " + classes.keySet());
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
