package ai.dialer.plugins.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  private ExtractiveSummarizer.Result summarize(String text, int maxWords) {
    return summarizer.summarize(ExtractiveSummarizer.sentences(text), maxWords);
  }

  @Test
  void shortTextIsReturnedWhole() {
    ExtractiveSummarizer.Result result = summarize("  Call   me back.\nThanks! ", 100);
    assertEquals("Call me back. Thanks!", result.summary());
    assertEquals(4, result.originalWords());
    assertEquals(4, result.summaryWords());
  }

  @Test
  void keepsTheInformativeSentencesInOrderWithinTheBudget() {
    String text =
        "The quarterly meeting covered the budget. The budget increased by ten percent this year."
            + " Lunch was pizza. Marketing asked for more budget for online ads."
            + " Everyone agreed the budget review happens in March.";
    ExtractiveSummarizer.Result result = summarize(text, 20);
    assertTrue(result.summaryWords() <= 20, result.summary());
    assertTrue(result.summary().contains("budget"));
    assertTrue(!result.summary().contains("pizza"), result.summary());
    int first = text.indexOf(result.summary().split("\\. ")[0]);
    assertTrue(first >= 0, "sentences are quoted as written");
  }

  @Test
  void neverAnswersAloneFullStopOrNothing() {
    ExtractiveSummarizer.Result result =
        summarize("This single sentence is much longer than the tiny budget allows it to be.", 3);
    assertEquals("This single sentence…", result.summary());
    assertEquals(3, result.summaryWords());
    ExtractiveSummarizer.Result dots = summarize("... . Hello there.", 1);
    assertEquals("Hello…", dots.summary());
  }

  @Test
  void blankInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> summarize("  . ! ", 10));
    assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(List.of("a"), 0));
  }

  @Test
  void wordsAreCountedAsTheOriginalCountsThem() {
    // len(text.split()) in Python: runs of non-whitespace, whatever they hold.
    assertEquals(4, ExtractiveSummarizer.countWords("w0_0 3.5 10:30 $1,000"));
    assertEquals(3, ExtractiveSummarizer.countWords(" don't  re-read \u00a0it\u2003 "));
    assertEquals(2, ExtractiveSummarizer.countWords("a\u001cb"), "U+001C separates, as isspace");
    assertEquals(1, ExtractiveSummarizer.countWords("a\u200bb"), "U+200B does not");
    assertEquals(0, ExtractiveSummarizer.countWords(" \t\n\u00a0\u3000"));
    StringBuilder note = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      note.append("item_").append(i).append(i % 10 == 9 ? ". " : " ");
    }
    ExtractiveSummarizer.Result result = summarize(note.toString(), 1_000);
    assertEquals(120, result.originalWords());
    assertEquals(120, result.summaryWords());
  }

  @Test
  void aCutSentenceKeepsWholeWordsUpToTheBudget() {
    ExtractiveSummarizer.Result result =
        summarize("Invoice 4,200.50 was paid on 2026-03-04 at 10:30 by card.", 4);
    assertEquals("Invoice 4,200.50 was paid…", result.summary());
    assertEquals(4, result.summaryWords());
    assertEquals(10, result.originalWords());
  }
}
