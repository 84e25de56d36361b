package ai.dialer.plugins.translate;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link TranslatorPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class TranslatorPlugin_Encoder {
  private TranslatorPlugin_Encoder() {
  }

  public static void writeTranslation(JsonGenerator generator, TranslatorPlugin.Translation value)
      throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("original_text");
    JsonWrite.string(generator, value.originalText());
    generator.writeFieldName("translated_text");
    JsonWrite.string(generator, value.translatedText());
    generator.writeFieldName("source_language");
    JsonWrite.string(generator, value.sourceLanguage());
    generator.writeFieldName("target_language");
    JsonWrite.string(generator, value.targetLanguage());
    generator.writeFieldName("message");
    JsonWrite.string(generator, value.message());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(TranslatorPlugin.Translation value) {
    return generator -> TranslatorPlugin_Encoder.writeTranslation(generator, value);
  }
}
