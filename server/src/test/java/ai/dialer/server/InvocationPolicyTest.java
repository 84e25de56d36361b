package ai.dialer.server;

import static ai.dialer.server.TestPlugins.keyed;
import static ai.dialer.server.TestPlugins.plugin;
import static ai.dialer.server.TestPlugins.policy;
import static ai.dialer.server.TestPlugins.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.PluginException;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.TestServer.Response;
import ai.dialer.server.config.ConfigException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each policy a plugin declares, and its overrides, enforced over real HTTP. */
class InvocationPolicyTest {
  private final ExecutorService clients = Executors.newCachedThreadPool();

  @TempDir Path dir;

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  private static InvocationPolicy idempotent(int retries, int cacheEntries, long cacheTtlMillis) {
    return new InvocationPolicy(
        Duration.ofSeconds(5),
        8,
        true,
        retries,
        Duration.ofMillis(10),
        cacheEntries,
        Duration.ofMillis(cacheTtlMillis));
  }

  private Future<Response> invokeLater(TestServer server, String plugin) {
    return clients.submit(() -> server.invoke("{\"plugin\":\"" + plugin + "\"}"));
  }

  @Test
  void aCallPastItsTimeoutIs504AtTheTimeoutAndItsThreadIsInterrupted() throws Exception {
    Semaphore interrupted = new Semaphore(0);
    PluginInvoker sleeper =
        plugin(
            "Sleeper",
            policy(400, 4),
            context ->
                () -> {
                  if (context.path("sleep").asBoolean()) {
                    try {
                      Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                      interrupted.release();
                    }
                  }
                  return value("awake");
                });
    try (TestServer server = TestServer.start(dir, TestPlugins.registry(sleeper))) {
      // Warm the path first, so the measured call is the timeout and not class loading.
      assertEquals(200, server.invoke("{\"plugin\":\"Sleeper\",\"context\":{}}").status());
      // Each call must wait out the timeout; the fastest of up to three must answer within
      // timeout + 100 ms. A server that answered late would miss it every time, while a CI machine
      // that stalls the test for a moment once does not fail it.
      List<Long> elapsed = new ArrayList<>();
      for (int attempt = 0; attempt < 3; attempt++) {
        long start = System.nanoTime();
        Response response = server.invoke("{\"plugin\":\"Sleeper\",\"context\":{\"sleep\":true}}");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(504, response.status());
        assertEquals("plugin_timeout", response.json().get("code").asText());
        assertEquals(
            "Plugin 'Sleeper' did not finish within 400 ms.",
            response.json().get("error").asText());
        assertTrue(elapsedMillis >= 400, "answered after " + elapsedMillis + " ms");
        assertTrue(
            interrupted.tryAcquire(2, TimeUnit.SECONDS), "the plugin's thread was not interrupted");
        elapsed.add(elapsedMillis);
        if (elapsedMillis < 500) {
          break;
        }
      }
      long fastest = elapsed.stream().min(Long::compare).orElseThrow();
      assertTrue(fastest < 500, "answered after " + elapsed + " ms, each over 400 + 100");
      assertEquals(200, server.invoke("{\"plugin\":\"Sleeper\"}").status());
    }
  }

  @Test
  void anAsynchronousCallPastItsTimeoutIsCancelled() throws Exception {
    CompletableFuture<Json.Writable> never = new CompletableFuture<>();
    PluginInvoker waiting = plugin("Waiting", policy(300, 4), context -> asynchronous(() -> never));
    try (TestServer server = TestServer.start(dir, TestPlugins.registry(waiting))) {
      Response response = server.invoke("{\"plugin\":\"Waiting\"}");
      assertEquals(504, response.status());
      assertTrue(never.isCancelled(), "the plugin's stage was not cancelled");
    }
  }

  /**
   * A call that only starts its work, as generated invokers do for a CompletionStage method: the
   * plugin's stage goes through {@code Stages.start}, which encodes the result in a stage of its
   * own.
   */
  private static PluginInvoker.Call asynchronous(
      java.util.function.Supplier<java.util.concurrent.CompletionStage<Json.Writable>> work) {
    return PluginInvoker.Call.async(null, work::get, result -> result);
  }

  @Test
  void asynchronousCallsHoldNoWorkerThreadWhileTheyWait() throws Exception {
    int calls = 12;
    CountDownLatch allStarted = new CountDownLatch(calls);
    PluginInvoker gathering =
        plugin(
            "Gathering",
            policy(10_000, calls),
            context ->
                asynchronous(
                    () -> {
                      allStarted.countDown();
                      // Completes only once every call has started: with one worker thread,
                      // that is possible only if no call holds the thread while it waits.
                      return CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              allStarted.await();
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                            return value("together");
                          },
                          clients);
                    }));
    try (TestServer server =
        TestServer.start(
            TestServer.settingsWithThreads(dir, 1, Map.of()), TestPlugins.registry(gathering))) {
      List<Future<Response>> responses = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        responses.add(invokeLater(server, "Gathering"));
      }
      for (Future<Response> response : responses) {
        Response answered = response.get(20, TimeUnit.SECONDS);
        assertEquals(200, answered.status(), answered.raw().body());
        assertEquals("together", answered.json().at("/result/value").asText());
      }
    }
  }

  /** A plugin whose calls say they are running, then wait for {@code release}. */
  private static PluginInvoker blocking(
      String name,
      InvocationPolicy policy,
      CountDownLatch running,
      CountDownLatch release,
      String result) {
    return plugin(
        name,
        policy,
        context ->
            () -> {
              running.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return value(result);
            });
  }

  @Test
  void aSaturatedPluginAnswers503WhileAnotherKeepsAnswering() throws Exception {
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    PluginInvoker busy = blocking("Busy", policy(10_000, 2), running, release, "done");
    PluginInvoker free = plugin("Free", policy(10_000, 2), context -> () -> value("free"));
    try (TestServer server = TestServer.start(dir, TestPlugins.registry(busy, free))) {
      Future<Response> first = invokeLater(server, "Busy");
      Future<Response> second = invokeLater(server, "Busy");
      assertTrue(running.await(5, TimeUnit.SECONDS));

      Response refused = server.invoke("{\"plugin\":\"Busy\"}");
      assertEquals(503, refused.status());
      assertEquals("too_many_calls", refused.json().get("code").asText());
      assertEquals("1", refused.header("Retry-After"));
      assertTrue(refused.json().get("error").asText().contains("limit of 2 calls"));

      for (int i = 0; i < 5; i++) {
        assertEquals(200, server.invoke("{\"plugin\":\"Free\"}").status());
      }
      release.countDown();
      assertEquals(200, first.get(5, TimeUnit.SECONDS).status());
      assertEquals(200, second.get(5, TimeUnit.SECONDS).status());
      assertEquals(200, server.invoke("{\"plugin\":\"Busy\"}").status());
    }
  }

  /** Fails with a transient error until it has been called {@code failures} + 1 times. */
  private static PluginInvoker flaky(
      String name,
      InvocationPolicy policy,
      AtomicInteger attempts,
      int failures,
      boolean transientError) {
    return plugin(
        name,
        policy,
        context ->
            () -> {
              if (attempts.incrementAndGet() <= failures) {
                throw transientError
                    ? PluginException.transientFailure(
                        503, "backend_unavailable", "Try again.", null)
                    : new PluginException(502, "backend_rejected", "Rejected.", null);
              }
              return value("attempt " + attempts.get());
            });
  }

  @Test
  void transientFailuresOfAnIdempotentPluginAreRetried() throws Exception {
    AtomicInteger flaky = new AtomicInteger();
    AtomicInteger hopeless = new AtomicInteger();
    AtomicInteger rejecting = new AtomicInteger();
    AtomicInteger writing = new AtomicInteger();
    PluginRegistry registry =
        TestPlugins.registry(
            flaky("Flaky", idempotent(2, 0, 1), flaky, 2, true),
            flaky("Hopeless", idempotent(2, 0, 1), hopeless, 100, true),
            flaky("Rejecting", idempotent(2, 0, 1), rejecting, 100, false),
            flaky("Writing", policy(5_000, 8), writing, 1, true));
    try (TestServer server = TestServer.start(dir, registry)) {
      Response recovered = server.invoke("{\"plugin\":\"Flaky\"}");
      assertEquals(200, recovered.status(), recovered.raw().body());
      assertEquals("attempt 3", recovered.json().at("/result/value").asText());
      assertEquals(3, flaky.get());

      Response exhausted = server.invoke("{\"plugin\":\"Hopeless\"}");
      assertEquals(503, exhausted.status());
      assertEquals("backend_unavailable", exhausted.json().get("code").asText());
      assertEquals(3, hopeless.get(), "one call and two retries");

      assertEquals(502, server.invoke("{\"plugin\":\"Rejecting\"}").status());
      assertEquals(1, rejecting.get(), "a failure not marked transient is not retried");

      assertEquals(503, server.invoke("{\"plugin\":\"Writing\"}").status());
      assertEquals(1, writing.get(), "a plugin not declared idempotent is not retried");

      String metrics = server.getText("/metrics");
      assertTrue(metrics.contains("aidialer_retries_total{plugin=\"Flaky\"} 2\n"), metrics);
      assertTrue(metrics.contains("aidialer_retries_total{plugin=\"Hopeless\"} 2\n"), metrics);
      assertFalse(metrics.contains("aidialer_retries_total{plugin=\"Writing\"}"), metrics);
    }
  }

  @Test
  void theCacheAnswersRepeatedCallsUntilTheirTimeToLivePasses() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    PluginInvoker echo =
        plugin(
            "Echo",
            idempotent(0, 2, 60_000),
            context ->
                keyed(
                    context,
                    () -> value(context.path("text").asText() + " #" + runs.incrementAndGet())));
    try (TestServer server =
        TestServer.start(dir, TestPlugins.registry(echo), Map.of("ECHO_CACHE_TTL_MS", "500"))) {
      String hello = "{\"plugin\":\"Echo\",\"context\":{\"text\":\"hello\"}}";
      assertEquals("hello #1", server.invoke(hello).json().at("/result/value").asText());
      assertEquals("hello #1", server.invoke(hello).json().at("/result/value").asText());
      assertEquals(1, runs.get(), "the second call came from the cache");
      String bye = "{\"plugin\":\"Echo\",\"context\":{\"text\":\"bye\"}}";
      assertEquals("bye #2", server.invoke(bye).json().at("/result/value").asText());
      assertEquals("hello #1", server.invoke(hello).json().at("/result/value").asText());

      // Two entries at most: a third key evicts the least recently used (bye).
      String third = "{\"plugin\":\"Echo\",\"context\":{\"text\":\"third\"}}";
      assertEquals("third #3", server.invoke(third).json().at("/result/value").asText());
      assertEquals("bye #4", server.invoke(bye).json().at("/result/value").asText());

      Thread.sleep(600);
      assertEquals("hello #5", server.invoke(hello).json().at("/result/value").asText());
      assertTrue(
          server.getText("/metrics").contains("aidialer_cache_hits_total{plugin=\"Echo\"} 2\n"));
      assertEquals(500, server.get("/api/plugins/Echo").json().at("/policy/cache_ttl_ms").asInt());
    }
  }

  @Test
  void aDisabledPluginIsListedAsSuchAndRefusesCalls() throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin("Echo", policy(1_000, 1), context -> () -> value("on")),
            plugin("NoteTakerPlugin", policy(1_000, 1), context -> () -> value("off")));
    try (TestServer server =
        TestServer.start(dir, registry, Map.of("NOTE_TAKER_PLUGIN_ENABLED", "false"))) {
      Response refused = server.invoke("{\"plugin\":\"NoteTakerPlugin\"}");
      assertEquals(403, refused.status());
      assertEquals("plugin_disabled", refused.json().get("code").asText());
      assertEquals(
          "Plugin 'NoteTakerPlugin' is disabled on this server (NOTE_TAKER_PLUGIN_ENABLED=false).",
          refused.json().get("error").asText());
      JsonNode listed = server.get("/api/plugins").json().get("plugins");
      for (JsonNode plugin : listed) {
        assertEquals(
            !plugin.get("name").asText().equals("NoteTakerPlugin"),
            plugin.get("enabled").asBoolean(),
            plugin.toString());
      }
      assertFalse(server.get("/api/plugins/NoteTakerPlugin").json().get("enabled").asBoolean());
      assertEquals(200, server.invoke("{\"plugin\":\"Echo\"}").status());
    }
  }

  @Test
  void configurationOverridesTheDeclaredPolicy() throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(plugin("Echo", idempotent(0, 0, 1), context -> () -> value("x")));
    Map<String, String> config =
        Map.of(
            "ECHO_TIMEOUT_MS", "1500",
            "ECHO_MAX_CONCURRENT_CALLS", "3",
            "ECHO_MAX_RETRIES", "4",
            "ECHO_CACHE_ENTRIES", "10");
    try (TestServer server = TestServer.start(dir, registry, config)) {
      JsonNode policy = server.get("/api/plugins/Echo").json().get("policy");
      assertEquals(1500, policy.get("timeout_ms").asInt());
      assertEquals(3, policy.get("max_concurrent_calls").asInt());
      assertEquals(4, policy.get("max_retries").asInt());
      assertEquals(10, policy.get("cache_entries").asInt());
    }
  }

  @Test
  void aPluginWhosePrefixStartsAnothersGetsItsOwnSettings() throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin("Foo", policy(1_000, 1), context -> () -> value("foo")),
            plugin("FooBar", policy(1_000, 1), context -> () -> value("foo bar")));
    try (TestServer server = TestServer.start(dir, registry, Map.of("FOO_BAR_ENABLED", "false"))) {
      assertEquals(403, server.invoke("{\"plugin\":\"FooBar\"}").status());
      assertEquals(200, server.invoke("{\"plugin\":\"Foo\"}").status());
    }
    ConfigException typo =
        assertThrows(
            ConfigException.class,
            () -> TestServer.start(dir, registry, Map.of("FOO_BAR_TIMOUT_MS", "5")).close());
    assertTrue(
        typo.getMessage().startsWith("FOO_BAR_TIMOUT_MS is not a setting of plugin FooBar;"),
        typo.getMessage());
  }

  @Test
  void aBadSettingForAKnownPluginStopsStartUpNamingIt() {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin("Echo", idempotent(0, 0, 1), context -> () -> value("x")),
            plugin("NoteTakerPlugin", policy(1_000, 1), context -> () -> value("x")));
    Map<String, String> expected =
        Map.of(
            "ECHO_TIMEOUT_MS=soon",
            "ECHO_TIMEOUT_MS must be a whole number from 1 to 3600000, but is \"soon\".",
            "ECHO_MAX_CONCURRENT_CALLS=0",
            "ECHO_MAX_CONCURRENT_CALLS must be a whole number from 1 to 100000, but is \"0\".",
            "ECHO_ENABLED=maybe",
            "ECHO_ENABLED must be true or false, but is \"maybe\".",
            "ECHO_LOG_PARAMETERS=yes",
            "ECHO_LOG_PARAMETERS must be true or false, but is \"yes\".",
            "ECHO_TIMOUT_MS=5",
            "ECHO_TIMOUT_MS is not a setting of plugin Echo; its settings are ECHO_ENABLED,"
                + " ECHO_TIMEOUT_MS, ECHO_MAX_CONCURRENT_CALLS, ECHO_MAX_RETRIES,"
                + " ECHO_RETRY_BACKOFF_MS, ECHO_CACHE_ENTRIES, ECHO_CACHE_TTL_MS,"
                + " ECHO_LOG_PARAMETERS, ECHO_REQUIRE_KEY, ECHO_RATE_LIMIT_PER_MINUTE.",
            "ECHO_RATE_LIMIT_PER_MINUTE=-1",
            "ECHO_RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 60000000, but is \"-1\".",
            "ECHO_REQUIRE_KEY=sure",
            "ECHO_REQUIRE_KEY must be true or false, but is \"sure\".",
            "NOTE_TAKER_PLUGIN_MAX_RETRIES=2",
            "NOTE_TAKER_PLUGIN_MAX_RETRIES is 2, but plugin NoteTakerPlugin is not declared"
                + " idempotent (@Policy(idempotent = true)): running its calls again or answering"
                + " them from a cache could repeat or skip what they do. Remove the setting.");
    expected.forEach(
        (setting, message) -> {
          String[] pair = setting.split("=", 2);
          ConfigException e =
              assertThrows(
                  ConfigException.class,
                  () -> TestServer.start(dir, registry, Map.of(pair[0], pair[1])).close());
          assertEquals(message, e.getMessage());
        });
  }

  @Test
  void parametersAreLoggedOnlyForAPluginConfiguredToLogThem() throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin("Echo", policy(1_000, 1), context -> () -> value("x")),
            plugin("Quiet", policy(1_000, 1), context -> () -> value("y")));
    String log =
        TestServer.logOf(
            () -> {
              try (TestServer server =
                  TestServer.start(dir, registry, Map.of("ECHO_LOG_PARAMETERS", "true"))) {
                assertEquals(
                    200,
                    server
                        .invoke(
                            "{\"plugin\":\"Echo\",\"context\":{\"text\":\"say \\\"hi\\\"\\nnow\"}}")
                        .status());
                assertEquals(200, server.invoke("{\"plugin\":\"Echo\"}").status());
                assertEquals(
                    200,
                    server
                        .invoke("{\"plugin\":\"Quiet\",\"context\":{\"pin\":\"7391\"}}")
                        .status());
              }
            });
    List<String> lines = log.lines().filter(l -> l.contains(" INFO invocation ")).toList();
    assertEquals(3, lines.size(), log);
    // The context as compact JSON, as one quoted logfmt value: its quotes and backslashes escaped.
    assertTrue(
        lines
            .get(0)
            .endsWith(" parameters=\"{\\\"text\\\":\\\"say \\\\\\\"hi\\\\\\\"\\\\nnow\\\"}\""),
        lines.get(0));
    assertTrue(lines.get(1).endsWith(" parameters=\"{}\""), lines.get(1));
    assertTrue(lines.get(2).contains("plugin=Quiet status=200"), lines.get(2));
    assertFalse(log.contains("7391"), "a plugin not configured to log them logs no values: " + log);
  }

  @Test
  void metricsCountKnownTraffic() throws Exception {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin(
                "Echo",
                policy(1_000, 4),
                context ->
                    () -> {
                      if (context.has("fail")) {
                        throw new PluginException(503, "backend_down", "Down.", null);
                      }
                      return value("x");
                    }));
    try (TestServer server = TestServer.start(dir, registry)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, server.invoke("{\"plugin\":\"Echo\"}").status());
      }
      assertEquals(503, server.invoke("{\"plugin\":\"Echo\",\"context\":{\"fail\":1}}").status());
      assertEquals(404, server.invoke("{\"plugin\":\"Nope\"}").status());
      Response metrics = server.get("/metrics");
      assertEquals(200, metrics.status());
      assertTrue(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
      String text = metrics.raw().body();
      assertTrue(
          text.contains("aidialer_invocations_total{plugin=\"Echo\",code=\"ok\"} 3\n"), text);
      assertTrue(
          text.contains("aidialer_invocations_total{plugin=\"Echo\",code=\"backend_down\"} 1\n"),
          text);
      assertTrue(text.contains("aidialer_invocation_duration_seconds_count{plugin=\"Echo\"} 4\n"));
      assertTrue(
          text.contains(
              "aidialer_invocation_duration_seconds_bucket{plugin=\"Echo\",le=\"+Inf\"} 4\n"));
      assertTrue(
          text.contains(
              "aidialer_invocation_duration_seconds_bucket{plugin=\"Echo\",le=\"60.0\"} 4\n"),
          "buckets are cumulative: " + text);
      assertFalse(text.contains("Nope"), "an unknown name is not a label: clients choose it");
    }
  }

  @Test
  void healthAndReadiness(@TempDir Path other) throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      Response health = server.get("/health");
      assertEquals(200, health.status());
      assertEquals("ok", health.json().get("status").asText());
      Response ready = server.get("/ready");
      assertEquals(200, ready.status());
      assertTrue(ready.json().at("/checks/database").asBoolean());
      assertEquals(405, server.post("/health", "{}", "application/json").status());
    }
    PluginRegistry registry =
        TestPlugins.registry(plugin("Echo", policy(1_000, 1), c -> () -> value("x")));
    try (TestServer server =
        TestServer.start(
            other,
            registry,
            TestServer.settings(other, 1 << 20, ai.dialer.plugins.llm.ChatBackendSettings.none()),
            () -> false)) {
      Response ready = server.get("/ready");
      assertEquals(503, ready.status());
      assertEquals("not_ready", ready.json().get("status").asText());
      assertFalse(ready.json().at("/checks/database").asBoolean());
    }
  }

  @Test
  void shutdownLetsCallsInFlightFinishAndRefusesNewOnes() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PluginInvoker slow = blocking("Slow", policy(10_000, 4), running, release, "finished");
    TestServer server = TestServer.start(dir, TestPlugins.registry(slow));
    Future<Response> inFlight = invokeLater(server, "Slow");
    assertTrue(running.await(5, TimeUnit.SECONDS));
    Future<?> closing =
        clients.submit(
            () -> {
              server.close();
              return null;
            });
    // Until the call in flight is done, the server is still up but refuses new work.
    Response refused = awaitShuttingDown(server);
    assertEquals(503, refused.status());
    assertEquals("shutting_down", refused.json().get("code").asText());
    assertFalse(closing.isDone());
    release.countDown();
    Response finished = inFlight.get(5, TimeUnit.SECONDS);
    assertEquals(200, finished.status());
    assertEquals("finished", finished.json().at("/result/value").asText());
    closing.get(10, TimeUnit.SECONDS);
  }

  private static Response awaitShuttingDown(TestServer server) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Response response = server.get("/health");
      if (response.status() == 503) {
        return response;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the server never began to shut down");
  }

  @Test
  void pluginSettingsComeFromTheEnvironmentOverDotEnv() throws Exception {
    Path dotEnv = dir.resolve(".env");
    java.nio.file.Files.writeString(
        dotEnv, "# plugin settings\nECHO_ENABLED=false\nECHO_TIMEOUT_MS=700\n");
    Map<String, String> environment =
        Map.of("ECHO_ENABLED", "true", "PORT", "0", "DATA_DIR", dir.toString());
    ai.dialer.server.config.ServerSettings settings =
        ai.dialer.server.config.ServerSettings.from(
            ai.dialer.server.config.Config.fromEnvironment(environment, dotEnv));
    PluginRegistry registry =
        TestPlugins.registry(plugin("Echo", policy(30_000, 4), context -> () -> value("x")));
    try (TestServer server = TestServer.start(settings, registry)) {
      JsonNode echo = server.get("/api/plugins/Echo").json();
      assertTrue(echo.get("enabled").asBoolean(), "the environment wins over .env");
      assertEquals(700, echo.at("/policy/timeout_ms").asInt(), ".env fills what it lacks");
      assertEquals(200, server.invoke("{\"plugin\":\"Echo\"}").status());
    }
  }
}
