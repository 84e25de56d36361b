package ai.dialer.plugins.translate;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.Policy;
import ai.dialer.plugin.Async;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugin.Violation;
import ai.dialer.plugins.llm.ChatCompletionsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The original's translator. With a language model configured it translates anything; without one,
 * the phrasebook answers the common phrases it knows and everything else is a clear error that says
 * how to configure a backend, never a made-up translation.
 */
@Singleton
@Plugin(
    description =
        "Translates text into another language. Uses the configured language model; without one,"
            + " only common phrases are known.")
// The same text into the same language is the same translation (the model runs at temperature
// 0): a failed call to the model may be retried, and an answer kept for an hour.
@Policy(
    idempotent = true,
    maxRetries = 2,
    retryBackoffMillis = 200,
    cacheEntries = 1_000,
    cacheTtlMillis = 3_600_000)
public final class TranslatorPlugin {
  private static final String AUTO = "auto";

  private final ChatCompletionsClient model;
  private final Phrasebook phrasebook = new Phrasebook();

  @Inject
  public TranslatorPlugin(ChatCompletionsClient model) {
    this.model = model;
  }

  /** The original's result; {@code targetLanguage} is an ISO 639-1 code. */
  public record Translation(
      String originalText,
      String translatedText,
      String sourceLanguage,
      String targetLanguage,
      String message) {}

  @Action(description = "Translate a text.", readOnly = true)
  public CompletionStage<Translation> translate(
      @Param(description = "The text to translate.", examples = "Where is the station?")
          @Length(min = 1, max = 20_000)
          String text,
      @Param(
              description =
                  "The language to translate into: a name (\"Spanish\") or an ISO code"
                      + " (\"es\").")
          String targetLanguage,
      @Param(
              description = "The text's language, name or ISO code; \"auto\" to detect it.",
              defaultValue = AUTO)
          String sourceLanguage)
      throws PluginException {
    List<Violation> violations = new ArrayList<>();
    if (text.isBlank()) {
      violations.add(new Violation("/text", "blank", "\"text\" is blank: nothing to translate."));
    }
    Optional<Language> target = Language.find(targetLanguage);
    if (target.isEmpty()) {
      violations.add(unknownLanguage("/target_language", targetLanguage));
    }
    Optional<Language> source =
        sourceLanguage.strip().equalsIgnoreCase(AUTO)
            ? Optional.empty()
            : Language.find(sourceLanguage);
    if (!sourceLanguage.strip().equalsIgnoreCase(AUTO) && source.isEmpty()) {
      violations.add(unknownLanguage("/source_language", sourceLanguage));
    }
    if (!violations.isEmpty()) {
      throw new InvalidContextException(violations);
    }
    Language into = target.get();
    String sourceCode = source.map(Language::code).orElse(AUTO);
    if (source.isPresent() && source.get().equals(into)) {
      return CompletableFuture.completedFuture(
          new Translation(
              text, text, sourceCode, into.code(), "Source and target language are the same."));
    }
    if (model.isConfigured()) {
      String from = source.map(Language::name).orElse("the language it is written in");
      // The model is asked without holding a thread while it works.
      CompletionStage<String> completion =
          model.completeAsync(
              "You are a translator. Translate the user's message from "
                  + from
                  + " into "
                  + into.name()
                  + ". Reply with the translation only, without quotes or notes.",
              text);
      // Linked, so that the server's cancelling this stage at the timeout aborts the request.
      return Async.linked(
          completion,
          completion.thenApply(
              translated ->
                  new Translation(
                      text,
                      translated,
                      sourceCode,
                      into.code(),
                      "Translated to " + into.name() + ".")));
    }
    boolean english = source.isEmpty() || source.get().code().equals("en");
    Optional<String> known = english ? phrasebook.translate(text, into) : Optional.empty();
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(
          new Translation(
              text,
              known.get(),
              sourceCode,
              into.code(),
              "Translated to " + into.name() + " with the offline phrasebook."));
    }
    throw new PluginException(
        503,
        "translation_backend_not_configured",
        "No language model is configured, and the offline phrasebook knows only common English"
            + " phrases ("
            + Phrasebook.knownPhrases()
            + ") in "
            + Phrasebook.knownLanguages()
            + ". To translate anything, set OPENAI_BASE_URL (and OPENAI_API_KEY and OPENAI_MODEL)"
            + " to an OpenAI-compatible chat-completions endpoint.",
        null);
  }

  private static Violation unknownLanguage(String path, String value) {
    return new Violation(
        path,
        "unknown_language",
        "\""
            + value
            + "\" is not a language this translator knows. Use one of: "
            + Language.known()
            + ".");
  }
}
