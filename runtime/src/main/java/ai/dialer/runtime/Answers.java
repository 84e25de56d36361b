package ai.dialer.runtime;

import ai.dialer.plugin.Violation;
import java.nio.charset.StandardCharsets;

/**
 * The bodies of the API's answers: {@code {"success":true,"plugin":…,"result":…}} for a call that
 * succeeded, {@code {"success":false,"error":…,"code":…,"violations":[…]}} for everything else.
 */
public final class Answers {
  private Answers() {}

  /** The whole success body, written before anything is sent so a failure can still be answered. */
  public static byte[] success(String plugin, Json.Writable result) {
    return Json.write(
        generator -> {
          generator.writeStartObject();
          generator.writeBooleanField("success", true);
          generator.writeStringField("plugin", plugin);
          generator.writeFieldName("result");
          result.writeTo(generator);
          generator.writeEndObject();
        });
  }

  /** The success body around a result already written as JSON. */
  public static byte[] success(String plugin, byte[] resultJson) {
    byte[] name = Json.write(generator -> generator.writeString(plugin));
    byte[] head = "{\"success\":true,\"plugin\":".getBytes(StandardCharsets.UTF_8);
    byte[] middle = ",\"result\":".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + name.length + middle.length + resultJson.length + 1];
    int at = 0;
    for (byte[] part : new byte[][] {head, name, middle, resultJson}) {
      System.arraycopy(part, 0, body, at, part.length);
      at += part.length;
    }
    body[at] = '}';
    return body;
  }

  /** The failure body; {@code requestId} is left out when null. */
  public static byte[] error(ApiError error, String requestId) {
    return Json.write(
        generator -> {
          generator.writeStartObject();
          generator.writeBooleanField("success", false);
          generator.writeStringField("error", error.getMessage());
          generator.writeStringField("code", error.code());
          if (!error.violations().isEmpty()) {
            generator.writeArrayFieldStart("violations");
            for (Violation violation : error.violations()) {
              generator.writeStartObject();
              generator.writeStringField("field", violation.field());
              generator.writeStringField("path", violation.path());
              generator.writeStringField("code", violation.code());
              generator.writeStringField("message", violation.message());
              if (violation.expected() != null) {
                generator.writeStringField("expected", violation.expected());
              }
              if (violation.actual() != null) {
                generator.writeStringField("actual", violation.actual());
              }
              generator.writeEndObject();
            }
            generator.writeEndArray();
          }
          if (requestId != null) {
            generator.writeStringField("request_id", requestId);
          }
          generator.writeEndObject();
        });
  }
}
