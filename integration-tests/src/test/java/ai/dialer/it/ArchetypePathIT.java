package ai.dialer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's path of issue 13, run as a user runs it against this build's installed artifacts:
 * {@code mvn archetype:generate}, {@code mvn package}, {@code java -jar target/NAME-server.jar}.
 *
 * <ul>
 *   <li>weather: the generated project builds (its test runs), its plugin jar holds no server, and
 *       its server answers its own plugin and a shipped one;
 *   <li>forecast: a second generated project that depends on weather's plugin jar, whose plugin
 *       injects weather's plugin, and which leaves the shipped plugins out;
 *   <li>clash: a project whose own plugin has the name of one in weather's jar does not build.
 * </ul>
 */
class ArchetypePathIT {
  private static final String VERSION = System.getProperty("aidialer.version");
  private static final Pattern LISTENING =
      Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path work;

  /** The projects this test installs are not left in the local repository. */
  @AfterAll
  static void forgetTheGeneratedProjects() throws IOException {
    for (String project : List.of("weather", "forecast", "clash")) {
      deleteTree(Path.of(System.getProperty("local.repository"), "com", "example", project));
    }
  }

  @Test
  void theUsersPath() throws Exception {
    Path weather = generate("weather");
    assertTrue(Files.exists(weather.resolve(".gitignore")));
    addReadmeExamples(weather);
    maven(weather, "package").succeeded();
    try (JarFile plugins = new JarFile(weather.resolve("target/weather-1.0.jar").toFile())) {
      assertTrue(plugins.getEntry("com/example/weather/GreeterPlugin_Invoker.class") != null);
      assertTrue(
          plugins.stream().noneMatch(e -> e.getName().startsWith("com/example/weather/server/")),
          "the plugin jar holds no server");
    }
    try (Server server = Server.start(weather.resolve("target/weather-server.jar"), work)) {
      assertEquals(
          "{\"success\":true,\"plugin\":\"GreeterPlugin\",\"result\":{\"text\":\"Hello, Ann!\","
              + "\"length\":11}}",
          server.invoke("GreeterPlugin", "{\"name\":\"Ann\"}"));
      assertTrue(
          server
              .invoke("SummarizerPlugin", "{\"text\":\"One. Two.\"}")
              .contains("\"success\":true"),
          "a shipped plugin is served too");
    }
    maven(weather, "install", "-DskipTests").succeeded();

    Path forecast = generate("forecast");
    replaceSample(
        forecast,
        "ForecastPlugin",
        """
        package com.example.forecast;

        import ai.dialer.annotation.Action;
        import ai.dialer.annotation.Param;
        import ai.dialer.annotation.Plugin;
        import com.example.weather.GreeterPlugin;
        import javax.inject.Inject;

        @Plugin(description = "Greets, then says tomorrow's weather.")
        public final class ForecastPlugin {
          private final GreeterPlugin greeter;

          @Inject
          public ForecastPlugin(GreeterPlugin greeter) {
            this.greeter = greeter;
          }

          @Action(description = "Tomorrow's weather for someone.")
          public String tomorrow(@Param(description = "Who asks.") String name) {
            return greeter.greet(name).text() + " Tomorrow will be sunny.";
          }
        }
        """);
    Path forecastPom = forecast.resolve("pom.xml");
    String pom = Files.readString(forecastPom);
    pom = addDependency(pom, "com.example", "weather", "1.0");
    pom = removeDependency(pom, "aidialer-plugins");
    Files.writeString(forecastPom, pom);
    maven(forecast, "package").succeeded();
    try (Server server = Server.start(forecast.resolve("target/forecast-server.jar"), work)) {
      assertEquals(
          "{\"success\":true,\"plugin\":\"ForecastPlugin\",\"result\":\"Hello, Bob! Tomorrow will"
              + " be sunny.\"}",
          server.invoke("ForecastPlugin", "{\"name\":\"Bob\"}"),
          "a plugin injects a plugin from another jar");
      assertTrue(
          server.invoke("GreeterPlugin", "{\"name\":\"Bob\"}").contains("\"success\":true"),
          "the plugin jar among the dependencies is served");
      assertTrue(
          server.invoke("NoteTakerPlugin", "{\"content\":\"x\"}").contains("plugin_not_found"),
          "without the dependency on aidialer-plugins, the shipped plugins are not served");
    }

    Path clash = generate("clash");
    Path clashPom = clash.resolve("pom.xml");
    Files.writeString(
        clashPom, addDependency(Files.readString(clashPom), "com.example", "weather", "1.0"));
    Build failed = maven(clash, "package");
    assertFalse(failed.exitCode() == 0, failed.output());
    assertTrue(
        failed
            .output()
            .contains(
                "[Plugin/DuplicateName] Plugin names must be unique in a server, but"
                    + " \"GreeterPlugin\" is the name of"),
        failed.output());
    assertTrue(
        failed.output().contains("\"com.example.weather.GreeterPlugin\" (in weather-1.0.jar)"),
        failed.output());
    assertTrue(
        failed.output().contains("\"com.example.clash.GreeterPlugin\" (in this build)"),
        failed.output());
  }

  /** {@code mvn archetype:generate} of a project named {@code name}, as the README shows it. */
  private Path generate(String name) throws Exception {
    maven(
            work,
            "archetype:generate",
            "-DarchetypeGroupId=ai.dialer",
            "-DarchetypeArtifactId=aidialer-archetype",
            "-DarchetypeVersion=" + VERSION,
            "-DgroupId=com.example",
            "-DartifactId=" + name,
            "-Dversion=1.0",
            "-Dpackage=com.example." + name)
        .succeeded();
    return work.resolve(name);
  }

  /**
   * The README's example plugin, its settings and its test ("Publish a plugin", "Test a plugin"),
   * added to the project as a reader would copy them: they must build, and the test pass.
   */
  private static void addReadmeExamples(Path project) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block =
        Pattern.compile("(?s)```java\\n(package com\\.example\\.weather;.*?)```").matcher(readme);
    List<String> classes = new ArrayList<>();
    while (block.find()) {
      String source = block.group(1);
      Matcher name =
          Pattern.compile("(?m)^(?:public )?(?:final )?(?:class|record) (\\w+)").matcher(source);
      assertTrue(name.find(), source);
      boolean test = name.group(1).endsWith("Test");
      Path dir =
          project.resolve(
              test ? "src/test/java/com/example/weather" : "src/main/java/com/example/weather");
      Files.writeString(dir.resolve(name.group(1) + ".java"), source);
      classes.add(name.group(1));
    }
    assertEquals(
        List.of("TemperaturePlugin", "TemperatureSettings", "TemperaturePluginTest"), classes);
  }

  /** Replaces the generated sample plugin, its settings and its test with one plugin. */
  private static void replaceSample(Path project, String plugin, String source) throws IOException {
    Path main = project.resolve("src/main/java/com/example/" + project.getFileName());
    Files.delete(main.resolve("GreeterPlugin.java"));
    Files.delete(main.resolve("GreeterSettings.java"));
    Files.delete(
        project.resolve(
            "src/test/java/com/example/" + project.getFileName() + "/GreeterPluginTest.java"));
    Files.writeString(main.resolve(plugin + ".java"), source);
  }

  private static String addDependency(String pom, String group, String artifact, String version) {
    return pom.replaceFirst(
        "<dependencies>",
        "<dependencies>\n    <dependency><groupId>"
            + group
            + "</groupId><artifactId>"
            + artifact
            + "</artifactId><version>"
            + version
            + "</version></dependency>");
  }

  private static String removeDependency(String pom, String artifact) {
    return pom.replaceFirst(
        "(?s)<dependency>\\s*<groupId>ai\\.dialer</groupId>\\s*<artifactId>"
            + artifact
            + "</artifactId>.*?</dependency>",
        "");
  }

  /** What a Maven run printed, and how it ended. */
  record Build(int exitCode, String output) {
    Build succeeded() {
      assertEquals(0, exitCode, output);
      return this;
    }
  }

  private static Build maven(Path directory, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
    command.add("-B");
    command.add("-ntp");
    command.add("-Dmaven.repo.local=" + System.getProperty("local.repository"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "mvn " + command + " timed out");
    return new Build(process.exitValue(), output);
  }

  /** A generated server jar, running on a free port with a data directory of its own. */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final int port;

    private Server(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    static Server start(Path jar, Path work) throws Exception {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              jar.toString());
      builder.environment().put("PORT", "0");
      builder.environment().put("DATA_DIR", Files.createTempDirectory(work, "data").toString());
      builder.redirectErrorStream(true);
      Process process = builder.start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          Thread drain =
              new Thread(
                  () -> {
                    try {
                      out.lines().forEach(l -> {});
                    } catch (UncheckedIOException e) {
                      // The stream closed: the test stopped the server.
                    }
                  });
          drain.setDaemon(true);
          drain.start();
          return new Server(process, Integer.parseInt(listening.group(1)));
        }
      }
      throw new AssertionError("the server did not start:\n" + seen);
    }

    String invoke(String plugin, String context) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/plugins/invoke"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"plugin\":\"" + plugin + "\",\"context\":" + context + "}"))
              .build();
      String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
      return body.replaceFirst(",\"request_id\":\"[^\"]*\"", "");
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
