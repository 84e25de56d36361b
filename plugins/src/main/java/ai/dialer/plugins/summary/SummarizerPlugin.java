package ai.dialer.plugins.summary;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Items;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Plugin;
import ai.dialer.annotation.RequireAnyOf;
import ai.dialer.plugin.InvalidContextException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Singleton;

/** The original's summariser, offline and extractive, without its "." and division by zero. */
@Singleton
@Plugin(
    description =
        "Summarises a text or a conversation into its most informative sentences, within a word"
            + " budget. Works offline.")
public final class SummarizerPlugin {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  @Inject
  public SummarizerPlugin() {}

  /** One turn of a conversation, as the original took it; the summary keeps what was said. */
  public record Turn(
      @Param(description = "Who spoke: user, assistant, or a name.") String role,
      @Param(description = "What they said.") String content) {}

  /**
   * The original's result.
   *
   * @param compressionRatio the summary's length as a share of the original's, as "NN.N%"
   */
  public record Summary(
      String summary, int originalLength, int summaryLength, String compressionRatio) {}

  @Action(description = "Summarise a text or a conversation.", readOnly = true)
  @RequireAnyOf({"text", "conversation"})
  public Summary summarize(
      @Param(description = "The text to summarise. Give this or conversation.", required = false)
          @Length(min = 1)
          String text,
      @Param(
              description = "The conversation to summarise, turn by turn. Give this or text.",
              required = false)
          @Items(min = 1)
          List<Turn> conversation,
      @Param(description = "The longest summary, in words.", defaultValue = "100", examples = "50")
          @Minimum(1)
          @Maximum(10_000)
          int maxLength) {
    // What no schema states stays here: a text of whitespace or punctuation only.
    List<String> sentences = new ArrayList<>();
    if (text != null) {
      sentences.addAll(ExtractiveSummarizer.sentences(text));
    }
    if (conversation != null) {
      for (Turn turn : conversation) {
        sentences.addAll(ExtractiveSummarizer.sentences(turn.content()));
      }
    }
    if (sentences.stream().noneMatch(ExtractiveSummarizer::hasWord)) {
      String what = text != null ? "text" : "conversation";
      throw InvalidContextException.of(
          "/" + what, "blank", "There is no word to summarise: \"" + what + "\" is blank.");
    }
    ExtractiveSummarizer.Result result = summarizer.summarize(sentences, maxLength);
    return new Summary(
        result.summary(),
        result.originalWords(),
        result.summaryWords(),
        String.format(
            Locale.ROOT, "%.1f%%", 100.0 * result.summaryWords() / result.originalWords()));
  }
}
