package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding protection on {@code /mcp} holds on every loopback address, not only 127.0.0.1: a
 * server on 127.0.0.2 refuses a request whose Host header names another host, and answers one that
 * names the address it listens on.
 */
class McpHostCheckTest {
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  @Test
  void aServerOnAnotherLoopbackAddressChecksTheHostHeader(@TempDir Path dir) throws Exception {
    try (TestServer server =
        TestServer.start(
            TestServer.settings(
                dir.resolve("data"),
                1 << 20,
                ChatBackendSettings.none(),
                Map.of("HOST", "127.0.0.2")))) {
      String rebound = post(server.port(), "evil.example:" + server.port());
      assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
      assertTrue(rebound.contains("\"forbidden_origin\""), rebound);
      String own = post(server.port(), "127.0.0.2:" + server.port());
      assertTrue(own.startsWith("HTTP/1.1 200"), own);
    }
  }

  private static String post(int port, String host) throws Exception {
    byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /mcp HTTP/1.1\r\nHost: "
            + host
            + "\r\nConnection: close\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket socket = new Socket("127.0.0.2", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
