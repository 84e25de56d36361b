package ai.dialer.guide.calendar;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link CalendarPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CalendarPlugin_Encoder {
  private CalendarPlugin_Encoder() {
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

  public static void writeEvent(JsonGenerator generator, Event value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    generator.writeFieldName("title");
    JsonWrite.string(generator, value.title());
    generator.writeFieldName("date");
    JsonWrite.text(generator, value.date());
    generator.writeFieldName("time");
    JsonWrite.text(generator, value.time());
    generator.writeFieldName("duration_minutes");
    generator.writeNumber(value.durationMinutes());
    generator.writeFieldName("attendees");
    CalendarPlugin_Encoder.writeListOfString(generator, value.attendees());
    generator.writeFieldName("created_at");
    JsonWrite.string(generator, value.createdAt());
    generator.writeEndObject();
  }

  public static void writeListOfEvent(JsonGenerator generator, List<Event> value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (Event element : value) {
      CalendarPlugin_Encoder.writeEvent(generator, element);
    }
    generator.writeEndArray();
  }

  public static void writeAdded(JsonGenerator generator, CalendarPlugin.Added value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("event");
    CalendarPlugin_Encoder.writeEvent(generator, value.event());
    generator.writeFieldName("overlaps");
    CalendarPlugin_Encoder.writeListOfEvent(generator, value.overlaps());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "add", ready to be written.
   */
  public static Json.Writable resultAdd(CalendarPlugin.Added value) {
    return generator -> CalendarPlugin_Encoder.writeAdded(generator, value);
  }

  public static void writeListed(JsonGenerator generator, CalendarPlugin.Listed value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("events");
    CalendarPlugin_Encoder.writeListOfEvent(generator, value.events());
    generator.writeFieldName("count");
    generator.writeNumber(value.count());
    generator.writeEndObject();
  }

  /**
   * The result of action "list", ready to be written.
   */
  public static Json.Writable resultList(CalendarPlugin.Listed value) {
    return generator -> CalendarPlugin_Encoder.writeListed(generator, value);
  }

  public static void writeDeleted(JsonGenerator generator, CalendarPlugin.Deleted value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("event");
    CalendarPlugin_Encoder.writeEvent(generator, value.event());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeFieldName("remaining");
    generator.writeNumber(value.remaining());
    generator.writeEndObject();
  }

  /**
   * The result of action "delete", ready to be written.
   */
  public static Json.Writable resultDelete(CalendarPlugin.Deleted value) {
    return generator -> CalendarPlugin_Encoder.writeDeleted(generator, value);
  }
}
