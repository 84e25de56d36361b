package ai.dialer.benchmarks;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Items;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Pattern;
import ai.dialer.annotation.Plugin;
import java.util.List;

/**
 * A realistic five-parameter context: a string with a pattern, an int with a range, an enum, a list
 * of strings and a nested record.
 */
@Plugin(description = "Books a meeting; the subject of the validation benchmark.")
public final class BookingPlugin {
  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }

  public record Attendee(
      @Param(description = "Their name.") @Length(min = 1, max = 40) String name,
      @Param(description = "Their email.") @Pattern("^[^@ ]+@[^@ ]+$") String email) {}

  @Action(description = "Book it.")
  public String book(
      @Param(description = "Title.") @Pattern("^[A-Za-z0-9 ,.'-]{1,60}$") String title,
      @Param(description = "Minutes.") @Minimum(5) @Maximum(480) int minutes,
      @Param(description = "Priority.") Priority priority,
      @Param(description = "Tags.") @Items(max = 5) List<String> tags,
      @Param(description = "Who.") Attendee attendee) {
    return title;
  }
}
