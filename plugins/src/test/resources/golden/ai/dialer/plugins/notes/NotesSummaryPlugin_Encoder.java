package ai.dialer.plugins.notes;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link NotesSummaryPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class NotesSummaryPlugin_Encoder {
  private NotesSummaryPlugin_Encoder() {
  }

  public static void writeNotesSummary(JsonGenerator generator,
      NotesSummaryPlugin.NotesSummary value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("user_id");
    JsonWrite.string(generator, value.userId());
    generator.writeFieldName("note_count");
    generator.writeNumber(value.noteCount());
    generator.writeFieldName("summary");
    JsonWrite.string(generator, value.summary());
    generator.writeFieldName("original_length");
    generator.writeNumber(value.originalLength());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(NotesSummaryPlugin.NotesSummary value) {
    return generator -> NotesSummaryPlugin_Encoder.writeNotesSummary(generator, value);
  }
}
