package ai.dialer.guide.files;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link FilePlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class FilePlugin_Encoder {
  private FilePlugin_Encoder() {
  }

  public static void writeRead(JsonGenerator generator, FilePlugin.Read value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("filepath");
    JsonWrite.string(generator, value.filepath());
    generator.writeFieldName("content");
    JsonWrite.string(generator, value.content());
    generator.writeFieldName("size");
    generator.writeNumber(value.size());
    generator.writeEndObject();
  }

  /**
   * The result of action "read", ready to be written.
   */
  public static Json.Writable resultRead(FilePlugin.Read value) {
    return generator -> FilePlugin_Encoder.writeRead(generator, value);
  }

  public static void writeWritten(JsonGenerator generator, FilePlugin.Written value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("filepath");
    JsonWrite.string(generator, value.filepath());
    generator.writeFieldName("size");
    generator.writeNumber(value.size());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "write", ready to be written.
   */
  public static Json.Writable resultWrite(FilePlugin.Written value) {
    return generator -> FilePlugin_Encoder.writeWritten(generator, value);
  }

  public static void writeEntry(JsonGenerator generator, FilePlugin.Entry value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("name");
    JsonWrite.string(generator, value.name());
    generator.writeFieldName("type");
    JsonWrite.string(generator, value.type());
    generator.writeFieldName("size");
    generator.writeNumber(value.size());
    generator.writeEndObject();
  }

  public static void writeListOfEntry(JsonGenerator generator, List<FilePlugin.Entry> value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (FilePlugin.Entry element : value) {
      FilePlugin_Encoder.writeEntry(generator, element);
    }
    generator.writeEndArray();
  }

  public static void writeListing(JsonGenerator generator, FilePlugin.Listing value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("filepath");
    JsonWrite.string(generator, value.filepath());
    generator.writeFieldName("entries");
    FilePlugin_Encoder.writeListOfEntry(generator, value.entries());
    generator.writeFieldName("count");
    generator.writeNumber(value.count());
    generator.writeEndObject();
  }

  /**
   * The result of action "list", ready to be written.
   */
  public static Json.Writable resultList(FilePlugin.Listing value) {
    return generator -> FilePlugin_Encoder.writeListing(generator, value);
  }

  public static void writeDeleted(JsonGenerator generator, FilePlugin.Deleted value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("filepath");
    JsonWrite.string(generator, value.filepath());
    generator.writeFieldName("deleted");
    generator.writeBoolean(value.deleted());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "delete", ready to be written.
   */
  public static Json.Writable resultDelete(FilePlugin.Deleted value) {
    return generator -> FilePlugin_Encoder.writeDeleted(generator, value);
  }
}
