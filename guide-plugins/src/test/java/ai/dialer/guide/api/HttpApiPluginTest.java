package ai.dialer.guide.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.Secret;
import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API plugin against a local API, and against attempts to make it call anything else. */
class HttpApiPluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "s3cr3t-token-4711";

  private final FakeApi api;
  private final FakeApi elsewhere;
  private final PluginTester tester;

  HttpApiPluginTest() throws IOException {
    api = new FakeApi();
    elsewhere = new FakeApi();
    api.redirectingAwayTo(elsewhere.base().resolve("users/42"));
    tester = tester(api.base(), true, 1 << 20);
  }

  private static PluginTester tester(URI base, boolean allowPrivate, int maxBytes) {
    HttpApiSettings settings =
        new HttpApiSettings(
            Optional.of(base), Optional.of(Secret.of(SECRET)), allowPrivate, 1, maxBytes);
    return PluginTester.of(new HttpApiPlugin_Invoker(new HttpApiPlugin(settings)));
  }

  @AfterEach
  void stop() {
    api.close();
    elsewhere.close();
  }

  private static String context(String endpoint) {
    return JsonNodeFactory.instance.objectNode().put("endpoint", endpoint).toString();
  }

  private PluginTester.Answer call(String endpoint) {
    return tester.call("HttpApiPlugin", context(endpoint));
  }

  private JsonNode ok(PluginTester.Answer answer) throws IOException {
    assertEquals(200, answer.status(), answer.json());
    assertFalse(answer.json().contains(SECRET), answer.json());
    return JSON.readTree(answer.json()).path("result");
  }

  private static void assertRefused(PluginTester.Answer answer, String why) {
    assertEquals(400, answer.status(), answer.json());
    assertTrue(answer.json().contains("\"code\":\"endpoint_refused\""), answer.json());
    assertTrue(answer.json().contains(why), answer.json());
  }

  @Test
  void callsAPathUnderTheBaseWithTheSecretAndParams() throws IOException {
    JsonNode result = ok(call("users/42"));
    assertEquals("users/42", result.path("endpoint").asText());
    assertEquals(200, result.path("status").asInt());
    assertEquals("{\"id\":42,\"name\":\"Ann\"}", result.path("json").toString());
    assertTrue(result.path("text").isNull());
    assertEquals("Bearer " + SECRET, api.received().get(0).authorization());
    JsonNode search =
        ok(
            tester.call(
                "HttpApiPlugin",
                "{\"endpoint\": \"/search\", \"params\": {\"q\": \"a b&c=d\", \"page\": \"2\"}}"));
    assertEquals("page=2&q=a+b%26c%3Dd", search.path("json").path("query").asText());
  }

  @Test
  void textAndErrorAnswersArePassedOnAsTheyAre() throws IOException {
    JsonNode text = ok(call("text"));
    assertEquals("plain words", text.path("text").asText());
    assertTrue(text.path("json").isNull());
    JsonNode missing = ok(call("missing"));
    assertEquals(404, missing.path("status").asInt());
    assertEquals("no such thing", missing.path("json").path("error").asText());
  }

  @Test
  void theSecretNeverAppearsInAnAnswerEvenWhenTheApiEchoesIt() throws IOException {
    JsonNode echoed = ok(call("headers"));
    assertEquals(
        "Bearer [secret]", echoed.path("json").path("headers").path("Authorization").asText());
    assertEquals("Bearer " + SECRET, api.received().get(0).authorization(), "it was sent");
  }

  @Test
  void otherSchemesHostsAndPortsAreRefused() {
    for (String endpoint :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "https://evil.example/steal",
            "//evil.example/steal",
            "file:///etc/passwd",
            "gopher://127.0.0.1:25/",
            "HTTP://127.0.0.1:22/")) {
      assertRefused(call(endpoint), "names a scheme or a host");
    }
    assertRefused(call("../admin"), "climbs");
    assertRefused(call("users/../../admin"), "climbs");
    assertRefused(call("%2e%2e/admin"), "encoded dot or slash");
    assertRefused(call("..%2fadmin"), "encoded dot or slash");
    assertRefused(call("users\\..\\admin"), "holds a character");
    assertRefused(call("users/42?admin=true"), "holds a character");
    assertRefused(call("users/42#frag"), "holds a character");
    assertRefused(call("users/42\r\nX-Injected: 1"), "holds a character");
    assertEquals(List.of(), api.received(), "nothing was called");
  }

  @Test
  void aPortOrHostInThePathStaysAPath() throws IOException {
    // Without a scheme, ":8080" and "@host" are only path segments under the base.
    assertEquals(404, ok(call(":8080/x")).path("status").asInt());
    assertEquals(404, ok(call("@evil.example/x")).path("status").asInt());
    assertEquals("/v1/:8080/x", api.received().get(0).path());
    assertEquals("/v1/@evil.example/x", api.received().get(1).path());
  }

  @Test
  void redirectsAreFollowedOnlyUnderTheBase() throws IOException {
    JsonNode in = ok(call("redirect-in"));
    assertEquals("users/42", in.path("endpoint").asText());
    for (String endpoint : List.of("redirect-up", "redirect-away")) {
      PluginTester.Answer answer = call(endpoint);
      assertEquals(502, answer.status(), answer.json());
      assertTrue(answer.json().contains("\"code\":\"redirect_refused\""), answer.json());
    }
    assertTrue(api.received().stream().noneMatch(r -> r.path().equals("/admin")));
    assertEquals(List.of(), elsewhere.received(), "the secret went nowhere else");
    PluginTester.Answer loop = call("redirect-loop");
    assertEquals(502, loop.status());
    assertTrue(loop.json().contains("too many times"), loop.json());
  }

  @Test
  void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
    for (URI base :
        List.of(
            api.base(),
            URI.create(api.base().toString().replace("127.0.0.1", "localhost")),
            URI.create(api.base().toString().replace("127.0.0.1", "[::1]")))) {
      PluginTester strict = tester(base, false, 1 << 20);
      PluginTester.Answer answer = strict.call("HttpApiPlugin", context("users/42"));
      assertEquals(502, answer.status(), answer.json());
      assertTrue(answer.json().contains("\"code\":\"address_refused\""), answer.json());
      assertTrue(answer.json().contains("HTTP_API_PLUGIN_ALLOW_PRIVATE"), answer.json());
    }
    assertEquals(List.of(), api.received(), "nothing was called");
  }

  @Test
  void internalAddressesAreKnown() throws IOException {
    for (String internal :
        List.of(
            "127.0.0.1",
            "127.9.9.9",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1")) {
      assertTrue(Destinations.isInternal(InetAddress.getByName(internal)), internal);
    }
    for (String external :
        List.of("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8")) {
      assertFalse(Destinations.isInternal(InetAddress.getByName(external)), external);
    }
  }

  @Test
  void answersAreBoundedInSizeAndTime() {
    PluginTester.Answer big = call("big");
    assertEquals(502, big.status(), big.json());
    assertTrue(big.json().contains("\"code\":\"response_too_large\""), big.json());
    long start = System.nanoTime();
    PluginTester.Answer slow = call("slow");
    assertEquals(504, slow.status(), slow.json());
    assertTrue(slow.json().contains("\"code\":\"api_timeout\""), slow.json());
    assertTrue(System.nanoTime() - start < 2_900_000_000L, "the 1 s limit, not the API's 3 s");
  }

  @Test
  void offUntilABaseIsConfigured() {
    PluginTester off =
        PluginTester.of(
            new HttpApiPlugin_Invoker(
                new HttpApiPlugin(
                    new HttpApiSettings(Optional.empty(), Optional.empty(), false, 1, 100))));
    PluginTester.Answer answer = off.call("HttpApiPlugin", context("users/42"));
    assertEquals(503, answer.status());
    assertTrue(answer.json().contains("\"code\":\"http_api_off\""), answer.json());
  }

  @Test
  void aBaseWithUserInfoOrAnotherSchemeIsAConfigurationError() {
    for (String base :
        List.of("ftp://example.com/", "https://user:pw@example.com/", "https://example.com/?a=1")) {
      try {
        new HttpApiSettings(Optional.of(URI.create(base)), Optional.empty(), false, 1, 100);
        throw new AssertionError(base + " was accepted");
      } catch (IllegalArgumentException expected) {
        assertTrue(expected.getMessage().contains("HTTP_API_PLUGIN_BASE_URL"));
      }
    }
  }
}
