package ai.dialer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The answers of the test kit: the server's bodies, without a server. */
class PluginTesterTest {
  /** A plugin whose call does what {@code behaviour} makes of its context's text. */
  private static PluginInvoker plugin(
      String name, long timeoutMillis, Function<String, CompletionStage<String>> behaviour) {
    PluginDescriptor descriptor =
        new PluginDescriptor(
            name,
            "A plugin of the test kit's tests.",
            List.of(new ActionDescriptor("", true, "", List.of())),
            "{}",
            new InvocationPolicy(Duration.ofMillis(timeoutMillis), 1));
    return new PluginInvoker() {
      @Override
      public PluginDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public Call prepare(ContextJson context) {
        String text = context.compactText();
        if (text.contains("bad")) {
          throw InvalidContextException.of("/bad", "invalid", "\"bad\" is not allowed.");
        }
        return Call.async(text, () -> behaviour.apply(text), result -> g -> g.writeString(result));
      }
    };
  }

  private static final PluginTester TESTER =
      PluginTester.of(
          plugin("Echo", 1_000, CompletableFuture::completedFuture),
          plugin(
              "Failing",
              1_000,
              text ->
                  CompletableFuture.supplyAsync(() -> text)
                      .thenApply(
                          t -> {
                            throw new PluginException(502, "backend_error", "It is down.", null);
                          })),
          plugin("Slow", 100, text -> new CompletableFuture<>()));

  @Test
  void aSuccessIsTheServersBody() {
    PluginTester.Answer answer = TESTER.call("Echo", "{\"a\": 1}");
    assertEquals(200, answer.status());
    assertEquals(
        "{\"success\":true,\"plugin\":\"Echo\",\"result\":\"{\\\"a\\\":1}\"}", answer.json());
  }

  @Test
  void failuresAreTheServersBodiesWithoutARequestId() {
    assertEquals(
        "{\"success\":false,\"error\":\"Invalid context: \\\"bad\\\" is not allowed.\","
            + "\"code\":\"invalid_context\",\"violations\":[{\"field\":\"bad\",\"path\":\"/bad\","
            + "\"code\":\"invalid\",\"message\":\"\\\"bad\\\" is not allowed.\"}]}",
        TESTER.invoke("Echo", "{\"bad\": true}"));
    PluginTester.Answer failed = TESTER.call("Failing", "{}");
    assertEquals(502, failed.status(), "thrown inside thenApply, without a wrapper");
    assertTrue(failed.json().contains("\"code\":\"backend_error\""), failed.json());
    PluginTester.Answer slow = TESTER.call("Slow", "{}");
    assertEquals(504, slow.status());
    assertTrue(slow.json().contains("\"code\":\"plugin_timeout\""), slow.json());
    assertEquals(400, TESTER.call("Echo", "{\"a\": ").status(), "malformed JSON");
    assertEquals(404, TESTER.call("Nope", "{}").status());
  }

  @Test
  void twoPluginsOfOneNameAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PluginTester.of(
                plugin("Echo", 1, CompletableFuture::completedFuture),
                plugin("Echo", 1, CompletableFuture::completedFuture)));
  }
}
