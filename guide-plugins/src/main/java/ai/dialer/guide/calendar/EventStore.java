package ai.dialer.guide.calendar;

import ai.dialer.plugins.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Events in the embedded database (durable once answered). {@code AUTOINCREMENT}: an id is never
 * given twice, even after the event that had it is deleted.
 */
@Singleton
public final class EventStore {
  private static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS calendar_events ("
          + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " title TEXT NOT NULL,"
          + " date TEXT NOT NULL,"
          + " time TEXT NOT NULL,"
          + " duration_minutes INTEGER NOT NULL,"
          + " attendees TEXT NOT NULL,"
          + " created_at TEXT NOT NULL);"
          + "CREATE INDEX IF NOT EXISTS calendar_events_by_date ON calendar_events (date, time)";

  private static final String COLUMNS =
      "id, title, date, time, duration_minutes, attendees, created_at";

  private final Database database;
  private final Clock clock;

  @Inject
  public EventStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    database.migrate(SCHEMA);
  }

  /** The new event, and the events it overlaps. */
  public record Added(Event event, List<Event> overlaps) {}

  public Added add(
      String title, LocalDate date, LocalTime time, int minutes, List<String> attendees)
      throws SQLException {
    String created = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    return database.transaction(
        connection -> {
          // An event of the day before may run past midnight into this one.
          List<Event> nearby = between(connection, date.minusDays(1), date);
          long id;
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO calendar_events (title, date, time, duration_minutes, attendees,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setString(2, date.toString());
            insert.setString(3, time.toString());
            insert.setInt(4, minutes);
            insert.setString(5, Attendees.toJson(attendees));
            insert.setString(6, created);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          Event event = new Event(id, title, date, time, minutes, List.copyOf(attendees), created);
          List<Event> overlaps = new ArrayList<>();
          for (Event other : nearby) {
            if (overlap(event, other)) {
              overlaps.add(other);
            }
          }
          return new Added(event, overlaps);
        });
  }

  private static boolean overlap(Event a, Event b) {
    LocalDateTime aStart = LocalDateTime.of(a.date(), a.time());
    LocalDateTime bStart = LocalDateTime.of(b.date(), b.time());
    return aStart.isBefore(bStart.plusMinutes(b.durationMinutes()))
        && bStart.isBefore(aStart.plusMinutes(a.durationMinutes()));
  }

  /** Events from {@code from} to {@code to} (either may be absent), by date and time. */
  public List<Event> list(Optional<LocalDate> from, Optional<LocalDate> to) throws SQLException {
    return database.transaction(
        connection -> between(connection, from.orElse(LocalDate.MIN), to.orElse(LocalDate.MAX)));
  }

  private static List<Event> between(Connection connection, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM calendar_events WHERE date >= ? AND date <= ? ORDER BY date, time, id")) {
      // ISO dates compare as text in date order; LocalDate.MIN/MAX stand for no bound.
      select.setString(1, from.equals(LocalDate.MIN) ? "" : from.toString());
      select.setString(2, to.equals(LocalDate.MAX) ? "9999-99-99" : to.toString());
      return events(select);
    }
  }

  /** Deletes the event, if there is one with the id: it, and how many are left. */
  public record Deleted(Event event, long remaining) {}

  public Optional<Deleted> delete(long id) throws SQLException {
    return database.transaction(
        connection -> {
          List<Event> found;
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM calendar_events WHERE id = ?")) {
            select.setLong(1, id);
            found = events(select);
          }
          if (found.isEmpty()) {
            return Optional.<Deleted>empty();
          }
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM calendar_events WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
          }
          try (PreparedStatement count =
                  connection.prepareStatement("SELECT COUNT(*) FROM calendar_events");
              ResultSet rows = count.executeQuery()) {
            rows.next();
            return Optional.of(new Deleted(found.get(0), rows.getLong(1)));
          }
        });
  }

  private static List<Event> events(PreparedStatement select) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        events.add(
            new Event(
                rows.getLong(1),
                rows.getString(2),
                LocalDate.parse(rows.getString(3)),
                LocalTime.parse(rows.getString(4)),
                rows.getInt(5),
                Attendees.fromJson(rows.getString(6)),
                rows.getString(7)));
      }
    }
    return events;
  }
}
