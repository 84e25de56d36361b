package ai.dialer.guide;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import ai.dialer.processor.GoldenFiles;
import ai.dialer.processor.PluginProcessor;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The sources generated for the guide's plugins are their reviewed copies: this module's sources
 * compiled again with the processor, as its build compiles them ({@link GoldenFiles}).
 */
class GoldenGeneratedSourcesTest {
  @Test
  void theGuidePluginsGeneratedSourcesAreTheReviewedOnes() throws IOException {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .map(GoldenGeneratedSourcesTest::source)
              .toList();
    }
    Compilation compilation = javac().withProcessors(new PluginProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.checkAll(compilation, "");
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
