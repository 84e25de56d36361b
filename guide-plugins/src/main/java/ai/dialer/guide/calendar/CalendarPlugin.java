package ai.dialer.guide.calendar;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Items;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The guide's calendar, kept in the embedded database instead of a list a restart loses: add an
 * event (and hear which it overlaps), list them, delete one. An unknown id is a 400 violation of
 * {@code event_id}.
 */
@Plugin(
    description =
        "A calendar of events: add one (with the events it overlaps), list them, optionally"
            + " between two dates, or delete one by its id.")
public final class CalendarPlugin {
  private final EventStore store;

  @Inject
  public CalendarPlugin(EventStore store) {
    this.store = store;
  }

  /** The guide's answer to add. */
  public record Added(Event event, List<Event> overlaps, String message) {}

  /** The guide's answer to list. */
  public record Listed(List<Event> events, int count) {}

  /** The guide's answer to delete. */
  public record Deleted(Event event, String message, long remaining) {}

  @Action(name = "add", isDefault = true, description = "Add an event.")
  public Added add(
      @Param(description = "What the event is.", examples = "Team standup")
          @Length(min = 1, max = 200)
          String title,
      @Param(description = "Its day.", examples = "2026-12-24") LocalDate date,
      @Param(description = "When it starts.", examples = "09:30") LocalTime time,
      @Param(description = "How long it lasts, in minutes.", defaultValue = "60")
          @Minimum(1)
          @Maximum(1440)
          int durationMinutes,
      @Param(description = "Who attends.", defaultValue = "[]") @Items(max = 100)
          List<String> attendees) {
    try {
      EventStore.Added added = store.add(title, date, time, durationMinutes, attendees);
      String message =
          added.overlaps().isEmpty()
              ? "Event '" + title + "' added."
              : "Event '"
                  + title
                  + "' added; it overlaps "
                  + added.overlaps().size()
                  + (added.overlaps().size() == 1 ? " event." : " events.");
      return new Added(added.event(), added.overlaps(), message);
    } catch (SQLException e) {
      throw new PluginException("The event could not be saved: the database failed.", e);
    }
  }

  @Action(name = "list", description = "List events by date and time.", readOnly = true)
  public Listed list(
      @Param(description = "From this day, included.", required = false) LocalDate from,
      @Param(description = "To this day, included.", required = false) LocalDate to) {
    try {
      List<Event> events = store.list(Optional.ofNullable(from), Optional.ofNullable(to));
      return new Listed(events, events.size());
    } catch (SQLException e) {
      throw new PluginException("The events could not be read: the database failed.", e);
    }
  }

  @Action(name = "delete", description = "Delete an event by its id.")
  public Deleted delete(
      @Param(description = "The event's id, as add or list gave it.") @Minimum(1) long eventId) {
    try {
      EventStore.Deleted deleted =
          store
              .delete(eventId)
              .orElseThrow(
                  () ->
                      InvalidContextException.of(
                          "/event_id", "not_found", "There is no event with id " + eventId + "."));
      return new Deleted(
          deleted.event(), "Event '" + deleted.event().title() + "' deleted.", deleted.remaining());
    } catch (SQLException e) {
      throw new PluginException("The event could not be deleted: the database failed.", e);
    }
  }
}
