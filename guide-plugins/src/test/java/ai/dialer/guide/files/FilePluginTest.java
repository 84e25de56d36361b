package ai.dialer.guide.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.testkit.PluginTester;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file plugin's jail and limits, attacked. */
class FilePluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path root;
  private Path outside;
  private PluginTester tester;

  @BeforeEach
  void jail() throws IOException {
    root = Files.createDirectories(dir.resolve("root"));
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "the operator's secret");
    tester = tester(Optional.of(root), 1000, 1000);
  }

  private static PluginTester tester(Optional<Path> root, int maxRead, int maxWrite) {
    return PluginTester.of(
        new FilePlugin_Invoker(new FilePlugin(new FileSettings(root, maxRead, maxWrite))));
  }

  private static String context(String action, String filepath, String content) {
    var context = JsonNodeFactory.instance.objectNode().put("action", action);
    context.put("filepath", filepath);
    if (content != null) {
      context.put("content", content);
    }
    return context.toString();
  }

  private PluginTester.Answer call(String action, String filepath) {
    return tester.call("FilePlugin", context(action, filepath, null));
  }

  private JsonNode ok(PluginTester.Answer answer) throws IOException {
    assertEquals(200, answer.status(), answer.json());
    return JSON.readTree(answer.json()).path("result");
  }

  private PluginTester.Answer write(String filepath, String content) {
    return tester.call("FilePlugin", context("write", filepath, content));
  }

  private static void assertRefused(PluginTester.Answer answer, String why) {
    assertEquals(400, answer.status(), answer.json());
    assertTrue(answer.json().contains("\"path\":\"/filepath\""), answer.json());
    assertTrue(answer.json().contains("\"code\":\"path_refused\""), answer.json());
    assertTrue(answer.json().contains(why), answer.json());
    assertFalse(answer.json().contains("operator's secret"), answer.json());
  }

  @Test
  void writesReadsListsAndDeletesUnderTheRoot() throws IOException {
    JsonNode written = ok(write("notes/today.txt", "Call Bob ✓"));
    assertEquals("notes/today.txt", written.path("filepath").asText());
    assertEquals(12, written.path("size").asLong());
    assertEquals("Call Bob ✓", Files.readString(root.resolve("notes/today.txt")));
    JsonNode read = ok(call("read", "notes/today.txt"));
    assertEquals("Call Bob ✓", read.path("content").asText());
    JsonNode readByDefault = ok(tester.call("FilePlugin", "{\"filepath\": \"notes/today.txt\"}"));
    assertEquals("Call Bob ✓", readByDefault.path("content").asText());
    JsonNode listed = ok(tester.call("FilePlugin", "{\"action\": \"list\"}"));
    assertEquals(".", listed.path("filepath").asText());
    assertEquals("notes", listed.path("entries").path(0).path("name").asText());
    assertEquals("directory", listed.path("entries").path(0).path("type").asText());
    JsonNode inNotes = ok(call("list", "notes"));
    assertEquals("today.txt", inNotes.path("entries").path(0).path("name").asText());
    assertEquals(12, inNotes.path("entries").path(0).path("size").asLong());
    assertTrue(ok(call("delete", "notes/today.txt")).path("deleted").asBoolean());
    assertFalse(Files.exists(root.resolve("notes/today.txt")));
    PluginTester.Answer gone = call("read", "notes/today.txt");
    assertEquals(400, gone.status());
    assertTrue(gone.json().contains("\"code\":\"not_found\""), gone.json());
  }

  @Test
  void climbingOutWithDotDotIsRefused() {
    for (String path : List.of("../outside/secret.txt", "notes/../../outside/secret.txt", "..")) {
      assertRefused(call("read", path), "it climbs with ..");
      assertRefused(write(path, "x"), "it climbs with ..");
      assertRefused(call("delete", path), "it climbs with ..");
      assertRefused(call("list", path), "it climbs with ..");
    }
    assertTrue(Files.exists(outside.resolve("secret.txt")));
  }

  @Test
  void absolutePathsAreRefused() {
    String absolute = outside.resolve("secret.txt").toString();
    assertRefused(call("read", absolute), "it is absolute");
    assertRefused(write(absolute, "overwritten"), "it is absolute");
    assertRefused(call("delete", absolute), "it is absolute");
    assertRefused(call("read", "/etc/passwd"), "it is absolute");
    assertRefused(call("read", "C:\\Windows\\win.ini"), "it is absolute");
  }

  @Test
  void symbolicLinksPointingOutAreRefused() throws IOException {
    Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("dangling"), dir.resolve("nothing-here"));
    assertRefused(call("read", "link.txt"), "points outside");
    assertRefused(call("read", "out/secret.txt"), "points outside");
    assertRefused(write("out/new.txt", "planted"), "points outside");
    assertRefused(write("link.txt", "overwritten"), "points outside");
    assertRefused(call("delete", "out/secret.txt"), "points outside");
    assertRefused(call("list", "out"), "points outside");
    assertRefused(write("dangling", "x"), "leads nowhere");
    assertEquals("the operator's secret", Files.readString(outside.resolve("secret.txt")));
    assertFalse(Files.exists(outside.resolve("new.txt")));
    // A link that stays inside the root is followed.
    Files.writeString(root.resolve("real.txt"), "inside");
    Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("real.txt"));
    assertEquals(200, call("read", "alias.txt").status());
  }

  @Test
  void namesWithNulAreRefused() {
    assertRefused(call("read", "notes.txt\u0000.jpg"), "NUL");
    assertRefused(write("a\u0000b", "x"), "NUL");
  }

  @Test
  void readsAndWritesAreBoundedInSize() throws IOException {
    Files.writeString(root.resolve("big.txt"), "x".repeat(1001));
    PluginTester.Answer tooBig = call("read", "big.txt");
    assertEquals(400, tooBig.status());
    assertTrue(tooBig.json().contains("\"code\":\"too_large\""), tooBig.json());
    assertTrue(tooBig.json().contains("reads stop at 1000"), tooBig.json());
    PluginTester.Answer writeTooBig = write("new.txt", "é".repeat(501));
    assertEquals(400, writeTooBig.status());
    assertTrue(writeTooBig.json().contains("\"path\":\"/content\""), writeTooBig.json());
    assertTrue(writeTooBig.json().contains("1002 bytes; writes stop at 1000"), writeTooBig.json());
    assertFalse(Files.exists(root.resolve("new.txt")));
    assertEquals(200, write("new.txt", "é".repeat(500)).status());
  }

  @Test
  void binaryFilesAreNotReadAsText() throws IOException {
    Files.write(root.resolve("image.bin"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1});
    PluginTester.Answer answer = call("read", "image.bin");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"code\":\"not_text\""), answer.json());
  }

  @Test
  void directoriesAreNeitherOverwrittenNorDeleted() throws IOException {
    Files.createDirectories(root.resolve("notes"));
    assertEquals(400, write("notes", "x").status());
    assertEquals(400, call("delete", "notes").status());
    assertTrue(Files.isDirectory(root.resolve("notes")));
  }

  @Test
  void aWriteReplacesAFileWholeSoAReaderNeverSeesHalfOfOne() throws Exception {
    String first = "a".repeat(900);
    String second = "b".repeat(700);
    ok(write("doc.txt", first));
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<String> torn = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  String seen = Files.readString(root.resolve("doc.txt"), StandardCharsets.UTF_8);
                  if (!seen.equals(first) && !seen.equals(second)) {
                    torn.set(seen);
                  }
                } catch (IOException e) {
                  torn.set("unreadable: " + e);
                }
              }
            });
    reader.start();
    for (int i = 0; i < 300; i++) {
      ok(write("doc.txt", i % 2 == 0 ? second : first));
    }
    done.set(true);
    reader.join();
    assertEquals(null, torn.get());
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(List.of(root.resolve("doc.txt")), left.toList(), "no temporary file is left");
    }
  }

  @Test
  void offUntilARootIsConfigured() {
    PluginTester off = tester(Optional.empty(), 1000, 1000);
    PluginTester.Answer answer = off.call("FilePlugin", "{\"filepath\": \"a.txt\"}");
    assertEquals(503, answer.status());
    assertTrue(answer.json().contains("\"code\":\"file_plugin_off\""), answer.json());
    assertTrue(answer.json().contains("FILE_PLUGIN_ROOT"), answer.json());
  }
}
