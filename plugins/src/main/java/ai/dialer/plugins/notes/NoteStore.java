package ai.dialer.plugins.notes;

import ai.dialer.plugins.storage.Database;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Notes in the database: one row each, tags as a JSON array. */
@Singleton
public final class NoteStore {
  private static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS notes ("
          + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " user_id TEXT NOT NULL,"
          + " content TEXT NOT NULL,"
          + " tags TEXT NOT NULL,"
          + " created_at TEXT NOT NULL);"
          + "CREATE INDEX IF NOT EXISTS notes_by_user ON notes (user_id, id);"
          // How many notes each user has, kept by add and delete: counting a user's notes at
          // every add grew with the notes (a millisecond at 20,000). A user without a row here
          // (one whose notes predate this table) is counted once, at the next add.
          + "CREATE TABLE IF NOT EXISTS note_counts ("
          + " user_id TEXT PRIMARY KEY,"
          + " total INTEGER NOT NULL)";

  private final Database database;
  private final Clock clock;

  @Inject
  public NoteStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    database.migrate(SCHEMA);
  }

  /** A saved note and how many notes its user has now. */
  public record Saved(Note note, long totalNotes) {}

  public Saved add(String userId, String content, List<String> tags) throws SQLException {
    // Microseconds, as the original's datetime.isoformat() wrote them.
    String timestamp = clock.instant().truncatedTo(ChronoUnit.MICROS).toString();
    String tagsJson = tagsToJson(tags);
    return database.transaction(
        connection -> {
          long id;
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO notes (user_id, content, tags, created_at) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, userId);
            insert.setString(2, content);
            insert.setString(3, tagsJson);
            insert.setString(4, timestamp);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          long total = countAdded(connection, userId);
          return new Saved(new Note(id, content, timestamp, userId, List.copyOf(tags)), total);
        });
  }

  /** The user's notes, oldest first; with a tag, only the notes that carry it. */
  public List<Note> list(String userId, Optional<String> tag) throws SQLException {
    return database.transaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, content, tags, created_at FROM notes WHERE user_id = ? ORDER BY id")) {
            select.setString(1, userId);
            List<Note> notes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                List<String> tags = tagsFromJson(rows.getString(3));
                if (tag.isEmpty() || tags.contains(tag.get())) {
                  notes.add(
                      new Note(
                          rows.getLong(1), rows.getString(2), rows.getString(4), userId, tags));
                }
              }
            }
            return notes;
          }
        });
  }

  /** Deletes the user's note; false if the user has no note with that id. */
  public boolean delete(String userId, long id) throws SQLException {
    return database.transaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM notes WHERE id = ? AND user_id = ?")) {
            delete.setLong(1, id);
            delete.setString(2, userId);
            if (delete.executeUpdate() != 1) {
              return false;
            }
          }
          try (PreparedStatement count =
              connection.prepareStatement(
                  "UPDATE note_counts SET total = total - 1 WHERE user_id = ?")) {
            count.setString(1, userId);
            count.executeUpdate();
          }
          return true;
        });
  }

  /** The user's number of notes, one just added included; kept in {@code note_counts}. */
  private static long countAdded(Connection connection, String userId) throws SQLException {
    try (PreparedStatement increment =
        connection.prepareStatement(
            "UPDATE note_counts SET total = total + 1 WHERE user_id = ? RETURNING total")) {
      increment.setString(1, userId);
      try (ResultSet rows = increment.executeQuery()) {
        if (rows.next()) {
          return rows.getLong(1);
        }
      }
    }
    // No row yet: count them once (the new note included) and keep the count.
    try (PreparedStatement first =
        connection.prepareStatement(
            "INSERT INTO note_counts (user_id, total)"
                + " SELECT ?, COUNT(*) FROM notes WHERE user_id = ? RETURNING total")) {
      first.setString(1, userId);
      first.setString(2, userId);
      try (ResultSet rows = first.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String tagsToJson(List<String> tags) {
    return new String(
        Json.write(
            generator -> {
              generator.writeStartArray();
              for (String tag : tags) {
                generator.writeString(tag);
              }
              generator.writeEndArray();
            }),
        StandardCharsets.UTF_8);
  }

  private static List<String> tagsFromJson(String json) {
    List<String> tags = new ArrayList<>();
    try (JsonParser parser = Json.parser(json)) {
      parser.nextToken(); // [
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        tags.add(parser.getText());
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "A note's tags are not the JSON this class wrote: " + json, e);
    }
    return List.copyOf(tags);
  }
}
