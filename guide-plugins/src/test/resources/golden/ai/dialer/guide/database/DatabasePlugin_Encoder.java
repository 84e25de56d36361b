package ai.dialer.guide.database;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link DatabasePlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class DatabasePlugin_Encoder {
  private DatabasePlugin_Encoder() {
  }

  public static void writeSaved(JsonGenerator generator, DatabasePlugin.Saved value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    generator.writeFieldName("collection");
    JsonWrite.string(generator, value.collection());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "save", ready to be written.
   */
  public static Json.Writable resultSave(DatabasePlugin.Saved value) {
    return generator -> DatabasePlugin_Encoder.writeSaved(generator, value);
  }

  public static void writeStored(JsonGenerator generator, RecordStore.Stored value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    generator.writeFieldName("record");
    JsonWrite.json(generator, value.record());
    generator.writeFieldName("saved_at");
    JsonWrite.string(generator, value.savedAt());
    generator.writeEndObject();
  }

  public static void writeListOfStored(JsonGenerator generator, List<RecordStore.Stored> value)
      throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (RecordStore.Stored element : value) {
      DatabasePlugin_Encoder.writeStored(generator, element);
    }
    generator.writeEndArray();
  }

  public static void writeFound(JsonGenerator generator, DatabasePlugin.Found value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("collection");
    JsonWrite.string(generator, value.collection());
    generator.writeFieldName("records");
    DatabasePlugin_Encoder.writeListOfStored(generator, value.records());
    generator.writeFieldName("count");
    generator.writeNumber(value.count());
    generator.writeEndObject();
  }

  /**
   * The result of action "query", ready to be written.
   */
  public static Json.Writable resultQuery(DatabasePlugin.Found value) {
    return generator -> DatabasePlugin_Encoder.writeFound(generator, value);
  }
}
