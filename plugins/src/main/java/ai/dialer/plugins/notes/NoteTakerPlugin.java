package ai.dialer.plugins.notes;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Items;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The original's note taker, with real storage: notes live in the embedded database, ids never
 * repeat, and a note that was answered with 200 survives a crash.
 */
@Singleton
@Plugin(
    description =
        "Takes notes during a conversation and keeps them per user: save a note (the default),"
            + " list a user's notes, or delete one.")
public final class NoteTakerPlugin {
  private final NoteStore store;

  @Inject
  public NoteTakerPlugin(NoteStore store) {
    this.store = store;
  }

  /** The original's answer to a saved note. */
  public record SavedNote(Note note, String message, long totalNotes) {}

  public record NoteList(String userId, List<Note> notes, int count) {}

  public record DeletedNote(long noteId, String userId, boolean deleted, String message) {}

  @Action(name = "add", isDefault = true, description = "Save a note for a user.")
  public SavedNote add(
      @Param(description = "The text of the note.", examples = "Call Bob back about the quote")
          @Length(min = 1, max = 20_000)
          String content,
      @Param(description = "Whose note it is.", defaultValue = "default") String userId,
      @Param(description = "Labels to find the note by later.", defaultValue = "[]")
          @Items(max = 50)
          List<String> tags)
      throws PluginException {
    if (content.isBlank()) {
      throw InvalidContextException.of(
          "/content", "blank", "\"content\" must not be blank: there is nothing to note.");
    }
    try {
      NoteStore.Saved saved = store.add(userId, content, tags);
      return new SavedNote(saved.note(), "Note saved successfully", saved.totalNotes());
    } catch (SQLException e) {
      throw new PluginException("The note could not be saved: the database failed.", e);
    }
  }

  @Action(name = "list", description = "List a user's notes, oldest first.", readOnly = true)
  public NoteList list(
      @Param(description = "Whose notes to list.", defaultValue = "default") String userId,
      @Param(description = "Only notes with this tag.") Optional<String> tag)
      throws PluginException {
    try {
      List<Note> notes = store.list(userId, tag);
      return new NoteList(userId, notes, notes.size());
    } catch (SQLException e) {
      throw new PluginException("The notes could not be read: the database failed.", e);
    }
  }

  @Action(name = "delete", description = "Delete one of a user's notes by its id.")
  public DeletedNote delete(
      @Param(description = "The id of the note, as the add action returned it.") @Minimum(1)
          long noteId,
      @Param(description = "Whose note it is.", defaultValue = "default") String userId)
      throws PluginException {
    boolean deleted;
    try {
      deleted = store.delete(userId, noteId);
    } catch (SQLException e) {
      throw new PluginException("The note could not be deleted: the database failed.", e);
    }
    if (!deleted) {
      throw InvalidContextException.of(
          "/note_id", "not_found", "User \"" + userId + "\" has no note with id " + noteId + ".");
    }
    return new DeletedNote(noteId, userId, true, "Note deleted successfully");
  }
}
