package ai.dialer.plugins.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offline extractive summariser: it scores each sentence by how many of the text's frequent
 * content words it holds (stop words excluded, early sentences slightly favoured), then keeps the
 * best sentences, in their original order, within a word budget.
 *
 * <p>Unlike the original it never answers a lone ".": a text already within the budget is returned
 * whole, and a first sentence longer than the budget is cut at a word boundary and marked with an
 * ellipsis.
 */
public final class ExtractiveSummarizer {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"')\\]]*\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "did", "do",
          "does", "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "if", "in",
          "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so",
          "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "too",
          "up", "us", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would",
          "you", "your", "yes", "ok", "okay", "just", "also", "about", "all", "any", "some", "than",
          "very", "i'm", "it's", "don't", "we'll", "i'll", "let's");

  /** The summary and the figures the plugin reports. */
  public record Result(String summary, int originalWords, int summaryWords) {}

  /**
   * Summarises {@code sentences} (already split, in order) to at most {@code maxWords} words.
   *
   * @throws IllegalArgumentException if there is no word at all, or {@code maxWords} is below 1
   */
  public Result summarize(List<String> sentences, int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be at least 1");
    }
    List<String> cleaned = new ArrayList<>();
    for (String sentence : sentences) {
      String normal = WHITESPACE.matcher(sentence.strip()).replaceAll(" ");
      if (countWords(normal) > 0) {
        cleaned.add(normal);
      }
    }
    int originalWords = cleaned.stream().mapToInt(ExtractiveSummarizer::countWords).sum();
    if (originalWords == 0) {
      throw new IllegalArgumentException("There is no word to summarise");
    }
    if (originalWords <= maxWords) {
      String whole = String.join(" ", cleaned);
      return new Result(whole, originalWords, originalWords);
    }
    List<Integer> chosen = choose(cleaned, maxWords);
    StringBuilder summary = new StringBuilder();
    int words = 0;
    for (int index : chosen) {
      summary.append(summary.length() == 0 ? "" : " ").append(cleaned.get(index));
      words += countWords(cleaned.get(index));
    }
    if (chosen.isEmpty()) {
      // Even the best sentence is over budget: cut it rather than answer nothing.
      String cut = firstWords(cleaned.get(bestSentence(cleaned)), maxWords);
      return new Result(cut, originalWords, countWords(cut));
    }
    return new Result(summary.toString(), originalWords, words);
  }

  /** Splits running text into sentences. */
  public static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String part : SENTENCE_END.split(text)) {
      if (!part.isBlank()) {
        sentences.add(part);
      }
    }
    return sentences;
  }

  public static int countWords(String text) {
    Matcher matcher = WORD.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private List<Integer> choose(List<String> sentences, int maxWords) {
    double[] scores = scores(sentences);
    List<Integer> byScore = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      byScore.add(i);
    }
    byScore.sort(
        Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(Integer::intValue));
    double mean = 0;
    for (double score : scores) {
      mean += score / scores.length;
    }
    List<Integer> chosen = new ArrayList<>();
    int budget = maxWords;
    for (int index : byScore) {
      int words = countWords(sentences.get(index));
      // A sentence well below the average adds words, not information: leave the budget unused.
      boolean informative = chosen.isEmpty() || scores[index] >= mean * 0.75;
      if (words <= budget && informative) {
        chosen.add(index);
        budget -= words;
      }
    }
    chosen.sort(Integer::compare);
    return chosen;
  }

  private int bestSentence(List<String> sentences) {
    double[] scores = scores(sentences);
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double[] scores(List<String> sentences) {
    Map<String, Integer> frequency = new HashMap<>();
    List<List<String>> contentWords = new ArrayList<>();
    for (String sentence : sentences) {
      List<String> words = new ArrayList<>();
      Matcher matcher = WORD.matcher(sentence);
      while (matcher.find()) {
        String word = matcher.group().toLowerCase(Locale.ROOT);
        if (!STOP_WORDS.contains(word) && word.length() > 1) {
          words.add(word);
          frequency.merge(word, 1, Integer::sum);
        }
      }
      contentWords.add(words);
    }
    int top = frequency.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    double[] scores = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      List<String> words = contentWords.get(i);
      if (words.isEmpty()) {
        continue;
      }
      double sum = 0;
      for (String word : words) {
        sum += frequency.get(word) / (double) top;
      }
      // Normalised by length so long sentences do not win on size alone; early ones lead a text.
      double positionBonus = 1.0 + 0.5 / (i + 1);
      scores[i] = sum / Math.sqrt(words.size()) * positionBonus;
    }
    return scores;
  }

  private static String firstWords(String sentence, int maxWords) {
    Matcher matcher = WORD.matcher(sentence);
    int end = 0;
    for (int i = 0; i < maxWords && matcher.find(); i++) {
      end = matcher.end();
    }
    return sentence.substring(0, end) + "…";
  }
}
