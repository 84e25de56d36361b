package ai.dialer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body of an invoke request, read as the server and the test kit read it. */
class InvokeRequestTest {
  private static final PluginDescriptor ECHO =
      new PluginDescriptor(
          "Echo",
          "Echoes.",
          List.of(new ActionDescriptor("", true, "", List.of())),
          "{}",
          new InvocationPolicy(Duration.ofSeconds(1), 1));
  private static final PluginInvoker INVOKER =
      new PluginInvoker() {
        @Override
        public PluginDescriptor descriptor() {
          return ECHO;
        }

        @Override
        public Call prepare(ContextJson context) {
          return () -> generator -> generator.writeString(context.compactText());
        }
      };
  private static final PluginRegistry REGISTRY = PluginRegistry.of(Map.of("Echo", INVOKER));

  private static InvokeRequest read(String body) throws ApiError {
    return InvokeRequest.read(body.getBytes(StandardCharsets.UTF_8), REGISTRY);
  }

  private static ApiError refused(String body) {
    return assertThrows(ApiError.class, () -> read(body), body);
  }

  @Test
  void theContextIsTheObjectAsSentWhereverItStands() throws Exception {
    InvokeRequest request = read("{\"plugin\":\"Echo\",\"context\":{\"a\": [1, {\"b\": \"}\"}]}}");
    assertSame(INVOKER, request.invoker());
    assertEquals("{\"a\": [1, {\"b\": \"}\"}]}", request.context().toString());
    assertEquals("{\"a\":[1,{\"b\":\"}\"}]}", request.context().compactText());
    InvokeRequest later = read(" { \"context\" : {\"x\":\"é😀\"} , \"plugin\" : \"Echo\" } ");
    assertEquals("{\"x\":\"é😀\"}", later.context().toString());
    assertEquals("{}", read("{\"plugin\":\"Echo\"}").context().toString());
    assertEquals("{}", read("{\"plugin\":\"Echo\",\"context\":null}").context().toString());
  }

  @Test
  void eachProblemHasItsAnswer() {
    assertEquals("malformed_json", refused("{\"plugin\":\"Echo\"} x").code());
    assertEquals(
        "malformed_json", refused("{\"plugin\":\"Echo\",\"context\":{\"a\":1,\"a\":2}}").code());
    assertEquals("invalid_request", refused("[]").code());
    assertEquals("invalid_request", refused("{\"plugin\":5}").code());
    assertEquals(
        "\"context\" must be a JSON object, but is a string.",
        refused("{\"plugin\":\"Echo\",\"context\":\"x\"}").getMessage());
    assertEquals("Missing required key: plugin.", refused("{\"context\":{}}").getMessage());
    ApiError unknown = refused("{\"plugin\":\"Nope\"}");
    assertEquals(404, unknown.status());
    assertEquals("Plugin 'Nope' not found. Available plugins: Echo.", unknown.getMessage());
  }

  @Test
  void anUnknownPluginsAnswerListsTheFirstFiftyNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      names.add(String.format("Plugin%02d", i));
    }
    PluginRegistry many = new PluginRegistry(names, i -> ECHO, i -> INVOKER);
    ApiError error =
        assertThrows(
            ApiError.class,
            () ->
                InvokeRequest.read("{\"plugin\":\"Nope\"}".getBytes(StandardCharsets.UTF_8), many));
    assertEquals(404, error.status());
    assertTrue(
        error
            .getMessage()
            .startsWith("Plugin 'Nope' not found. Available plugins: Plugin00, Plugin01,"));
    assertTrue(
        error.getMessage().endsWith(", Plugin49 and 10 more (GET /api/plugins lists them)."),
        error.getMessage());
  }
}
