package ai.dialer.guide.code;

import ai.dialer.runtime.Json;
import ai.dialer.runtime.JsonWrite;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Writes the results of {@link CodeExecutorPlugin} as JSON.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CodeExecutorPlugin_Encoder {
  private CodeExecutorPlugin_Encoder() {
  }

  public static void writeRan(JsonGenerator generator, CodeExecutorPlugin.Ran value) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeFieldName("output");
    JsonWrite.string(generator, value.output());
    generator.writeFieldName("error");
    JsonWrite.string(generator, value.error());
    generator.writeFieldName("success");
    generator.writeBoolean(value.success());
    generator.writeEndObject();
  }

  /**
   * The result of action "", ready to be written.
   */
  public static Json.Writable result(CodeExecutorPlugin.Ran value) {
    return generator -> CodeExecutorPlugin_Encoder.writeRan(generator, value);
  }
}
