package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code JsonValue}: any JSON value read as it was sent, written as it is, published as {}. */
class JsonValueTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anyValueRoundTripsAndTheSchemaAllowsAnything() throws Exception {
    FixturePlugin records = FixturePlugin.get("RecordsPlugin");
    String answer =
        Json.text(
            records.invoker.invoke(
                ContextJson.of(
                    "{\"collection\":\"c\",\"record\":{\"n\":1.50,\"s\":\"x\\\"y\",\"b\":true,"
                        + "\"l\":[1,{\"k\":null}],\"z\":null}}")));
    assertEquals(
        "{\"collection\":\"c\",\"record\":{\"n\":1.50,\"s\":\"x\\\"y\",\"b\":true,"
            + "\"l\":[1,{\"k\":null}],\"z\":null},\"tag\":[1,\"a\"]}",
        answer);
    assertEquals(
        "{\"type\":\"object\",\"additionalProperties\":{},\"description\":\"The record: any JSON"
            + " values.\"}",
        JSON.readTree(records.descriptor().jsonSchema()).at("/properties/record").toString());
    assertEquals("any", records.descriptor().actions().get(0).parameters().get(2).type());
    assertThrows(
        InvalidContextException.class,
        () -> records.validate("{\"collection\":\"c\",\"record\":[1]}"),
        "a map is still an object");
  }
}
