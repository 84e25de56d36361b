package ai.dialer.plugins.llm;

import ai.dialer.plugin.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A chat-completions endpoint that reads one HTTP request and never answers it, and tells when the
 * client gave up on it: the client closing the connection is the only way to see that a request was
 * aborted rather than left to run. A plain socket, since an HTTP server library hides that.
 */
public final class SilentChatCompletions implements AutoCloseable {
  private final ServerSocket socket;
  private final CompletableFuture<Void> received = new CompletableFuture<>();
  private final CompletableFuture<Void> abandoned = new CompletableFuture<>();

  public SilentChatCompletions() throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "silent-chat-completions");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    try (Socket connection = socket.accept()) {
      InputStream in = connection.getInputStream();
      byte[] buffer = new byte[8192];
      int read = in.read(buffer);
      if (read > 0) {
        received.complete(null);
      }
      while (read >= 0) {
        read = in.read(buffer); // the rest of the request; then only the end of the connection
      }
    } catch (IOException e) {
      // reset by the client: abandoned all the same
    }
    abandoned.complete(null);
  }

  public ChatBackendSettings settings(Duration timeout) {
    return new ChatBackendSettings(
        Optional.of(URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1")),
        Optional.of(Secret.of("sk-test")),
        "test-model",
        (int) timeout.toSeconds());
  }

  /** Whether a request arrived within the time. */
  public boolean received(long millis) {
    return completedWithin(received, millis);
  }

  /** Whether the client closed the connection within the time. */
  public boolean abandoned(long millis) {
    return completedWithin(abandoned, millis);
  }

  private static boolean completedWithin(CompletableFuture<Void> event, long millis) {
    try {
      event.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
