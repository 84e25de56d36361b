package ai.dialer.guide.api;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import ai.dialer.plugin.JsonValue;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugin.Secret;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;

/**
 * The guide's API integration, without its server-side request forgery: GET a path under the one
 * configured base URL, with the configured secret as a bearer token. Any other scheme, host or port
 * is refused, redirects are followed only while they stay under the base, a host that resolves to a
 * private or loopback address is refused unless allowed, and the answer is bounded in size and
 * time. The secret is never in an answer or a log line.
 */
@Plugin(
    description =
        "Calls the one web API this server is configured for: GET a path under its base URL, with"
            + " query parameters, and get its answer.")
@Policy(requiresKey = true)
public final class HttpApiPlugin {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int MAX_REDIRECTS = 3;

  private final HttpApiSettings settings;
  private final HttpClient http;

  @Inject
  public HttpApiPlugin(HttpApiSettings settings) {
    this.settings = settings;
    // A client of its own: redirects are followed here, one check at a time, not by the client.
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
            .build();
  }

  /** The API's answer: JSON as it was, anything else as text. */
  public record Answer(
      String endpoint, int status, String contentType, JsonValue json, String text) {}

  @Action(description = "GET an endpoint of the API.", readOnly = true)
  public Answer call(
      @Param(description = "A path under the API's base URL.", examples = "users/42")
          @Length(min = 1, max = 2000)
          String endpoint,
      @Param(description = "Query parameters.", defaultValue = "{}") Map<String, String> params) {
    URI base =
        settings
            .baseUrl()
            .orElseThrow(
                () ->
                    new PluginException(
                        503,
                        "http_api_off",
                        "The API plugin is off: set HTTP_API_PLUGIN_BASE_URL to the API it may call.",
                        null));
    Destinations destinations = new Destinations(base, settings.allowPrivate());
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> param : new TreeMap<>(params).entrySet()) {
      query
          .append(query.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
    }
    URI target = destinations.resolve(endpoint, query.toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(settings.timeoutSeconds()).toNanos();
    for (int redirects = 0; ; redirects++) {
      destinations.checkAddress(target);
      HttpResponse<InputStream> response = send(target, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        close(response);
        if (location == null || redirects == MAX_REDIRECTS) {
          throw new PluginException(
              502,
              "redirect_refused",
              "The API redirected " + (location == null ? "nowhere." : "too many times."),
              null);
        }
        URI next = target.resolve(location);
        if (!destinations.isUnderBase(next)) {
          throw new PluginException(
              502,
              "redirect_refused",
              "The API redirected outside its base URL; the redirect was not followed.",
              null);
        }
        target = next;
        continue;
      }
      String body = redacted(new String(read(response), StandardCharsets.UTF_8));
      String contentType = redacted(response.headers().firstValue("Content-Type").orElse(""));
      String shown = base.relativize(target).toString();
      if (contentType.toLowerCase(Locale.ROOT).contains("json") && isJson(body)) {
        return new Answer(shown, status, contentType, JsonValue.raw(body), null);
      }
      return new Answer(shown, status, contentType, null, body);
    }
  }

  private HttpResponse<InputStream> send(URI target, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut(null);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target).timeout(Duration.ofNanos(left)).GET();
    settings
        .secret()
        .ifPresent(secret -> request.header("Authorization", "Bearer " + secret.reveal()));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw timedOut(e);
    } catch (IOException e) {
      throw PluginException.transientFailure(
          502, "api_unreachable", "The API could not be reached.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw timedOut(e);
    }
  }

  private PluginException timedOut(Throwable cause) {
    return PluginException.transientFailure(
        504,
        "api_timeout",
        "The API did not answer within " + settings.timeoutSeconds() + " s.",
        cause);
  }

  /** The body, up to the limit: past it, the call fails rather than answer part of it. */
  private byte[] read(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes(settings.maxResponseBytes() + 1);
      if (body.length > settings.maxResponseBytes()) {
        throw new PluginException(
            502,
            "response_too_large",
            "The API's answer is larger than " + settings.maxResponseBytes() + " bytes.",
            null);
      }
      return body;
    } catch (IOException e) {
      throw PluginException.transientFailure(
          502, "api_unreachable", "The API's answer could not be read.", e);
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // the connection goes either way
    }
  }

  /**
   * {@code text} without the secret: an API that echoes the request (its headers, say) must not
   * hand the secret to the caller.
   */
  private String redacted(String text) {
    return settings
        .secret()
        .map(Secret::reveal)
        .filter(secret -> !secret.isEmpty() && text.contains(secret))
        .map(secret -> text.replace(secret, "[secret]"))
        .orElse(text);
  }

  private static boolean isJson(String body) {
    try (JsonParser parser = JSON.createParser(body)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
