package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Generated code is reviewed output: each generated source is compared with its reviewed copy under
 * {@code src/test/resources/golden/} (with compile-testing's {@code hasSourceEquivalentTo}, then
 * line by line), and read the way a plugin author debugging a 400 reads it: no line over 120
 * characters, no empty branch.
 *
 * <p>After a change to what the processor writes, regenerate the copies and review their diff:
 *
 * <pre>
 * mvn -B -q install -DskipTests &amp;&amp; mvn -B test -pl processor,plugins,guide-plugins \
 *     -Dgolden.update=true \
 *     -Dtest='Golden*' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
public final class GoldenFiles {
  /** Set to write the generated sources over their reviewed copies instead of comparing them. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static final Path ROOT = Path.of("src", "test", "resources", "golden");
  private static final int MAX_LINE = 120;
  private static final Pattern EMPTY_BRANCH =
      Pattern.compile("(\\bif \\(.*\\)|\\belse|->|\\bcase .*:) \\{\\s*\\}");

  private GoldenFiles() {}

  /** Checks each of {@code compilation}'s generated sources named (as {@code a/b/Foo.java}). */
  public static void check(Compilation compilation, List<String> generatedPaths) {
    assertTrue(!generatedPaths.isEmpty());
    for (String path : generatedPaths) {
      JavaFileObject generated =
          compilation
              .generatedSourceFile(path.substring(0, path.length() - ".java".length()))
              .orElseThrow(() -> new AssertionError("not generated: " + path));
      String text = read(generated);
      Path golden = ROOT.resolve(path);
      if (UPDATE) {
        write(golden, text);
        continue;
      }
      assertTrue(Files.exists(golden), golden + " is missing: regenerate (see GoldenFiles)");
      assertThat(compilation)
          .generatedSourceFile(path.substring(0, path.length() - ".java".length()))
          .hasSourceEquivalentTo(JavaFileObjects.forSourceString(path, read(golden)));
      assertEquals(read(golden), text, path + " differs from its reviewed copy in layout");
      assertReadable(path, text);
    }
  }

  /**
   * Checks every generated source of {@code compilation} whose path starts with {@code prefix}, and
   * that no reviewed copy with that prefix is left over from code no longer generated (in update
   * mode, deletes it).
   */
  public static void checkAll(Compilation compilation, String prefix) {
    List<String> generated =
        generatedSources(compilation).stream().filter(p -> p.startsWith(prefix)).toList();
    check(compilation, generated);
    List<String> stale = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.startsWith(prefix) && !generated.contains(path))
          .forEach(stale::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (UPDATE) {
      stale.forEach(path -> delete(ROOT.resolve(path)));
    } else {
      assertTrue(stale.isEmpty(), "no longer generated, delete: " + stale);
    }
  }

  /**
   * For a plugin module's own golden test: compiles the module's {@code src/main/java} again with
   * the processor, as its build does, expects no warning, and checks every generated source.
   */
  public static void checkThisModule() {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources =
          files.filter(file -> file.toString().endsWith(".java")).map(GoldenFiles::source).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Compilation compilation =
        Compiler.javac().withProcessors(new PluginProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    checkAll(compilation, "");
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every generated source of the compilation. */
  public static List<String> generatedSources(Compilation compilation) {
    List<String> paths = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String uri = file.toUri().getPath();
      paths.add(uri.substring(uri.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()));
    }
    paths.sort(null);
    return paths;
  }

  private static void assertReadable(String path, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      assertTrue(
          lines[i].length() <= MAX_LINE,
          path + ":" + (i + 1) + " is " + lines[i].length() + " characters long");
    }
    Matcher empty = EMPTY_BRANCH.matcher(text);
    assertTrue(!empty.find(), () -> path + " has an empty branch: " + empty.group());
  }

  private static String read(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
