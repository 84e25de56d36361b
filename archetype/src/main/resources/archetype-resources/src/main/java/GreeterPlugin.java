package ${package};

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import javax.inject.Inject;

/** A sample plugin: rename it, or write your own beside it. */
@Plugin(description = "Greets someone by name, as the assistant would at the start of a call.")
public final class GreeterPlugin {
  private final GreeterSettings settings;

  @Inject
  public GreeterPlugin(GreeterSettings settings) {
    this.settings = settings;
  }

  /** What the plugin answers, written as JSON: {"text": ..., "length": ...}. */
  public record Greeting(String text, int length) {}

  @Action(description = "Greet one person.")
  public Greeting greet(
      @Param(description = "Who to greet.", examples = "Ann") @Length(min = 1, max = 100)
          String name) {
    String text = settings.greeting() + ", " + name + "!";
    return new Greeting(text, text.length());
  }
}
