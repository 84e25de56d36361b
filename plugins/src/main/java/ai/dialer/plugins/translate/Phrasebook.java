package ai.dialer.plugins.translate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The original's offline phrasebook: common English phrases in a few languages. It answers only
 * what it knows; anything else needs a language model.
 */
public final class Phrasebook {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?¡¿,]+$");
  private static final String[] LANGUAGES = {"es", "fr", "de", "it", "pt"};
  private static final String[][] PHRASES = {
    {"hello", "hola", "bonjour", "hallo", "ciao", "olá"},
    {"goodbye", "adiós", "au revoir", "auf Wiedersehen", "arrivederci", "adeus"},
    {"thank you", "gracias", "merci", "danke", "grazie", "obrigado"},
    {"please", "por favor", "s'il vous plaît", "bitte", "per favore", "por favor"},
    {"yes", "sí", "oui", "ja", "sì", "sim"},
    {"no", "no", "non", "nein", "no", "não"},
    {"good morning", "buenos días", "bonjour", "guten Morgen", "buongiorno", "bom dia"},
    {"good night", "buenas noches", "bonne nuit", "gute Nacht", "buona notte", "boa noite"},
    {
      "how are you",
      "¿cómo estás?",
      "comment allez-vous ?",
      "wie geht es Ihnen?",
      "come stai?",
      "como você está?"
    },
    {"excuse me", "disculpe", "excusez-moi", "entschuldigen Sie", "mi scusi", "com licença"},
    {"sorry", "lo siento", "désolé", "Entschuldigung", "mi dispiace", "desculpe"},
  };

  private final Map<String, String> entries = new HashMap<>();

  public Phrasebook() {
    for (String[] row : PHRASES) {
      for (int i = 0; i < LANGUAGES.length; i++) {
        entries.put(row[0] + "|" + LANGUAGES[i], row[i + 1]);
      }
    }
  }

  /** The translation of an English phrase into {@code target}, if the phrasebook has it. */
  public Optional<String> translate(String englishText, Language target) {
    String key =
        TRAILING_PUNCTUATION.matcher(englishText.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    return Optional.ofNullable(entries.get(key + "|" + target.code()));
  }

  /** The phrases it knows, for the message that says what it cannot do. */
  public static String knownPhrases() {
    StringBuilder out = new StringBuilder();
    for (String[] row : PHRASES) {
      out.append(out.length() == 0 ? "" : ", ").append('"').append(row[0]).append('"');
    }
    return out.toString();
  }

  /** The target languages it covers. */
  public static String knownLanguages() {
    return String.join(", ", LANGUAGES);
  }
}
