package ai.dialer.guide.database;

import ai.dialer.plugin.JsonValue;
import ai.dialer.plugins.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * JSON records by collection in the embedded database. The SQL text is fixed: collection names,
 * field names and values only ever reach it as bound parameters ({@code json_extract(data, ?)}).
 */
@Singleton
public final class RecordStore {
  private static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS guide_records ("
          + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " collection TEXT NOT NULL,"
          + " data TEXT NOT NULL CHECK (json_valid(data)),"
          + " saved_at TEXT NOT NULL);"
          + "CREATE INDEX IF NOT EXISTS guide_records_by_collection ON guide_records (collection, id)";

  private final Database database;
  private final Clock clock;

  @Inject
  public RecordStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    database.migrate(SCHEMA);
  }

  /** A record as stored: its id, its fields as JSON, when it was saved. */
  public record Stored(long id, JsonValue record, String savedAt) {}

  public Stored save(String collection, String json) throws SQLException {
    String saved = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    return database.transaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO guide_records (collection, data, saved_at) VALUES (?, json(?), ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, collection);
            insert.setString(2, json);
            insert.setString(3, saved);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return new Stored(keys.getLong(1), JsonValue.raw(json), saved);
            }
          }
        });
  }

  /**
   * Records of {@code collection} whose top-level fields equal {@code where} (as JSON values),
   * ordered by a field (or by id), at most {@code limit}.
   *
   * @param orderBy a field name, or null for the order they were saved in
   */
  public List<Stored> query(
      String collection,
      Map<String, JsonValue> where,
      String orderBy,
      boolean descending,
      int limit)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT id, data, saved_at FROM guide_records WHERE collection = ?");
    for (int i = 0; i < where.size(); i++) {
      // A JSON value compared as SQLite reads it out of JSON: json_extract on both sides.
      sql.append(" AND json_extract(data, ?) IS json_extract(?, '$')");
    }
    String direction = descending ? " DESC" : " ASC";
    sql.append(
        orderBy == null
            ? " ORDER BY id" + direction
            : " ORDER BY json_extract(data, ?)" + direction + ", id");
    sql.append(" LIMIT ?");
    return database.transaction(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int at = 1;
            select.setString(at++, collection);
            for (Map.Entry<String, JsonValue> condition : where.entrySet()) {
              select.setString(at++, "$." + condition.getKey());
              select.setString(at++, condition.getValue().json());
            }
            if (orderBy != null) {
              select.setString(at++, "$." + orderBy);
            }
            select.setInt(at, limit);
            List<Stored> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(
                    new Stored(
                        rows.getLong(1), JsonValue.raw(rows.getString(2)), rows.getString(3)));
              }
            }
            return found;
          }
        });
  }
}
