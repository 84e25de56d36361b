package ai.dialer.plugins.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.llm.ChatCompletionsClient;
import ai.dialer.plugins.llm.FakeChatCompletions;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

class TranslatorPluginTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final TranslatorPlugin offline =
      new TranslatorPlugin(new ChatCompletionsClient(http, ChatBackendSettings.none()));

  @Test
  void languagesByNameOrCode() {
    assertEquals("es", Language.find("Spanish").orElseThrow().code());
    assertEquals("es", Language.find(" ES ").orElseThrow().code());
    assertEquals("zh", Language.find("chinese").orElseThrow().code());
    assertTrue(Language.find("Klingon").isEmpty());
  }

  @Test
  void phrasebookAnswersWhatItKnows() throws Exception {
    TranslatorPlugin.Translation translation =
        offline.translate("Thank you!", "fr", "auto").toCompletableFuture().join();
    assertEquals("merci", translation.translatedText());
    assertEquals("fr", translation.targetLanguage());
    assertEquals("auto", translation.sourceLanguage());
  }

  @Test
  void unknownTextWithoutABackendSaysHowToConfigureOne() {
    PluginException e =
        assertThrows(
            PluginException.class, () -> offline.translate("The invoice is late.", "de", "en"));
    assertEquals(503, e.status());
    assertTrue(e.getMessage().contains("OPENAI_BASE_URL"));
  }

  @Test
  void notEnglishSourceIsNotGuessedFromThePhrasebook() {
    assertThrows(PluginException.class, () -> offline.translate("hello", "es", "German"));
  }

  @Test
  void badLanguagesAndBlankTextAreViolations() {
    InvalidContextException e =
        assertThrows(
            InvalidContextException.class, () -> offline.translate(" ", "Elvish", "Orcish"));
    assertEquals(3, e.violations().size());
    assertEquals("/target_language", e.violations().get(1).path());
  }

  @Test
  void aConfiguredModelTranslatesAnything() throws Exception {
    try (FakeChatCompletions fake =
        new FakeChatCompletions().replying(body -> "Die Rechnung ist spät.")) {
      TranslatorPlugin plugin =
          new TranslatorPlugin(new ChatCompletionsClient(http, fake.settings("k")));
      TranslatorPlugin.Translation translation =
          plugin.translate("The invoice is late.", "German", "auto").toCompletableFuture().join();
      assertEquals("Die Rechnung ist spät.", translation.translatedText());
      assertEquals("de", translation.targetLanguage());
    }
  }
}
