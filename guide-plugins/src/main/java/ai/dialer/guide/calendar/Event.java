package ai.dialer.guide.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One event of the calendar, as the guide's calendar had it, with an id that never repeats. */
public record Event(
    long id,
    String title,
    LocalDate date,
    LocalTime time,
    int durationMinutes,
    List<String> attendees,
    String createdAt) {}
