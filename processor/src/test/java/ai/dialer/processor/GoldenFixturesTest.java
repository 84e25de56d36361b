package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sources generated for the test fixtures are their reviewed copies ({@link GoldenFiles}). */
class GoldenFixturesTest {
  private static final List<String> FIXTURES =
      List.of(
          "CalendarPlugin",
          "EchoPlugin",
          "FormPlugin",
          "LaterPlugin",
          "MeetingsPlugin",
          "RecordsPlugin");

  @Test
  void eachFixturesGeneratedSourcesAreTheReviewedOnes() {
    for (String fixture : FIXTURES) {
      Compilation compilation =
          Fixtures.compileAlone(JavaFileObjects.forResource("fixtures/" + fixture + ".java"));
      Fixtures.succeeded(compilation);
      GoldenFiles.checkAll(compilation, "fixtures/" + fixture + "_");
    }
  }

  @Test
  void aServersComponentAndAssemblyAreTheReviewedOnes() {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forResource("fixtures/EchoPlugin.java"),
            JavaFileObjects.forResource("fixtures/CalendarPlugin.java"),
            JavaFileObjects.forResource("fixtures/WeatherPlugin.java"),
            JavaFileObjects.forResource("fixtures/WeatherSettings.java"),
            Fixtures.source(
                "test.TestServer",
                """
                package test;
                @ai.dialer.server.PluginServer
                public interface TestServer {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.checkAll(compilation, "test/TestServer_");
  }
}
