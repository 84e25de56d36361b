package ai.dialer.guide.weather;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import ai.dialer.annotation.WireValue;
import ai.dialer.plugin.Async;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;

/**
 * The guide's weather, for real: current conditions for a place from Open-Meteo (keyless: no key in
 * source code), with a timeout on every request. A place Open-Meteo does not know is a 400
 * violation of {@code location}; a backend that is down or slow is a 502 or a 504, retried once;
 * answers are cached for ten minutes.
 */
@Plugin(description = "Current weather for a place: temperature, conditions and wind.")
@Policy(
    timeoutMillis = 25_000,
    idempotent = true,
    maxRetries = 1,
    retryBackoffMillis = 200,
    cacheEntries = 1000,
    cacheTtlMillis = 600_000)
public final class WeatherPlugin {
  private static final ObjectMapper JSON = new ObjectMapper();

  public enum Units {
    @WireValue("celsius")
    CELSIUS,
    @WireValue("fahrenheit")
    FAHRENHEIT
  }

  public record Location(String name, String country, double latitude, double longitude) {}

  public record Weather(
      Location location,
      double temperature,
      Units units,
      String condition,
      int weatherCode,
      double windSpeedKmh,
      String observedAt,
      String message) {}

  private final WeatherSettings settings;
  private final HttpClient http;

  @Inject
  public WeatherPlugin(WeatherSettings settings, HttpClient http) {
    this.settings = settings;
    this.http = http;
  }

  @Action(description = "The weather now at a place.", readOnly = true)
  public CompletionStage<Weather> weather(
      @Param(description = "A place: a city or a town.", examples = "Berlin")
          @Length(min = 1, max = 200)
          String location,
      @Param(description = "Temperature units.", defaultValue = "celsius") Units units) {
    URI geocoding =
        withQuery(
            settings.geocodingUrl(),
            "name=" + encode(location) + "&count=1&language=en&format=json");
    CompletableFuture<HttpResponse<String>> found = get(geocoding);
    return Async.linked(
        found,
        found
            .thenApply(response -> place(location, body(response, "geocoding")))
            .thenCompose(place -> forecast(place, units)));
  }

  private CompletionStage<Weather> forecast(Location place, Units units) {
    URI forecast =
        withQuery(
            settings.forecastUrl(),
            String.format(
                Locale.ROOT,
                "latitude=%s&longitude=%s&current=temperature_2m,weather_code,wind_speed_10m"
                    + "&temperature_unit=%s&wind_speed_unit=kmh",
                place.latitude(),
                place.longitude(),
                units == Units.FAHRENHEIT ? "fahrenheit" : "celsius"));
    CompletableFuture<HttpResponse<String>> asked = get(forecast);
    return Async.linked(
        asked, asked.thenApply(response -> weather(place, units, body(response, "forecast"))));
  }

  private CompletableFuture<HttpResponse<String>> get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(settings.timeoutSeconds()))
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .exceptionally(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              if (cause instanceof HttpTimeoutException) {
                throw PluginException.transientFailure(
                    504,
                    "weather_backend_timeout",
                    "The weather service did not answer within "
                        + settings.timeoutSeconds()
                        + " s.",
                    cause);
              }
              if (cause instanceof IOException) {
                throw PluginException.transientFailure(
                    502,
                    "weather_backend_unavailable",
                    "The weather service could not be reached.",
                    cause);
              }
              throw new CompletionException(cause);
            });
  }

  private static JsonNode body(HttpResponse<String> response, String what) {
    if (response.statusCode() >= 500) {
      throw PluginException.transientFailure(
          502,
          "weather_backend_error",
          "The weather service's " + what + " failed (HTTP " + response.statusCode() + ").",
          null);
    }
    if (response.statusCode() != 200) {
      throw new PluginException(
          502,
          "weather_backend_error",
          "The weather service's "
              + what
              + " refused the request (HTTP "
              + response.statusCode()
              + ").",
          null);
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new PluginException(
          502,
          "weather_backend_error",
          "The weather service's " + what + " answer is not JSON.",
          e);
    }
  }

  private static Location place(String asked, JsonNode geocoding) {
    JsonNode first = geocoding.path("results").path(0);
    if (first.isMissingNode() || !first.path("latitude").isNumber()) {
      throw InvalidContextException.of(
          "/location", "not_found", "No place called \"" + asked + "\" was found.");
    }
    return new Location(
        first.path("name").asText(asked),
        first.path("country").asText(""),
        first.path("latitude").asDouble(),
        first.path("longitude").asDouble());
  }

  private static Weather weather(Location place, Units units, JsonNode forecast) {
    JsonNode current = forecast.path("current");
    if (!current.path("temperature_2m").isNumber() || !current.path("weather_code").isNumber()) {
      throw new PluginException(
          502,
          "weather_backend_error",
          "The weather service's forecast has no current weather.",
          null);
    }
    double temperature = current.path("temperature_2m").asDouble();
    int code = current.path("weather_code").asInt();
    String condition = WeatherCodes.words(code);
    String where = place.country().isEmpty() ? place.name() : place.name() + ", " + place.country();
    String message =
        String.format(
            Locale.ROOT,
            "The weather in %s is %s, %.1f°%s.",
            where,
            condition,
            temperature,
            units == Units.FAHRENHEIT ? "F" : "C");
    return new Weather(
        place,
        temperature,
        units,
        condition,
        code,
        current.path("wind_speed_10m").asDouble(),
        current.path("time").asText(""),
        message);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static URI withQuery(URI base, String query) {
    String text = base.toString();
    return URI.create(text + (text.contains("?") ? "&" : "?") + query);
  }
}
