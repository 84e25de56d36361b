package ai.dialer.guide.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The weather plugin against a local server that answers as Open-Meteo does. */
class WeatherPluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeOpenMeteo openMeteo;
  private final PluginTester tester;

  WeatherPluginTest() throws IOException {
    openMeteo = new FakeOpenMeteo();
    tester = tester(openMeteo.settings(1));
  }

  private static PluginTester tester(WeatherSettings settings) {
    return PluginTester.of(
        new WeatherPlugin_Invoker(new WeatherPlugin(settings, HttpClient.newHttpClient())));
  }

  @AfterEach
  void stop() {
    openMeteo.close();
  }

  private JsonNode call(String context) throws IOException {
    return JSON.readTree(tester.invoke("WeatherPlugin", context));
  }

  @Test
  void currentWeatherWithTheResolvedPlaceAndTheGuidesMessage() throws IOException {
    JsonNode result = call("{\"location\": \"Berlin\"}").path("result");
    assertEquals("Berlin", result.path("location").path("name").asText());
    assertEquals("Germany", result.path("location").path("country").asText());
    assertEquals(52.52437, result.path("location").path("latitude").asDouble());
    assertEquals(13.41053, result.path("location").path("longitude").asDouble());
    assertEquals(3.4, result.path("temperature").asDouble());
    assertEquals("celsius", result.path("units").asText());
    assertEquals(61, result.path("weather_code").asInt());
    assertEquals("slight rain", result.path("condition").asText());
    assertEquals(12.3, result.path("wind_speed_kmh").asDouble());
    assertEquals("2026-12-01T12:00", result.path("observed_at").asText());
    assertEquals(
        "The weather in Berlin, Germany is slight rain, 3.4°C.", result.path("message").asText());
    // The coordinates of the place found are what the forecast was asked for.
    String forecast = openMeteo.requests().get(1).getRawQuery();
    assertTrue(forecast.contains("latitude=52.52437&longitude=13.41053"), forecast);
  }

  @Test
  void fahrenheitIsAskedOfTheBackend() throws IOException {
    JsonNode result = call("{\"location\": \"Berlin\", \"units\": \"fahrenheit\"}").path("result");
    assertEquals(38.1, result.path("temperature").asDouble());
    assertTrue(result.path("message").asText().endsWith("38.1°F."), result.toString());
    assertTrue(openMeteo.requests().get(1).getQuery().contains("temperature_unit=fahrenheit"));
  }

  @Test
  void thePlaceNameIsEncodedIntoTheQuery() throws IOException {
    call("{\"location\": \"São Paulo & Co\"}");
    assertEquals(
        "name=S%C3%A3o+Paulo+%26+Co&count=1&language=en&format=json",
        openMeteo.requests().get(0).getRawQuery());
  }

  @Test
  void anUnknownPlaceIsA400SayingSo() {
    PluginTester.Answer answer = tester.call("WeatherPlugin", "{\"location\": \"Atlantis\"}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"path\":\"/location\""), answer.json());
    assertTrue(answer.json().contains("\"code\":\"not_found\""), answer.json());
    assertTrue(answer.json().contains("No place called \\\"Atlantis\\\""), answer.json());
    assertEquals(1, openMeteo.requests().size(), "no forecast asked for nowhere");
  }

  @Test
  void unitsOutsideTheDeclaredOnesAreRefusedBeforeAnyRequest() {
    PluginTester.Answer answer =
        tester.call("WeatherPlugin", "{\"location\": \"Berlin\", \"units\": \"kelvin\"}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"code\":\"enum\""), answer.json());
    assertEquals(0, openMeteo.requests().size());
  }

  @Test
  void aBackendThatFailsIsA502() {
    openMeteo.failingWith(503);
    PluginTester.Answer answer = tester.call("WeatherPlugin", "{\"location\": \"Berlin\"}");
    assertEquals(502, answer.status(), answer.json());
    assertTrue(answer.json().contains("\"code\":\"weather_backend_error\""), answer.json());
  }

  @Test
  void aBackendThatRefusesTheRequestIsA502NotA500() {
    openMeteo.failingWith(400);
    PluginTester.Answer answer = tester.call("WeatherPlugin", "{\"location\": \"Berlin\"}");
    assertEquals(502, answer.status(), answer.json());
  }

  @Test
  void aSlowBackendIsA504() {
    openMeteo.delayedBy(3_000);
    long start = System.nanoTime();
    PluginTester.Answer answer = tester.call("WeatherPlugin", "{\"location\": \"Berlin\"}");
    assertEquals(504, answer.status(), answer.json());
    assertTrue(answer.json().contains("\"code\":\"weather_backend_timeout\""), answer.json());
    assertTrue(System.nanoTime() - start < 2_900_000_000L, "the 1 s timeout, not the delay");
  }

  @Test
  void aBackendThatIsDownIsA502() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/v1/search");
    PluginTester down = tester(new WeatherSettings(nowhere, nowhere, 1));
    PluginTester.Answer answer = down.call("WeatherPlugin", "{\"location\": \"Berlin\"}");
    assertEquals(502, answer.status(), answer.json());
    assertTrue(answer.json().contains("\"code\":\"weather_backend_unavailable\""), answer.json());
  }
}
