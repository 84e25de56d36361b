package ai.dialer.plugins.summary;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link SummarizerPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class SummarizerPlugin_Encoder {
  private SummarizerPlugin_Encoder() {
  }

  public static void writeSummary(JsonGenerator generator, SummarizerPlugin.Summary value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("summary");
    JsonWrite.string(generator, value.summary());
    generator.writeFieldName("original_length");
    generator.writeNumber(value.originalLength());
    generator.writeFieldName("summary_length");
    generator.writeNumber(value.summaryLength());
    generator.writeFieldName("compression_ratio");
    JsonWrite.string(generator, value.compressionRatio());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(SummarizerPlugin.Summary value) {
    return generator -> SummarizerPlugin_Encoder.writeSummary(generator, value);
  }
}
