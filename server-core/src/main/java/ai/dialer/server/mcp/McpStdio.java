package ai.dialer.server.mcp;

import ai.dialer.runtime.Json;
import ai.dialer.server.access.Caller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MCP's stdio transport: one JSON-RPC message a line on standard input, one response a line on
 * standard output, and nothing else on standard output (logs go to standard error). Calls run
 * concurrently on the plugin pool, so a slow one does not hold the others, and {@code
 * notifications/cancelled} cancels one. Both revisions are served: a message is of the stateless
 * one when its {@code _meta} says so.
 */
public final class McpStdio {
  private static final Logger LOG = Logger.getLogger(McpStdio.class.getName());

  private McpStdio() {}

  /** Serves until standard input ends, then waits for the calls in flight. */
  public static void serve(
      McpProtocol protocol, ExecutorService pool, InputStream in, OutputStream out)
      throws IOException {
    McpProtocol.InFlight inFlight = new McpProtocol.InFlight();
    Phaser running = new Phaser(1);
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonRpcMessage message;
      try {
        message = JsonRpcMessage.read(line.getBytes(StandardCharsets.UTF_8));
      } catch (McpError error) {
        write(out, error.response(null));
        continue;
      }
      String requestId =
          new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong())
              .toString();
      // Each message counts until it is answered (a notification: until it is handled), so that
      // the end of input waits for every call in flight, however it completes.
      running.register();
      AtomicBoolean answered = new AtomicBoolean();
      Runnable done =
          () -> {
            if (answered.compareAndSet(false, true)) {
              running.arriveAndDeregister();
            }
          };
      McpProtocol.Reply answer =
          new McpProtocol.Reply() {
            @Override
            public void result(String idJson, Json.Writable result) {
              write(out, McpHandler.response(idJson, result));
              done.run();
            }

            @Override
            public void error(String idJson, McpError error) {
              write(out, error.response(idJson));
              done.run();
            }

            @Override
            public void accepted() {
              done.run();
            }
          };
      try {
        pool.execute(
            () -> {
              try {
                protocol.handle(
                    message,
                    McpProtocol.isStateless(message),
                    inFlight,
                    () -> requestId,
                    // The process that started this server: it may call every plugin.
                    Caller.LOCAL,
                    answer);
              } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "MCP request " + requestId + " failed", e);
                answer.error(
                    message.idJson,
                    new McpError(-32603, 500, "The server failed; see its log.", null));
              }
            });
      } catch (RejectedExecutionException e) {
        answer.error(
            message.idJson, new McpError(-32000, 503, "The server is busy; retry shortly.", null));
      }
    }
    running.arriveAndAwaitAdvance();
  }

  private static void write(OutputStream out, byte[] response) {
    synchronized (out) {
      try {
        out.write(response);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not write to standard output", e);
      }
    }
  }
}
