package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.ServerAssembly;
import com.google.testing.compile.Compilation;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins from jars of their own, each compiled in a build of its own, are served by a server built
 * from their records: one plugin injects another from another jar, and two jars that both define a
 * name fail the server's build, naming both classes and both jars.
 */
class AggregationTest {
  @TempDir static Path jars;

  private static final JavaFileObject WEATHER =
      Fixtures.source(
          "a.WeatherPlugin",
          """
          package a;
          import ai.dialer.annotation.*;
          import javax.inject.*;
          @Singleton
          @Plugin(name = "Weather", description = "The weather.")
          public final class WeatherPlugin {
            @Inject public WeatherPlugin() {}
            @Action(description = "Now.")
            public String now(@Param(description = "Where.") String place) {
              return "sunny in " + place;
            }
          }
          """);

  private static Compilation compile(List<File> classPath, JavaFileObject... sources) {
    return javac()
        .withProcessors(new PluginProcessor(), new dagger.internal.codegen.ComponentProcessor())
        .withClasspath(classPath)
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  private static File jar(String name, Compilation compilation) throws Exception {
    assertThat(compilation).succeededWithoutWarnings();
    return Fixtures.jar(compilation, jars.resolve(name));
  }

  private static JavaFileObject server() {
    return Fixtures.source(
        "app.App",
        """
        package app;
        @ai.dialer.server.PluginServer
        public interface App {}
        """);
  }

  @Test
  void aPluginInjectsAPluginFromAnotherJar() throws Exception {
    File weather = jar("weather-1.0.jar", compile(Fixtures.classPath(), WEATHER));
    File forecast =
        jar(
            "forecast-1.0.jar",
            compile(
                Fixtures.classPath(weather),
                Fixtures.source(
                    "b.ForecastPlugin",
                    """
                    package b;
                    import ai.dialer.annotation.*;
                    import javax.inject.Inject;
                    @Plugin(name = "Forecast", description = "Tomorrow's weather.")
                    public final class ForecastPlugin {
                      private final a.WeatherPlugin weather;
                      @Inject public ForecastPlugin(a.WeatherPlugin weather) {
                        this.weather = weather;
                      }
                      @Action(description = "Tomorrow.")
                      public String tomorrow(@Param(description = "Where.") String place) {
                        return "as today: " + weather.now(place);
                      }
                    }
                    """)));
    Compilation app = compile(Fixtures.classPath(weather, forecast), server());
    assertThat(app).succeededWithoutWarnings();
    ClassLoader jarLoader =
        new URLClassLoader(
            new URL[] {weather.toURI().toURL(), forecast.toURI().toURL()},
            getClass().getClassLoader());
    ServerAssembly assembly =
        (ServerAssembly)
            Fixtures.load(app, jarLoader)
                .loadClass("app.App_Assembly")
                .getConstructor()
                .newInstance();
    assertEquals(
        List.of("Forecast", "Weather"), assembly.plugins().stream().map(p -> p.name()).toList());
    PluginRegistry registry = assembly.registry(assembly.create(name -> Optional.empty()));
    assertEquals(
        "\"as today: sunny in Paris\"",
        Json.text(
            registry
                .find("Forecast")
                .orElseThrow()
                .invoke(ContextJson.of("{\"place\": \"Paris\"}"))));
  }

  @Test
  void twoJarsWithOnePluginNameFailTheServersBuild() throws Exception {
    File weather = jar("weather-1.0.jar", compile(Fixtures.classPath(), WEATHER));
    File other =
        jar(
            "other-weather-2.0.jar",
            compile(
                Fixtures.classPath(),
                Fixtures.source(
                    "c.OtherWeather",
                    """
                    package c;
                    import ai.dialer.annotation.*;
                    @Plugin(name = "Weather", description = "Another weather.")
                    public final class OtherWeather {
                      @Action public String now() { return "rain"; }
                    }
                    """)));
    JavaFileObject root = server();
    Compilation app = compile(Fixtures.classPath(weather, other), root);
    assertThat(app).failed();
    assertThat(app).hadErrorCount(1);
    assertThat(app)
        .hadErrorContaining(
            "[Plugin/DuplicateName] Plugin names must be unique in a server, but \"Weather\" is"
                + " the name of \"a.WeatherPlugin\" (in weather-1.0.jar) and of \"c.OtherWeather\""
                + " (in other-weather-2.0.jar)")
        .inFile(root)
        .onLineContaining("interface App");
  }

  @Test
  void twoJarsWithOneToolNameFailTheServersBuild() throws Exception {
    File weather = jar("weather-1.0.jar", compile(Fixtures.classPath(), WEATHER));
    File forecast =
        jar(
            "forecast-1.0.jar",
            compile(
                Fixtures.classPath(),
                Fixtures.source(
                    "d.Forecast",
                    """
                    package d;
                    import ai.dialer.annotation.*;
                    @Plugin(name = "forecast", description = "Forecasts.")
                    public final class Forecast {
                      @Action(name = "today", description = "Today.")
                      public String today() { return "sun"; }
                      @Action(name = "week", description = "The week.")
                      public String week() { return "clouds"; }
                    }
                    """)));
    File week =
        jar(
            "week-1.0.jar",
            compile(
                Fixtures.classPath(),
                Fixtures.source(
                    "e.ForecastWeek",
                    """
                    package e;
                    import ai.dialer.annotation.*;
                    @Plugin(name = "forecast_week", description = "A clash by tool name only.")
                    public final class ForecastWeek {
                      @Action public String now() { return "fog"; }
                    }
                    """)));
    JavaFileObject root = server();
    Compilation app = compile(Fixtures.classPath(weather, forecast, week), root);
    assertThat(app).failed();
    assertThat(app).hadErrorCount(1);
    assertThat(app)
        .hadErrorContaining(
            "[Plugin/DuplicateToolName] Tool names must be unique in a server, but"
                + " \"forecast_week\" is a tool of plugin \"forecast\" (d.Forecast, in"
                + " forecast-1.0.jar) and of plugin \"forecast_week\" (e.ForecastWeek, in"
                + " week-1.0.jar)")
        .inFile(root)
        .onLineContaining("interface App");
  }
}
