package ai.dialer.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolFormatsTest {
  private static final String SUMMARY =
      """
      {"type":"object","description":"Summarise.",
       "properties":{
         "text":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"Text."},
         "max_length":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"default":100}},
       "additionalProperties":false,
       "anyOf":[{"required":["text"],"properties":{"text":{"not":{"type":"null"}}}},
                {"required":["conversation"],"properties":{"conversation":{"not":{"type":"null"}}}}]}
      """;

  private static final String SIMPLE =
      """
      {"type":"object","properties":{
         "city":{"type":"string","description":"A city.","examples":["Paris"]},
         "units":{"anyOf":[{"type":"string","enum":["c","f"]},{"type":"null"}],"default":"c"},
         "when":{"anyOf":[{"type":"string","format":"date"},{"type":"null"}]}},
       "required":["city"],"additionalProperties":false}
      """;

  @Test
  void aRuleAcrossKeysMovesToTheDescriptionInWords() {
    for (ToolFormats.Provider provider : ToolFormats.Provider.values()) {
      ToolFormats.Export export = ToolFormats.export(provider, "Summary", "Summarises.", SUMMARY);
      assertEquals("Summarises. Give at least one of: text, conversation.", export.description());
      assertFalse(export.parameters().containsKey("anyOf"), provider + " " + export);
      assertEquals("object", export.parameters().get("type"));
      assertEquals(List.of(), export.problems());
    }
  }

  @Test
  void openAiIsStrictWhereTheSchemaFitsAndNotElsewhere() {
    ToolFormats.Export simple =
        ToolFormats.export(ToolFormats.Provider.OPENAI, "Weather", "Weather.", SIMPLE);
    assertTrue(simple.strict());
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":"
            + "\"A city.\"},\"units\":{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"c\",\"f\"]},"
            + "{\"type\":\"null\"}]},\"when\":{\"anyOf\":[{\"type\":\"string\",\"format\":"
            + "\"date\"},{\"type\":\"null\"}]}},\"required\":[\"city\",\"units\",\"when\"],"
            + "\"additionalProperties\":false}",
        JsonTree.text(simple.parameters()));
    ToolFormats.Export summary =
        ToolFormats.export(ToolFormats.Provider.OPENAI, "Summary", "Summarises.", SUMMARY);
    assertFalse(summary.strict(), "minLength is not in strict mode's subset");
    assertTrue(JsonTree.text(summary.parameters()).contains("\"minLength\":1"));
  }

  @Test
  void geminiGetsItsSubsetWithTheRestInWords() {
    ToolFormats.Export export =
        ToolFormats.export(ToolFormats.Provider.GEMINI, "Weather", "Weather.", SIMPLE);
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":"
            + "\"A city.\",\"example\":\"Paris\"},\"units\":{\"type\":\"string\",\"enum\":[\"c\","
            + "\"f\"],\"nullable\":true,\"default\":\"c\"},\"when\":{\"type\":\"string\","
            + "\"description\":\"Rules: format date.\",\"nullable\":true}},\"required\":[\"city\"]}",
        JsonTree.text(export.parameters()));
  }

  @Test
  void geminiInlinesRecordsAndCutsOneThatContainsItself() {
    String tree =
        """
        {"type":"object","properties":{"root":{"$ref":"#/$defs/Node"}},"required":["root"],
         "$defs":{"Node":{"type":"object","properties":{"name":{"type":"string"},
           "next":{"anyOf":[{"$ref":"#/$defs/Node"},{"type":"null"}]}}}}}
        """;
    ToolFormats.Export export = ToolFormats.export(ToolFormats.Provider.GEMINI, "Tree", "T.", tree);
    String text = JsonTree.text(export.parameters());
    assertFalse(text.contains("$ref"), text);
    assertTrue(text.contains("\"name\":{\"type\":\"string\"}"), text);
    assertEquals(1, export.problems().size());
    assertTrue(export.problems().get(0).contains("Node contains itself"));
  }

  @Test
  void aNameNoProviderTakesIsAProblemForEach() {
    for (ToolFormats.Provider provider : ToolFormats.Provider.values()) {
      assertEquals(
          1, ToolFormats.export(provider, "a b", "d", SIMPLE).problems().size(), provider.title);
    }
  }
}
