package ai.dialer.guide.api;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link HttpApiPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class HttpApiPlugin_Encoder {
  private HttpApiPlugin_Encoder() {
  }

  public static void writeAnswer(JsonGenerator generator, HttpApiPlugin.Answer value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("endpoint");
    JsonWrite.string(generator, value.endpoint());
    generator.writeFieldName("status");
    generator.writeNumber(value.status());
    generator.writeFieldName("content_type");
    JsonWrite.string(generator, value.contentType());
    generator.writeFieldName("json");
    JsonWrite.json(generator, value.json());
    generator.writeFieldName("text");
    JsonWrite.string(generator, value.text());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(HttpApiPlugin.Answer value) {
    return generator -> HttpApiPlugin_Encoder.writeAnswer(generator, value);
  }
}
