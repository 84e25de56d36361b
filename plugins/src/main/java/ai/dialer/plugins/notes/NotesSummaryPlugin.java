package ai.dialer.plugins.notes;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugins.summary.SummarizerPlugin;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Summarises what a user has noted: a plugin built from two others, which Dagger hands it. It calls
 * them as plain Java objects; no request goes through the server.
 */
@Plugin(description = "Summarises all of a user's notes, optionally only those with one tag.")
public final class NotesSummaryPlugin {
  private final NoteTakerPlugin notes;
  private final SummarizerPlugin summarizer;

  @Inject
  public NotesSummaryPlugin(NoteTakerPlugin notes, SummarizerPlugin summarizer) {
    this.notes = notes;
    this.summarizer = summarizer;
  }

  public record NotesSummary(
      String userId, int noteCount, String summary, int originalLength, String message) {}

  @Action(description = "Summarise a user's notes.", readOnly = true)
  public NotesSummary summarize(
      @Param(description = "Whose notes to summarise.", defaultValue = "default") String userId,
      @Param(description = "Only notes with this tag.") Optional<String> tag,
      @Param(description = "The longest summary, in words.", defaultValue = "100")
          @Minimum(1)
          @Maximum(10_000)
          int maxLength)
      throws PluginException {
    List<Note> found = notes.list(userId, tag).notes();
    if (found.isEmpty()) {
      return new NotesSummary(
          userId, 0, "", 0, "User \"" + userId + "\" has no notes to summarise.");
    }
    StringBuilder text = new StringBuilder();
    for (Note note : found) {
      String content = note.content().strip();
      text.append(content);
      // Each note is its own sentence, even when its author left off the full stop.
      text.append(content.matches(".*[.!?…]$") ? "\n" : ".\n");
    }
    SummarizerPlugin.Summary summary = summarizer.summarize(text.toString(), null, maxLength);
    return new NotesSummary(
        userId,
        found.size(),
        summary.summary(),
        summary.originalLength(),
        "Summarised " + found.size() + (found.size() == 1 ? " note." : " notes."));
  }
}
