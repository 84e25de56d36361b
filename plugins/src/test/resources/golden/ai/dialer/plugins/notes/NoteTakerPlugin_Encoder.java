package ai.dialer.plugins.notes;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link NoteTakerPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NoteTakerPlugin_Encoder {
  private NoteTakerPlugin_Encoder() {
  }

  public static void writeListOfString(JsonGenerator generator, List<String> value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (String element : value) {
      JsonWrite.string(generator, element);
    }
    generator.writeEndArray();
  }

  public static void writeNote(JsonGenerator generator, Note value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    generator.writeFieldName("content");
    JsonWrite.string(generator, value.content());
    generator.writeFieldName("timestamp");
    JsonWrite.string(generator, value.timestamp());
    generator.writeFieldName("user_id");
    JsonWrite.string(generator, value.userId());
    generator.writeFieldName("tags");
    NoteTakerPlugin_Encoder.writeListOfString(generator, value.tags());
    generator.writeEndObject();
  }

  public static void writeSavedNote(JsonGenerator generator, NoteTakerPlugin.SavedNote value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("note");
    NoteTakerPlugin_Encoder.writeNote(generator, value.note());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeFieldName("total_notes");
    generator.writeNumber(value.totalNotes());
    generator.writeEndObject();
  }

  /**
   * The result of action "add", ready to be written.
   */
  public static Json.Writable resultAdd(NoteTakerPlugin.SavedNote value) {
    return generator -> NoteTakerPlugin_Encoder.writeSavedNote(generator, value);
  }

  public static void writeListOfNote(JsonGenerator generator, List<Note> value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (Note element : value) {
      NoteTakerPlugin_Encoder.writeNote(generator, element);
    }
    generator.writeEndArray();
  }

  public static void writeNoteList(JsonGenerator generator, NoteTakerPlugin.NoteList value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("user_id");
    JsonWrite.string(generator, value.userId());
    generator.writeFieldName("notes");
    NoteTakerPlugin_Encoder.writeListOfNote(generator, value.notes());
    generator.writeFieldName("count");
    generator.writeNumber(value.count());
    generator.writeEndObject();
  }

  /**
   * The result of action "list", ready to be written.
   */
  public static Json.Writable resultList(NoteTakerPlugin.NoteList value) {
    return generator -> NoteTakerPlugin_Encoder.writeNoteList(generator, value);
  }

  public static void writeDeletedNote(JsonGenerator generator, NoteTakerPlugin.DeletedNote value)
      throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("note_id");
    generator.writeNumber(value.noteId());
    generator.writeFieldName("user_id");
    JsonWrite.string(generator, value.userId());
    generator.writeFieldName("deleted");
    generator.writeBoolean(value.deleted());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "delete", ready to be written.
   */
  public static Json.Writable resultDelete(NoteTakerPlugin.DeletedNote value) {
    return generator -> NoteTakerPlugin_Encoder.writeDeletedNote(generator, value);
  }
}
