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
      if (hasWord(normal)) {
        cleaned.add(normal);
      }
    }
    if (cleaned.isEmpty()) {
      throw new IllegalArgumentException("There is no word to summarise");
    }
    // Counted on everything sent, as the original counts it; "..." is a word there too.
    int originalWords = sentences.stream().mapToInt(ExtractiveSummarizer::countWords).sum();
    if (originalWords <= maxWords) {
      String whole = String.join(" ", cleaned);
      return new Result(whole, originalWords, countWords(whole));
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

  /** Whether {@code text} holds a letter or a digit: a sentence without one is not summarised. */
  public static boolean hasWord(String text) {
    return WORD.matcher(text).find();
  }

  /**
   * Words as the original counts them, {@code len(text.split())}: runs of characters between
   * whitespace, by Python's {@code str.isspace}. {@code w0_0}, {@code 3.5}, {@code 10:30} and
   * {@code $1,000} are one word each. (Scoring finds its words with a finer pattern.)
   */
  public static int countWords(String text) {
    return wordEnds(text, Integer.MAX_VALUE).size();
  }

  /** Where each of the first {@code max} whitespace-separated words ends. */
  private static List<Integer> wordEnds(String text, int max) {
    List<Integer> ends = new ArrayList<>();
    boolean inWord = false;
    for (int i = 0; i < text.length() && ends.size() < max; ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isPythonSpace(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        ends.add(next);
      } else {
        ends.set(ends.size() - 1, next);
      }
      i = next;
    }
    // The last word found may run past where the loop stopped counting: finish it.
    if (inWord && !ends.isEmpty()) {
      int end = ends.get(ends.size() - 1);
      while (end < text.length() && !isPythonSpace(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      ends.set(ends.size() - 1, end);
    }
    return ends;
  }

  /** Python's {@code str.isspace}: Unicode category Zs, or bidirectional class WS, B or S. */
  static boolean isPythonSpace(int c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x2028, 0x2029 -> true;
      default -> Character.getType(c) == Character.SPACE_SEPARATOR;
    };
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
    List<Integer> ends = wordEnds(sentence, maxWords);
    return sentence.substring(0, ends.isEmpty() ? 0 : ends.get(ends.size() - 1)) + "…";
  }
}
