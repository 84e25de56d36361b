package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A plugin jar's own build, with no server in it, has Dagger check that each of its plugins can be
 * built: what a plugin injects and nobody provides, or two plugins that need each other, fail that
 * build, naming the plugin, rather than the build of some server later.
 */
class GraphCheckTest {
  @Test
  void aServiceNobodyProvidesFailsThePluginJarsBuild() {
    JavaFileObject weather =
        Fixtures.plugin(
            "test.WeatherPlugin",
            """
            @Plugin(description = "d")
            public final class WeatherPlugin {
              public interface Forecasts { String today(); }
              private final Forecasts forecasts;
              @Inject public WeatherPlugin(Forecasts forecasts) { this.forecasts = forecasts; }
              @Action public String run() { return forecasts.today(); }
            }
            """);
    Compilation compilation = Fixtures.compile(weather);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Dagger/MissingBinding]");
    assertThat(compilation).hadErrorContaining("WeatherPlugin.Forecasts cannot be provided");
    assertThat(compilation).hadErrorContaining("injected at");
    assertThat(compilation).hadErrorContaining("WeatherPlugin(forecasts)");
  }

  @Test
  void twoPluginsThatNeedEachOtherFailThePluginJarsBuild() {
    Compilation compilation =
        Fixtures.compile(
            Fixtures.plugin(
                "test.First",
                """
                @Plugin(description = "d")
                public final class First {
                  @Inject public First(Second second) {}
                  @Action public String run() { return ""; }
                }
                """),
            Fixtures.plugin(
                "test.Second",
                """
                @Plugin(description = "d")
                public final class Second {
                  @Inject public Second(First first) {}
                  @Action public String run() { return ""; }
                }
                """));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Dagger/DependencyCycle]");
  }

  @Test
  void aPluginJarWhoseGraphIsCompleteBuildsWithItsCheck() {
    Compilation compilation =
        Fixtures.compile(
            Fixtures.plugin(
                "test.Clocked",
                """
                @Plugin(description = "d")
                public final class Clocked {
                  private final java.time.Clock clock;
                  @Inject public Clocked(java.time.Clock clock) { this.clock = clock; }
                  @Action public String run() { return clock.instant().toString(); }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test/Clocked_GraphCheck");
  }
}
