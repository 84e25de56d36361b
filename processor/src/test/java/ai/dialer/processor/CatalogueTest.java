package ai.dialer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue page lists every tag the processor can report, and no tag it cannot. */
class CatalogueTest {
  @Test
  void everyTagIsDocumented() throws Exception {
    StringBuilder messages = new StringBuilder();
    for (String file : List.of("Messages", "ConstraintMessages", "SettingsMessages")) {
      messages.append(
          Files.readString(
              Path.of("src/main/java/ai/dialer/processor/" + file + ".java"),
              StandardCharsets.UTF_8));
    }
    String catalogue =
        Files.readString(Path.of("../docs/processor-diagnostics.md"), StandardCharsets.UTF_8);
    List<String> tags = new ArrayList<>();
    Matcher tag = Pattern.compile("tagged\\(\\s*\"(\\w+)\"").matcher(messages.toString());
    while (tag.find()) {
      tags.add(tag.group(1));
    }
    assertTrue(tags.size() > 30, "found " + tags);
    List<String> undocumented = new ArrayList<>();
    for (String name : tags) {
      if (!catalogue.contains("`[Plugin/" + name + "]`")) {
        undocumented.add(name);
      }
    }
    assertEquals(List.of(), undocumented);
    Matcher documented = Pattern.compile("`\\[Plugin/(\\w+)\\]`").matcher(catalogue);
    while (documented.find()) {
      assertTrue(
          tags.contains(documented.group(1)),
          documented.group(1) + " is documented but never reported");
    }
  }
}
