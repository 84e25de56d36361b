package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugin.Violation;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.ServerAssembly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles plugins with the processor and runs what it generated. */
class GeneratedBehaviourTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static PluginInvoker echo;
  private static PluginInvoker calendar;
  private static ClassLoader loader;

  @BeforeAll
  static void compileFixtures() throws Exception {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forResource("fixtures/EchoPlugin.java"),
            JavaFileObjects.forResource("fixtures/MeetingsPlugin.java"),
            JavaFileObjects.forResource("fixtures/LaterPlugin.java"),
            Fixtures.source(
                "test.TestServer",
                """
                package test;
                @ai.dialer.server.PluginServer
                public interface TestServer {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Fixtures.load(compilation);
    ServerAssembly assembly =
        (ServerAssembly)
            loader.loadClass("test.TestServer_Assembly").getConstructor().newInstance();
    PluginRegistry registry = assembly.registry(assembly.create(name -> Optional.empty()));
    echo = registry.find("EchoPlugin").orElseThrow();
    calendar = registry.find("calendar").orElseThrow();
    later = registry.find("later").orElseThrow();
  }

  private static PluginInvoker later;

  private static PluginInvoker.Call prepare(PluginInvoker invoker, String context)
      throws Exception {
    return invoker.prepare(ContextJson.of(context));
  }

  @Test
  void anAsynchronousActionIsStartedAndItsStageCarriesTheResult() throws Exception {
    PluginInvoker.Call call = prepare(later, "{\"word\": \"hey\"}");
    Json.Writable result = call.start().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals("\"HEY\"", new String(Json.write(result), StandardCharsets.UTF_8));
    assertEquals("\"HEY\"", new String(Json.write(call.run()), StandardCharsets.UTF_8));
    Json.Writable nothing =
        prepare(later, "{\"action\": \"nothing\"}").start().toCompletableFuture().get();
    assertEquals("null", new String(Json.write(nothing), StandardCharsets.UTF_8));
  }

  @Test
  void aFailureBeforeTheStageExistsFailsTheStage() throws Exception {
    PluginInvoker.Call call = prepare(later, "{\"word\": \"down\"}");
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> call.start().toCompletableFuture().get());
    PluginException cause = (PluginException) failed.getCause();
    assertTrue(cause.isTransient());
    assertEquals("down", assertThrows(PluginException.class, call::run).code());
  }

  @Test
  void equalCallsHaveEqualCacheKeys() throws Exception {
    Object one = prepare(later, "{\"word\": \"a\"}").cacheKey();
    assertEquals(one, prepare(later, "{\"action\": \"shout\", \"word\": \"a\"}").cacheKey());
    assertEquals(one.hashCode(), prepare(later, "{\"word\": \"a\"}").cacheKey().hashCode());
    assertNotEquals(one, prepare(later, "{\"word\": \"b\"}").cacheKey());
    assertNotEquals(one, prepare(later, "{\"action\": \"nothing\"}").cacheKey());
    assertEquals(
        prepare(echo, "{\"name\": \"x\", \"tags\": [\"a\"]}").cacheKey(),
        prepare(echo, "{\"tags\": [\"a\"], \"name\": \"x\", \"count\": 3}").cacheKey(),
        "defaults and key order do not change the key");
  }

  @Test
  void theDeclaredPolicyIsInTheDescriptor() {
    InvocationPolicy policy = later.descriptor().policy();
    assertEquals(
        new InvocationPolicy(
            Duration.ofSeconds(2), 64, true, 3, Duration.ofMillis(50), 5, Duration.ofSeconds(1)),
        policy);
    assertEquals(new InvocationPolicy(Duration.ofSeconds(30), 64), echo.descriptor().policy());
  }

  private static JsonNode call(PluginInvoker invoker, String context) throws Exception {
    byte[] written = Json.write(invoker.invoke(ContextJson.of(context)));
    return JSON.readTree(new String(written, StandardCharsets.UTF_8));
  }

  private static List<String> violations(PluginInvoker invoker, String context) {
    InvalidContextException e =
        assertThrows(InvalidContextException.class, () -> invoker.invoke(ContextJson.of(context)));
    return e.violations().stream().map(v -> v.path() + " " + v.code()).collect(Collectors.toList());
  }

  @Test
  void defaultsFillWhatIsAbsentOrNull() throws Exception {
    JsonNode result = call(echo, "{\"name\": \"ann\", \"count\": null}");
    assertEquals("ann", result.get("name").asText());
    assertEquals(3, result.get("count").asInt());
    assertEquals(10_000_000_000L, result.get("big").asLong());
    assertEquals(0.5, result.get("ratio").asDouble());
    assertEquals(false, result.get("flag").asBoolean());
    assertEquals("HAPPY", result.get("mood").asText());
    assertEquals(0, result.get("turns").size());
    assertTrue(result.get("tags").isNull(), "optional without default is null");
    assertEquals(1, result.get("scores").get("a").asInt());
    assertTrue(result.get("note").isNull(), "empty Optional is written as null");
    assertTrue(result.get("nothing").isNull());
    assertTrue(result.get("not_a_number").isNull(), "NaN has no JSON form");
  }

  @Test
  void everyTypeDecodesAndEncodes() throws Exception {
    JsonNode result =
        call(
            echo,
            "{\"name\":\"x\",\"count\":7.0,\"big\":-9007199254740993,\"ratio\":1e-3,\"flag\":true,"
                + "\"mood\":\"SAD\",\"turns\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                + "\"tags\":[\"a\",\"a\",\"b\"],\"scores\":{\"q\":2},\"note\":\"n\"}");
    assertEquals(7, result.get("count").asInt());
    assertEquals(-9007199254740993L, result.get("big").asLong());
    assertEquals(0.001, result.get("ratio").asDouble());
    assertEquals("SAD", result.get("mood").asText());
    assertEquals("user", result.get("turns").get(0).get("role").asText());
    assertEquals(1, result.get("turns").get(0).get("weight").asInt(), "nested default");
    assertEquals(2, result.get("tags").size());
    assertEquals(2, result.get("scores").get("q").asInt());
    assertEquals("n", result.get("note").asText());
  }

  @Test
  void everyViolationIsCollectedWithItsPointer() {
    assertEquals(
        // In the order the keys were sent; absent required keys last, in declaration order.
        List.of(
            "/count type",
            "/big range",
            "/flag type",
            "/mood enum",
            "/turns/0/role missing",
            "/turns/1 type",
            "/turns/2/content null",
            "/tags/1 null",
            "/scores/a~1b type",
            "/name missing"),
        violations(
            echo,
            "{\"count\":2.5,\"big\":1e400,\"flag\":\"yes\",\"mood\":\"happy\","
                + "\"turns\":[{\"content\":\"c\"},7,{\"role\":\"r\",\"content\":null}],"
                + "\"tags\":[\"a\",null],\"scores\":{\"a/b\":\"1\"}}"));
  }

  @Test
  void aRecordsOwnCheckBecomesAViolation() {
    InvalidContextException e =
        assertThrows(
            InvalidContextException.class,
            () ->
                echo.invoke(
                    ContextJson.of(
                        "{\"name\":\"x\",\"turns\":[{\"role\":\"r\",\"content\":\"\"}]}")));
    Violation violation = e.violations().get(0);
    assertEquals("/turns/0", violation.path());
    assertEquals("invalid", violation.code());
    assertTrue(violation.message().contains("content is empty"));
  }

  @Test
  void integersAreExact() {
    assertEquals(
        List.of("/count range"), violations(echo, "{\"name\":\"x\",\"count\":2147483648}"));
    assertEquals(
        List.of("/big range"), violations(echo, "{\"name\":\"x\",\"big\":123456789012345678901}"));
    assertEquals(List.of("/count type"), violations(echo, "{\"name\":\"x\",\"count\":\"3\"}"));
  }

  @Test
  void descriptorAndSchemaComeFromTheDeclarations() throws Exception {
    PluginDescriptor descriptor = echo.descriptor();
    assertEquals("EchoPlugin", descriptor.name());
    assertEquals("Echoes what it is given.", descriptor.description());
    assertEquals("name", descriptor.actions().get(0).parameters().get(0).name());
    assertTrue(descriptor.actions().get(0).parameters().get(0).required());
    assertEquals("3", descriptor.actions().get(0).parameters().get(1).defaultJson());
    assertEquals("\"HAPPY\"", descriptor.actions().get(0).parameters().get(5).defaultJson());
    // The listing a person reads shows an enum's values, not only "string".
    assertEquals(
        List.of("HAPPY", "SAD"), descriptor.actions().get(0).parameters().get(5).allowedValues());
    assertEquals(List.of(), descriptor.actions().get(0).parameters().get(1).allowedValues());
    JsonNode schema = JSON.readTree(descriptor.jsonSchema());
    assertEquals("object", schema.get("type").asText());
    assertEquals("name", schema.get("required").get(0).asText());
    assertEquals(
        "#/$defs/EchoPlugin.Turn",
        schema
            .get("properties")
            .get("turns")
            .get("anyOf")
            .get(0)
            .get("items")
            .get("$ref")
            .asText());
    assertEquals(
        "role", schema.get("$defs").get("EchoPlugin.Turn").get("required").get(0).asText());
  }

  @Test
  void actionsAreChosenByTheActionKey() throws Exception {
    assertEquals(1, call(calendar, "{\"action\":\"add\",\"title\":\"standup\"}").asInt());
    assertEquals("standup", call(calendar, "{}").get(0).asText(), "list is the default");
    assertTrue(call(calendar, "{\"action\":\"clear\"}").isNull(), "void is written as null");
    assertEquals(0, call(calendar, "{\"action\":\"list\"}").size());
    assertEquals(List.of("/action enum"), violations(calendar, "{\"action\":\"remove\"}"));
    assertEquals(List.of("/title missing"), violations(calendar, "{\"action\":\"add\"}"));
    assertTrue(calendar.descriptor().hasActions());
    assertEquals(
        Map.of("const", "add"),
        JSON.convertValue(
            JSON.readTree(calendar.descriptor().jsonSchema())
                .get("oneOf")
                .get(0)
                .get("properties")
                .get("action"),
            Map.class));
  }

  @Test
  void theStaticRegistryListsEveryPlugin() throws Exception {
    ServerAssembly assembly =
        (ServerAssembly)
            loader.loadClass("test.TestServer_Assembly").getConstructor().newInstance();
    assertEquals(List.of("EchoPlugin", "calendar", "later"), assembly.pluginNames());
    assertEquals(
        List.of("EchoPlugin", "calendar", "later"),
        assembly.plugins().stream().map(PluginDescriptor::name).collect(Collectors.toList()));
  }
}
