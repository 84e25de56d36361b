package ai.dialer.server.http;

import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.InvokeRequest;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.access.AccessControl;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * POST /api/plugins/invoke {@code {"plugin":…, "context":{…}}}.
 *
 * <p>The body is read without blocking, up to a limit (413 past it); the call itself runs on a
 * worker thread, never on an IO thread. Bad input of every kind is a 4xx; only the plugin's own
 * failure is a 5xx.
 */
public final class InvokeHandler implements SafetyHandler.Step {
  private static final Logger LOG = Logger.getLogger(InvokeHandler.class.getName());

  private final PluginRegistry registry;
  private final BodyReader body;
  private final Executor pluginPool;
  private final PluginCalls calls;

  /**
   * @param body reads the body, within its size and time limits
   * @param pluginPool where calls run: bounded, so a flood is answered 503 instead of queued
   *     without end
   * @param calls runs each call under its plugin's settings
   */
  public InvokeHandler(
      PluginRegistry registry, BodyReader body, Executor pluginPool, PluginCalls calls) {
    this.registry = registry;
    this.body = body;
    this.pluginPool = pluginPool;
    this.calls = calls;
  }

  @Override
  public void handle(HttpServerExchange exchange) throws ApiError {
    body.read(exchange, this::start);
  }

  private void start(HttpServerExchange exchange, byte[] body) {
    PluginCalls.InvokeAnswer answer = new PluginCalls.InvokeAnswer(exchange);
    answer.caller(AccessControl.caller(exchange));
    exchange.dispatch(
        task -> {
          try {
            pluginPool.execute(task);
          } catch (RejectedExecutionException e) {
            calls.refuse(
                answer,
                null,
                ApiError.busy(
                    "server_busy",
                    "The server is running as many plugin calls as it can; retry shortly."));
          }
        },
        () -> handle(answer, body));
  }

  /**
   * Reads {@code {"plugin": …, "context": {…}}}, validates the context and runs the plugin. The
   * plugin runs only once the whole body has proved to be one well-formed document.
   */
  private void handle(PluginCalls.InvokeAnswer answer, byte[] body) {
    String plugin = null;
    try {
      InvokeRequest request = InvokeRequest.read(body, registry);
      plugin = request.plugin();
      answer.action(Actions.called(request.invoker().descriptor(), request.context()));
      calls.keepParametersIfLogged(answer, plugin, request.context());
      calls.run(answer, plugin, request.prepare());
    } catch (ApiError error) {
      calls.refuse(answer, plugin, error);
    } catch (RuntimeException | Error e) {
      String requestId = Responses.requestId(answer.exchange());
      LOG.log(Level.SEVERE, "request " + requestId + " failed inside the server", e);
      calls.refuse(answer, null, ApiError.internal(requestId));
    }
  }
}
