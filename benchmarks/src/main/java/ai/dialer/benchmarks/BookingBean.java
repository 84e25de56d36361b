package ai.dialer.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The same context as a bean, for the competitors' bean binding and Bean Validation. */
public record BookingBean(
    @NotNull @Pattern(regexp = "^[A-Za-z0-9 ,.'-]{1,60}$") String title,
    @Min(5) @Max(480) int minutes,
    @NotNull BookingPlugin.Priority priority,
    @NotNull @Size(max = 5) List<@NotNull String> tags,
    @NotNull @Valid AttendeeBean attendee) {

  public record AttendeeBean(
      @NotNull @Size(min = 1, max = 40) String name,
      @NotNull @Pattern(regexp = "^[^@ ]+@[^@ ]+$") String email) {}
}
