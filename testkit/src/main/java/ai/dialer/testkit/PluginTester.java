package ai.dialer.testkit;

import ai.dialer.runtime.Answers;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.Failures;
import ai.dialer.runtime.InvokeRequest;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.runtime.PluginRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls plugins in a unit test the way {@code POST /api/plugins/invoke} does, through their
 * generated readers, invokers and encoders, with no HTTP and no server. Construct each plugin with
 * the services you choose (fakes included) and hand its generated invoker in:
 *
 * <pre>
 * PluginTester tester = PluginTester.of(new WeatherPlugin_Invoker(new WeatherPlugin(fakeClient)));
 * String answer = tester.invoke("WeatherPlugin", "{\"location\": \"Paris\"}");
 * // {"success":true,"plugin":"WeatherPlugin","result":{…}} or the server's failure body
 * </pre>
 *
 * <p>The answer is the body the server would send, byte for byte, but for its {@code request_id}: a
 * refused context lists the same violations, a plugin's failure has the same status and code. A
 * call that does not finish within the plugin's declared timeout is answered 504 and its stage
 * cancelled. What the server adds around a call (retries, the result cache, limits, the log line)
 * is not applied.
 */
public final class PluginTester {
  private final PluginRegistry registry;

  private PluginTester(PluginRegistry registry) {
    this.registry = registry;
  }

  /** A tester of these plugins, each a generated invoker ({@code FooPlugin_Invoker}). */
  public static PluginTester of(PluginInvoker... plugins) {
    Map<String, PluginInvoker> byName = new HashMap<>();
    for (PluginInvoker plugin : plugins) {
      if (byName.put(plugin.descriptor().name(), plugin) != null) {
        throw new IllegalArgumentException("Two plugins named " + plugin.descriptor().name());
      }
    }
    return new PluginTester(PluginRegistry.of(byName));
  }

  /** An answer: its HTTP status and its JSON body. */
  public record Answer(int status, String json) {}

  /**
   * Invokes {@code plugin} with {@code context} (a JSON object, as text) and returns the answer's
   * body.
   */
  public String invoke(String plugin, String context) {
    return call(plugin, context).json();
  }

  /** The same, with the status the server would answer with. */
  public Answer call(String plugin, String context) {
    String body =
        Json.text(
                generator -> {
                  generator.writeStartObject();
                  generator.writeStringField("plugin", plugin);
                  generator.writeFieldName("context");
                  generator.writeRawValue("null");
                  generator.writeEndObject();
                })
            .replace(",\"context\":null}", ",\"context\":" + context + "}");
    return call(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The answer to a whole request body, {@code {"plugin": …, "context": {…}}}, as bytes. */
  public Answer call(byte[] body) {
    String plugin = null;
    try {
      InvokeRequest request = InvokeRequest.read(body, registry);
      plugin = request.plugin();
      PluginInvoker.Call call = request.prepare();
      Duration timeout = request.invoker().descriptor().policy().timeout();
      CompletableFuture<Json.Writable> stage = call.start().toCompletableFuture();
      try {
        Json.Writable result = stage.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return answer(200, Answers.success(plugin, result));
      } catch (TimeoutException e) {
        stage.cancel(true);
        return error(
            ApiError.of(
                504,
                "plugin_timeout",
                "Plugin '" + plugin + "' did not finish within " + timeout.toMillis() + " ms."));
      } catch (ExecutionException e) {
        return error(Failures.answer(plugin, e.getCause(), null));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stage.cancel(true);
        throw new IllegalStateException("Interrupted while waiting for " + plugin, e);
      }
    } catch (ApiError e) {
      return error(e);
    } catch (RuntimeException e) {
      if (plugin == null) {
        throw e;
      }
      return error(Failures.answer(plugin, e, null));
    }
  }

  private static Answer error(ApiError error) {
    return answer(error.status(), Answers.error(error, null));
  }

  private static Answer answer(int status, byte[] body) {
    return new Answer(status, new String(body, StandardCharsets.UTF_8));
  }
}
