package ai.dialer.server;

import static ai.dialer.server.TestPlugins.plugin;
import static ai.dialer.server.TestPlugins.policy;
import static ai.dialer.server.TestPlugins.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.runtime.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection that sends nothing is closed after IDLE_TIMEOUT_SECONDS, wherever the server waits
 * for it; a body that trickles in is answered 408 after BODY_TIMEOUT_SECONDS; a call that takes
 * longer than either is not cut off.
 */
class IdleConnectionTest {
  private static final Duration IDLE = Duration.ofSeconds(1);
  private static final Duration BODY = Duration.ofSeconds(2);

  @TempDir Path dir;

  private TestServer start() {
    PluginRegistry registry =
        TestPlugins.registry(
            plugin(
                "Slow",
                policy(10_000, 4),
                context ->
                    () -> {
                      try {
                        Thread.sleep(2_500);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return value("done");
                    }));
    return TestServer.start(
        dir,
        registry,
        TestServer.withTimeouts(
            TestServer.settings(dir, 1 << 20, ChatBackendSettings.none(), Map.of()), IDLE, BODY),
        () -> true);
  }

  /**
   * Sends {@code bytes} and reads until the server closes the connection, for at most 10 s; returns
   * what it answered, and how long after sending the connection was closed.
   */
  private static Closed sendAndAwaitClose(int port, String bytes) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(bytes.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      byte[] buffer = new byte[4096];
      try {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
      } catch (SocketTimeoutException e) {
        throw new AssertionError("still open after 10 s; answered so far: " + answer, e);
      } catch (IOException e) {
        // reset: closed all the same
      }
      return new Closed(answer.toString(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private record Closed(String answer, Duration after) {}

  private static void assertClosedAfterIdle(Closed closed) {
    assertTrue(
        closed.after().compareTo(IDLE.minusMillis(100)) >= 0 && closed.after().toMillis() < 8_000,
        "closed after " + closed.after().toMillis() + " ms");
  }

  @Test
  void aConnectionThatSendsNothingIsClosed() throws Exception {
    try (TestServer server = start()) {
      Closed closed = sendAndAwaitClose(server.port(), "");
      assertEquals("", closed.answer());
      assertClosedAfterIdle(closed);
    }
  }

  @Test
  void aRequestHeadThatStopsHalfwayIsClosed() throws Exception {
    try (TestServer server = start()) {
      assertClosedAfterIdle(
          sendAndAwaitClose(server.port(), "POST /api/plugins/invoke HTTP/1.1\r\nHost: x\r\n"));
    }
  }

  @Test
  void aBodyThatStopsHalfwayIsClosed() throws Exception {
    try (TestServer server = start()) {
      Closed closed =
          sendAndAwaitClose(
              server.port(),
              "POST /api/plugins/invoke HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"plugin\":");
      assertClosedAfterIdle(closed);
      assertTrue(
          closed.answer().isEmpty() || closed.answer().startsWith("HTTP/1.1 400"), closed.answer());
    }
  }

  /**
   * Sends the head, then the body a piece at a time, {@code pause} apart (each pause shorter than
   * the idle timeout), and reads until the server closes the connection or answers in full.
   */
  private static Closed trickle(int port, String body, int pieces, Duration pause)
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(
          ("POST /api/plugins/invoke HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      int step = (bytes.length + pieces - 1) / pieces;
      try {
        for (int from = 0; from < bytes.length; from += step) {
          Thread.sleep(pause.toMillis());
          out.write(bytes, from, Math.min(step, bytes.length - from));
          out.flush();
        }
      } catch (IOException e) {
        // the server answered and closed while the body was still coming
      }
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Closed(answer, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  @Test
  void aBodyThatTricklesPastTheBodyTimeoutIsAnswered408() throws Exception {
    try (TestServer server = start()) {
      // Twenty pieces 400 ms apart: the connection is never idle for the 1 s idle timeout, and
      // the body would take 8 s.
      Closed closed =
          trickle(
              server.port(),
              "{\"plugin\":\"Slow\",\"context\":{}}" + " ".repeat(40),
              20,
              Duration.ofMillis(400));
      assertTrue(closed.answer().startsWith("HTTP/1.1 408"), closed.answer());
      assertTrue(closed.answer().contains("\"code\":\"request_timeout\""), closed.answer());
      assertTrue(closed.answer().contains("within 2 seconds"), closed.answer());
      assertTrue(
          closed.after().compareTo(BODY.minusMillis(100)) >= 0 && closed.after().toMillis() < 6_000,
          "answered after " + closed.after().toMillis() + " ms");
      // And the server goes on serving.
      TestServer.Response response = server.invoke("{\"plugin\":\"Nope\"}");
      assertEquals(404, response.status(), response.raw().body());
    }
  }

  @Test
  void aSlowBodyThatArrivesWithinTheBodyTimeoutIsRead() throws Exception {
    try (TestServer server = start()) {
      // Four pieces 300 ms apart: 1.2 s in all, within the 2 s.
      Closed closed =
          trickle(server.port(), "{\"plugin\":\"Nope\",\"context\":{}}", 4, Duration.ofMillis(300));
      assertTrue(closed.answer().startsWith("HTTP/1.1 404"), closed.answer());
      assertTrue(closed.answer().contains("\"code\":\"plugin_not_found\""), closed.answer());
    }
  }

  @Test
  void aCallLongerThanTheIdleTimeoutIsAnswered() throws Exception {
    try (TestServer server = start()) {
      TestServer.Response response = server.invoke("{\"plugin\":\"Slow\"}");
      assertEquals(200, response.status(), response.raw().body());
      assertEquals("done", response.json().at("/result/value").asText());
    }
  }

  @Test
  void aKeptAliveConnectionServesRequestsWithinTheIdleTimeout() throws Exception {
    try (TestServer server = start();
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
      InputStream in = socket.getInputStream();
      for (int i = 0; i < 3; i++) {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        byte[] buffer = new byte[4096];
        int read = in.read(buffer);
        assertTrue(
            new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
        Thread.sleep(IDLE.toMillis() / 2);
      }
    }
  }
}
