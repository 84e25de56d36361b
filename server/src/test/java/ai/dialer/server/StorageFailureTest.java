package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server tells the truth when its storage fails, over a real socket: a full disk (a 3 MiB
 * tmpfs) and a data directory that cannot be written ({@code chattr +i}, which binds root too) each
 * answer writes with a stable 5xx code and {@code Retry-After} instead of 500, turn {@code /ready}
 * false with the reason, and turn it true again when the condition clears; nothing answered is
 * lost. Both need root (to mount, or to set the immutable flag): without it they are skipped,
 * saying why.
 */
class StorageFailureTest {
  private static final String LIST =
      "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"action\":\"list\",\"user_id\":\"kim\"}}";

  @TempDir Path dir;

  private static String note(String content) {
    return "{\"plugin\":\"NoteTakerPlugin\",\"context\":{\"content\":\""
        + content
        + "\",\"user_id\":\"kim\"}}";
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  private TestServer start(Path dataDir) {
    return TestServer.start(
        TestServer.settings(dataDir, 1 << 20, ChatBackendSettings.none(), Map.of()));
  }

  /** {@code /ready}'s answer once it has the status wanted, within ten seconds. */
  private static JsonNode awaitReady(TestServer server, int status) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    TestServer.Response ready = server.get("/ready");
    while (ready.status() != status && System.nanoTime() < deadline) {
      Thread.sleep(100);
      ready = server.get("/ready");
    }
    assertEquals(status, ready.status(), ready.raw().body());
    return ready.json();
  }

  @Test
  void aFullDiskIs507StorageFullAndReadyFalseUntilSpaceIsFreed() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
        "mounting a 3 MiB tmpfs needs root");
    try {
      fillTheDisk(disk);
    } finally {
      run("umount", "-l", disk.toString());
    }
  }

  private void fillTheDisk(Path disk) throws Exception {
    Path dataDir = disk.resolve("data");
    List<String> saved = new ArrayList<>();
    // The server runs as a process of its own: were SQLite to crash it on a full disk, this test
    // would fail, not the JVM running every test.
    List<String> output = new ArrayList<>();
    Process process = ServerProcess.start(dataDir, dir);
    try {
      TestServer server = TestServer.at(ServerProcess.awaitPort(process, output));
      assertEquals(200, server.get("/ready").status());
      // Fill what is left but a little, then write notes until the disk is full.
      Path filler = disk.resolve("filler");
      long free = Files.getFileStore(disk).getUsableSpace();
      try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
        byte[] block = new byte[64 * 1024];
        for (long written = 0; written < free - 256 * 1024; written += block.length) {
          file.write(block);
        }
      }
      String text = "x".repeat(8_000);
      TestServer.Response full = null;
      for (int i = 0; i < 200 && full == null; i++) {
        TestServer.Response response = server.invoke(note(i + " " + text));
        if (response.status() == 200) {
          saved.add(i + " " + text);
        } else {
          full = response;
        }
      }
      assertTrue(full != null, "the disk never filled");
      assertEquals(507, full.status(), full.raw().body());
      assertEquals("storage_full", full.json().path("code").asText());
      assertEquals("60", full.header("Retry-After"));
      assertTrue(full.json().path("error").asText().contains("full"), full.raw().body());
      JsonNode notReady = awaitReady(server, 503);
      assertTrue(
          notReady
              .path("problems")
              .path("database")
              .asText()
              .startsWith("the disk holding the database is full"),
          notReady.toString());
      // Still not ready a probe later, and every answered note can still be read.
      Thread.sleep(1_100);
      assertEquals(503, server.get("/ready").status());
      assertEquals(saved.size(), server.invoke(LIST).json().at("/result/count").asInt());
      // Free the space: ready again, and notes are saved again.
      Files.delete(filler);
      awaitReady(server, 200);
      assertEquals(200, server.invoke(note("after")).status());
      saved.add("after");
      assertTrue(process.isAlive(), "the server died");
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      synchronized (output) {
        assertTrue(
            output.stream().noneMatch(line -> line.contains("SIGBUS") || line.contains("SIGSEGV")),
            String.join("\n", output));
      }
    }
    // Nothing answered was lost.
    try (TestServer server = start(dataDir)) {
      JsonNode notes = server.invoke(LIST).json().path("result").path("notes");
      assertEquals(saved.size(), notes.size());
      for (int i = 0; i < saved.size(); i++) {
        assertEquals(saved.get(i), notes.get(i).path("content").asText());
      }
    }
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenIs503AndReadyFalseUntilItCan() throws Exception {
    Path dataDir = dir.resolve("data");
    try (TestServer server = start(dataDir)) {
      assertEquals(200, server.invoke(note("before")).status());
      List<Path> files;
      try (Stream<Path> listed = Files.list(dataDir)) {
        // The database and its write-ahead log; not the WAL index (-shm), which SQLite maps into
        // memory: a write fault on an immutable mapped file is a SIGBUS, not an error code.
        files =
            new ArrayList<>(
                listed
                    .filter(f -> f.toString().contains("aidialer.db"))
                    .filter(f -> !f.toString().endsWith("-shm"))
                    .toList());
      }
      files.add(dataDir);
      boolean immutable = true;
      for (Path file : files) {
        immutable &= run("chattr", "+i", file.toString()) == 0;
      }
      try {
        assumeTrue(immutable, "chattr +i needs root and a filesystem that supports it");
        TestServer.Response refused = server.invoke(note("refused"));
        assertEquals(503, refused.status(), refused.raw().body());
        assertEquals("storage_unavailable", refused.json().path("code").asText());
        assertEquals("30", refused.header("Retry-After"));
        JsonNode notReady = awaitReady(server, 503);
        assertEquals(
            "the data directory cannot be written",
            notReady.path("problems").path("database").asText());
        // Reading still works.
        assertEquals(1, server.invoke(LIST).json().at("/result/count").asInt());
      } finally {
        for (Path file : files) {
          run("chattr", "-i", file.toString());
        }
      }
      awaitReady(server, 200);
      assertEquals(200, server.invoke(note("after")).status());
      JsonNode notes = server.invoke(LIST).json().path("result").path("notes");
      assertEquals(2, notes.size(), notes.toString());
      assertEquals("after", notes.get(1).path("content").asText());
    }
  }
}
