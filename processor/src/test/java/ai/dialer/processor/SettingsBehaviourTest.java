package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsException;
import ai.dialer.server.ServerAssembly;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plugin's own settings, read by the generated module when its server starts. */
class SettingsBehaviourTest {
  private static ServerAssembly assembly;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forResource("fixtures/WeatherPlugin.java"),
            JavaFileObjects.forResource("fixtures/WeatherSettings.java"),
            Fixtures.source(
                "test.Server",
                """
                package test;
                @ai.dialer.server.PluginServer
                public interface Server {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, java.util.List.of("fixtures/WeatherSettings_Module.java"));
    assembly =
        (ServerAssembly)
            Fixtures.load(compilation)
                .loadClass("test.Server_Assembly")
                .getConstructor()
                .newInstance();
  }

  private static PluginRegistry start(Map<String, String> environment) {
    return assembly.registry(assembly.create(name -> Optional.ofNullable(environment.get(name))));
  }

  private static String failure(Map<String, String> environment) {
    return assertThrows(SettingsException.class, () -> start(environment)).getMessage();
  }

  @Test
  void theSettingsAreReadWithTheirDefaults() throws Exception {
    PluginRegistry registry = start(Map.of("WEATHER_PLUGIN_API_KEY", "sk-very-secret"));
    String answer =
        Json.text(registry.find("WeatherPlugin").orElseThrow().invoke(ContextJson.of("{}")));
    assertTrue(answer.contains("\"forecast_url\":\"https://api.open-meteo.com/v1/forecast\""));
    assertTrue(answer.contains("\"units\":\"CELSIUS\""));
    assertTrue(answer.contains("\"timeout_seconds\":10"));
    assertFalse(answer.contains("sk-very-secret"), "a secret is never in an answer: " + answer);
    assertTrue(answer.contains("apiKey=(secret)"), answer);
  }

  @Test
  void eachStartUpErrorNamesItsVariable() {
    assertEquals(
        "WEATHER_PLUGIN_API_KEY is required (a secret) and is not set.", failure(Map.of()));
    String malformed =
        failure(
            Map.of(
                "WEATHER_PLUGIN_API_KEY", "sk-very-secret",
                "WEATHER_PLUGIN_FORECAST_URL", "api.open-meteo.com",
                "WEATHER_PLUGIN_TIMEOUT_SECONDS", "abc",
                "WEATHER_PLUGIN_UNITS", "kelvin",
                "WEATHER_PLUGIN_CACHE", "yes",
                "WEATHER_PLUGIN_MAX_AGE", "10 minutes",
                "WEATHER_PLUGIN_GEOCODING_URL", "ftp://example.com"));
    for (String expected :
        new String[] {
          "WEATHER_PLUGIN_FORECAST_URL must be an http or https URL such as"
              + " https://example.com/v1, but is \"api.open-meteo.com\".",
          "WEATHER_PLUGIN_TIMEOUT_SECONDS must be a whole number, but is \"abc\".",
          "WEATHER_PLUGIN_UNITS must be one of CELSIUS, FAHRENHEIT, but is \"kelvin\".",
          "WEATHER_PLUGIN_CACHE must be true or false, but is \"yes\".",
          "WEATHER_PLUGIN_MAX_AGE must be an ISO-8601 duration such as PT30S, but is \"10"
              + " minutes\".",
          "WEATHER_PLUGIN_GEOCODING_URL must be an http or https URL"
        }) {
      assertTrue(malformed.contains(expected), expected + " in " + malformed);
    }
    assertFalse(malformed.contains("sk-very-secret"), malformed);
  }

  @Test
  void everySettingIsListedForHelp() {
    SettingSpec key =
        assembly.settings().stream()
            .filter(s -> s.name().equals("WEATHER_PLUGIN_API_KEY"))
            .findFirst()
            .orElseThrow();
    assertTrue(key.secret());
    assertTrue(key.required());
    SettingSpec age =
        assembly.settings().stream()
            .filter(s -> s.name().equals("WEATHER_PLUGIN_MAX_AGE"))
            .findFirst()
            .orElseThrow();
    assertEquals("PT10M", age.defaultValue());
    assertEquals(7, assembly.settings().size());
  }
}
