package ai.dialer.plugins.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugins.storage.Database;
import ai.dialer.plugins.storage.StorageSettings;
import ai.dialer.plugins.summary.SummarizerPlugin;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note taker on the real embedded database, through its generated invoker too. */
class NoteTakerPluginTest {
  @TempDir Path dir;
  private Database database;
  private NoteTakerPlugin plugin;

  @BeforeEach
  void open() {
    database = new Database(new StorageSettings(dir.resolve("nested/data")));
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456789Z"), ZoneOffset.UTC);
    plugin = new NoteTakerPlugin(new NoteStore(database, clock));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void createsTheDataDirectoryAndDatabaseFile() throws Exception {
    database.awaitOpen();
    assertTrue(Files.exists(dir.resolve("nested/data/aidialer.db")));
  }

  @Test
  void savesWithTheOriginalsFields() throws Exception {
    NoteTakerPlugin.SavedNote saved = plugin.add("Buy milk", "ann", List.of("home"));
    assertEquals("Note saved successfully", saved.message());
    assertEquals(1, saved.totalNotes());
    assertEquals("2026-01-02T03:04:05.123456Z", saved.note().timestamp());
    assertEquals(List.of("home"), saved.note().tags());
    assertEquals(2, plugin.add("Other user", "bob", List.of()).note().id());
    assertEquals(2, plugin.add("Second", "ann", List.of()).totalNotes());
  }

  @Test
  void theTotalFollowsAddsAndDeletesAndCountsNotesFromBeforeTheCounter() throws Exception {
    long first = plugin.add("one", "ann", List.of()).note().id();
    plugin.add("two", "ann", List.of());
    assertEquals(1, plugin.add("only", "bob", List.of()).totalNotes());
    plugin.delete(first, "ann");
    assertEquals(2, plugin.add("three", "ann", List.of()).totalNotes());
    // A note the user does not have changes nothing.
    assertThrows(InvalidContextException.class, () -> plugin.delete(first, "ann"));
    assertEquals(3, plugin.add("four", "ann", List.of()).totalNotes());
    // Notes saved before the counter existed (a database of an earlier version) are counted.
    database.transaction(
        connection -> {
          try (var statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM note_counts");
          }
        });
    assertEquals(4, plugin.add("five", "ann", List.of()).totalNotes());
    assertEquals(2, plugin.add("again", "bob", List.of()).totalNotes());
    assertEquals(4, plugin.list("ann", Optional.empty()).count());
  }

  @Test
  void listsByUserAndTagAndDeletesOnlyTheUsersNote() throws Exception {
    long first = plugin.add("one", "ann", List.of("a")).note().id();
    plugin.add("two", "ann", List.of("b"));
    plugin.add("three", "bob", List.of("a"));
    assertEquals(2, plugin.list("ann", Optional.empty()).count());
    assertEquals(
        List.of("one"),
        plugin.list("ann", Optional.of("a")).notes().stream().map(Note::content).toList());
    assertThrows(InvalidContextException.class, () -> plugin.delete(first, "bob"));
    assertTrue(plugin.delete(first, "ann").deleted());
    assertEquals(1, plugin.list("ann", Optional.empty()).count());
    long next = plugin.add("four", "ann", List.of()).note().id();
    assertTrue(next > 3, "AUTOINCREMENT never reuses an id");
  }

  @Test
  void blankContentIsRefused() {
    InvalidContextException e =
        assertThrows(InvalidContextException.class, () -> plugin.add(" \n", "ann", List.of()));
    assertEquals("/content", e.violations().get(0).path());
  }

  @Test
  void theGeneratedInvokerValidatesAndEncodes() throws Exception {
    NoteTakerPlugin_Invoker invoker = new NoteTakerPlugin_Invoker(plugin);
    byte[] written =
        Json.write(invoker.invoke(ContextJson.of("{\"content\":\"hi\",\"tags\":[\"x\"]}")));
    assertEquals(
        "{\"note\":{\"id\":1,\"content\":\"hi\",\"timestamp\":\"2026-01-02T03:04:05.123456Z\","
            + "\"user_id\":\"default\",\"tags\":[\"x\"]},\"message\":\"Note saved successfully\","
            + "\"total_notes\":1}",
        new String(written, StandardCharsets.UTF_8));
    InvalidContextException e =
        assertThrows(
            InvalidContextException.class,
            () -> invoker.invoke(ContextJson.of("{\"action\":\"delete\",\"note_id\":\"1\"}")));
    assertEquals("/note_id", e.violations().get(0).path());
  }

  @Test
  void notesSummaryUsesThePlugins() throws Exception {
    NotesSummaryPlugin summary = new NotesSummaryPlugin(plugin, new SummarizerPlugin());
    assertEquals(0, summary.summarize("nobody", Optional.empty(), 50).noteCount());
    plugin.add("Quote due Monday", "sam", List.of("client"));
    plugin.add("Lunch with the team on Friday.", "sam", List.of("team"));
    NotesSummaryPlugin.NotesSummary onlyClient =
        summary.summarize("sam", Optional.of("client"), 50);
    assertEquals(1, onlyClient.noteCount());
    assertEquals("Quote due Monday.", onlyClient.summary());
  }
}
