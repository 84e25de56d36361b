package ai.dialer.server.http;

import ai.dialer.plugin.Async;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.Answers;
import ai.dialer.runtime.ApiError;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Failures;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.Json;
import ai.dialer.runtime.PluginInvoker;
import ai.dialer.server.access.Admission;
import ai.dialer.server.access.AuditLog;
import ai.dialer.server.access.Caller;
import ai.dialer.server.config.PluginSettings;
import ai.dialer.server.config.PluginSettingsTable;
import io.undertow.server.HttpServerExchange;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs validated calls under each plugin's settings:
 *
 * <ul>
 *   <li>a disabled plugin is refused (403);
 *   <li>so is a caller without a key where the plugin needs one, or with a key not allowed the
 *       plugin, or past its rate limit ({@link Admission});
 *   <li>an idempotent plugin with a cache answers a call it has answered before from the cache;
 *   <li>past the plugin's concurrency limit a call is refused (503 with {@code Retry-After}), and
 *       the other plugins are untouched;
 *   <li>a transient failure of an idempotent plugin is retried after a doubling backoff, without
 *       holding a thread while it waits;
 *   <li>at the timeout (retries included) the call is answered 504 and its work interrupted (a
 *       synchronous plugin's thread) or cancelled (an asynchronous plugin's stage).
 * </ul>
 *
 * <p>Exactly one answer goes out per request, whichever comes first; one log line records it.
 */
public final class PluginCalls {
  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  private final PluginSettingsTable settings;

  /** Each plugin's state, made on its first call. */
  private final Map<String, PluginState> plugins = new ConcurrentHashMap<>();

  private final Executor pool;
  private final ScheduledExecutorService timer;
  private final Metrics metrics;
  private final InvocationLog log;
  private final Admission admission;
  private final AuditLog audit;

  /** What the runtime keeps per plugin. */
  private static final class PluginState {
    final PluginSettings settings;
    final Semaphore slots;
    final ResultCache cache;

    PluginState(PluginSettings settings) {
      this.settings = settings;
      InvocationPolicy policy = settings.policy();
      this.slots = new Semaphore(policy.maxConcurrentCalls());
      this.cache =
          policy.cacheEntries() == 0
              ? null
              : new ResultCache(policy.cacheEntries(), policy.cacheTtl().toNanos());
    }
  }

  public PluginCalls(
      PluginSettingsTable settings,
      Executor pool,
      ScheduledExecutorService timer,
      Metrics metrics,
      InvocationLog log,
      AuditLog audit) {
    this.settings = settings;
    this.pool = pool;
    this.timer = timer;
    this.metrics = metrics;
    this.log = log;
    this.audit = audit;
    this.admission = new Admission(metrics::rateLimited);
  }

  private PluginState state(String plugin) {
    PluginState state = plugins.get(plugin);
    if (state == null) {
      state = plugins.computeIfAbsent(plugin, p -> new PluginState(settings.get(p)));
    }
    return state;
  }

  /**
   * One request's answer: whoever claims it first (the call or the timer) sends it. The invoke API
   * and MCP each say it their way ({@link #success}, {@link #failure}); everything around a call
   * (policy, cache, metrics, the log line) is the same.
   */
  public abstract static class Answer {
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean sent = new AtomicBoolean();
    private Thread running;
    private volatile CompletionStage<?> stage;

    /** The context as JSON for the log line, if the plugin's parameters are logged. */
    private volatile String parameters;

    private volatile Caller caller = Caller.ANONYMOUS;

    /** The action called, if it can change state (and so is audited); otherwise null. */
    private volatile String auditedAction;

    /** Who calls: the API key's label and the plugins it may call. */
    public void caller(Caller caller) {
      this.caller = caller;
    }

    /**
     * The action this call runs: one not declared {@code readOnly} can change state, so its call is
     * audited.
     */
    public void action(ActionDescriptor action) {
      this.auditedAction = action == null || action.readOnly() ? null : action.name();
    }

    /** The id the log line and any error body carry. */
    protected abstract String requestId();

    /** Sends the result, as JSON the plugin's encoder wrote; called once, from any thread. */
    protected abstract void success(String plugin, byte[] resultJson);

    /** Sends the failure; called once, from any thread. */
    protected abstract void failure(ApiError error);

    boolean claim() {
      return sent.compareAndSet(false, true);
    }

    boolean isSent() {
      return sent.get();
    }

    synchronized void running(Thread thread) {
      running = thread;
    }

    /** Stops interrupting: the call is over. Clears an interrupt that came too late to matter. */
    synchronized void finished() {
      running = null;
      Thread.interrupted();
    }

    /** Interrupts the thread running the plugin, and cancels the stage it is waited on by. */
    synchronized void cancel() {
      if (running != null) {
        running.interrupt();
      }
      CompletionStage<?> current = stage;
      if (current != null) {
        current.toCompletableFuture().cancel(true);
      }
    }
  }

  /** The invoke API's answer: the success or error body, on the exchange. */
  static final class InvokeAnswer extends Answer {
    private final HttpServerExchange exchange;

    InvokeAnswer(HttpServerExchange exchange) {
      this.exchange = exchange;
    }

    HttpServerExchange exchange() {
      return exchange;
    }

    @Override
    protected String requestId() {
      return Responses.requestId(exchange);
    }

    @Override
    protected void success(String plugin, byte[] resultJson) {
      Responses.send(exchange, 200, Answers.success(plugin, resultJson));
    }

    @Override
    protected void failure(ApiError error) {
      Responses.error(exchange, error);
    }
  }

  /** Answers with the result, unless the answer has gone out already. */
  private void succeed(Answer answer, String plugin, byte[] resultJson) {
    if (answer.claim()) {
      audited(answer, plugin, 200, "ok");
      answer.success(plugin, resultJson);
      logged(answer, plugin, 200, "ok");
    }
  }

  /** Answers with {@code error}, unless the answer has gone out already. */
  public void refuse(Answer answer, String plugin, ApiError error) {
    if (answer.claim()) {
      if (plugin != null) {
        audited(answer, plugin, error.status(), error.code());
      }
      answer.failure(error);
      logged(answer, plugin == null ? "-" : plugin, error.status(), error.code());
    }
  }

  /**
   * Keeps the call's context for the invocation's log line, if {@code plugin} is configured to log
   * its parameters ({@code <PLUGIN>_LOG_PARAMETERS=true}); otherwise costs nothing.
   */
  public void keepParametersIfLogged(Answer answer, String plugin, ContextJson context) {
    if (state(plugin).settings.logParameters()) {
      answer.parameters = context.compactText();
    }
  }

  /**
   * Cancels a call its client gave up on (MCP's {@code notifications/cancelled}, or a closed
   * stream), as its timeout would: the work is interrupted or its stage cancelled, and the answer,
   * if it has not gone out, says so (status 499, {@code cancelled}, in the log and the metrics).
   */
  public void cancel(Answer answer, String plugin, String reason) {
    if (answer.claim()) {
      answer.cancel();
      ApiError error =
          ApiError.of(
              499,
              "cancelled",
              "The call to plugin '"
                  + plugin
                  + "' was cancelled by its client"
                  + (reason == null || reason.isBlank() ? "." : ": " + reason));
      answer.failure(error);
      logged(answer, plugin, error.status(), error.code());
    }
  }

  /** Whether the plugin exists and is served: for listings that leave out disabled plugins. */
  public boolean enabled(String plugin) {
    return state(plugin).settings.enabled();
  }

  /** Runs {@code call} under the plugin's settings, starting on this thread (the pool's). */
  public void run(Answer answer, String plugin, PluginInvoker.Call call) {
    PluginState state = state(plugin);
    PluginSettings settings = state.settings;
    if (!settings.enabled()) {
      refuse(
          answer,
          plugin,
          ApiError.of(
              403,
              "plugin_disabled",
              "Plugin '"
                  + plugin
                  + "' is disabled on this server ("
                  + PluginSettings.prefix(plugin)
                  + "_ENABLED=false)."));
      return;
    }
    ApiError refused = admission.admit(answer.caller, plugin, settings);
    if (refused != null) {
      refuse(answer, plugin, refused);
      return;
    }
    Object key = state.cache == null ? null : call.cacheKey();
    if (key != null) {
      byte[] cached = state.cache.get(key, System.nanoTime());
      if (cached != null) {
        metrics.cacheHit(plugin);
        succeed(answer, plugin, cached);
        return;
      }
    }
    if (!state.slots.tryAcquire()) {
      refuse(
          answer,
          plugin,
          ApiError.busy(
              "too_many_calls",
              "Plugin '"
                  + plugin
                  + "' is already running its limit of "
                  + settings.policy().maxConcurrentCalls()
                  + " calls; retry shortly."));
      return;
    }
    new Flight(answer, plugin, state, call, key).attempt(1);
  }

  /** One call from its first attempt until its slot is given back. */
  private final class Flight {
    final Answer answer;
    final String plugin;
    final PluginState state;
    final PluginInvoker.Call call;
    final Object cacheKey;
    final ScheduledFuture<?> timeout;
    final AtomicBoolean released = new AtomicBoolean();

    Flight(Answer answer, String plugin, PluginState state, PluginInvoker.Call call, Object key) {
      this.answer = answer;
      this.plugin = plugin;
      this.state = state;
      this.call = call;
      this.cacheKey = key;
      long millis = state.settings.policy().timeout().toMillis();
      this.timeout = timer.schedule(() -> timedOut(millis), millis, TimeUnit.MILLISECONDS);
    }

    void attempt(int number) {
      if (answer.isSent()) {
        release();
        return;
      }
      CompletionStage<Json.Writable> stage;
      answer.running(Thread.currentThread());
      try {
        stage = call.start();
      } catch (RuntimeException | StackOverflowError e) {
        stage = CompletableFuture.failedFuture(e);
      } finally {
        answer.finished();
      }
      answer.stage = stage;
      stage.whenComplete((result, failure) -> completed(number, result, failure));
    }

    private void completed(int number, Json.Writable result, Throwable failure) {
      if (answer.isSent()) {
        // Timed out: the 504 is out; this only ends the work.
        release();
        return;
      }
      if (failure == null) {
        byte[] body;
        try {
          body = Json.write(result);
        } catch (RuntimeException | StackOverflowError e) {
          end(failure(e));
          return;
        }
        if (cacheKey != null) {
          state.cache.put(cacheKey, body, System.nanoTime());
        }
        succeed(answer, plugin, body);
        release();
        return;
      }
      Throwable cause = Async.unwrap(failure);
      InvocationPolicy policy = state.settings.policy();
      if (cause instanceof PluginException
          && ((PluginException) cause).isTransient()
          && policy.idempotent()
          && number <= policy.maxRetries()) {
        long delay = policy.backoffBefore(number).toMillis();
        metrics.retry(plugin);
        LOG.info(
            String.format(
                Locale.ROOT,
                "request=%s plugin=%s retry=%d of %d in_ms=%d after=%s",
                answer.requestId(),
                plugin,
                number,
                policy.maxRetries(),
                delay,
                ((PluginException) cause).code()));
        timer.schedule(() -> retry(number + 1, cause), delay, TimeUnit.MILLISECONDS);
        return;
      }
      end(failure(cause));
    }

    private void retry(int number, Throwable previous) {
      try {
        pool.execute(() -> attempt(number));
      } catch (RejectedExecutionException e) {
        end(failure(previous));
      }
    }

    private void end(ApiError error) {
      refuse(answer, plugin, error);
      release();
    }

    private void timedOut(long millis) {
      if (answer.claim()) {
        answer.cancel();
        ApiError error =
            ApiError.of(
                504,
                "plugin_timeout",
                "Plugin '" + plugin + "' did not finish within " + millis + " ms.");
        answer.failure(error);
        logged(answer, plugin, 504, error.code());
      }
    }

    private void release() {
      if (released.compareAndSet(false, true)) {
        timeout.cancel(false);
        state.slots.release();
      }
    }

    /** What the client is told about a failure ({@link Failures}); the details go to the log. */
    private ApiError failure(Throwable cause) {
      String requestId = answer.requestId();
      if (cause instanceof PluginException e) {
        LOG.log(
            Level.WARNING,
            "request="
                + requestId
                + " plugin="
                + plugin
                + " failed ("
                + e.code()
                + "): "
                + e.getMessage(),
            e.getCause());
      } else if (!(cause instanceof InvalidContextException)) {
        LOG.log(Level.SEVERE, "request=" + requestId + " plugin=" + plugin + " failed", cause);
      }
      return Failures.answer(plugin, cause, requestId);
    }
  }

  /** The one structured line per invocation: no parameter values. */
  private void logged(Answer answer, String plugin, int status, String code) {
    long nanos = System.nanoTime() - answer.startNanos;
    if (!plugin.equals("-")) {
      metrics.record(plugin, code, nanos);
    }
    Caller caller = answer.caller;
    log.record(
        answer.requestId(),
        plugin,
        status,
        code,
        nanos,
        caller.authenticated() ? caller.label() : null,
        answer.parameters);
  }

  /** The audit line of a call that can change state, before its answer goes out. */
  private void audited(Answer answer, String plugin, int status, String code) {
    String action = answer.auditedAction;
    if (audit != null && action != null) {
      audit.record(
          answer.requestId(),
          answer.caller.label(),
          plugin,
          action,
          status,
          code,
          answer.parameters);
    }
  }
}
