package ai.dialer.plugins.translate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages the translator names, by ISO 639-1 code and English name. */
public record Language(String code, String name) {
  private static final Map<String, Language> BY_CODE = new LinkedHashMap<>();
  private static final Map<String, Language> BY_NAME = new LinkedHashMap<>();

  static {
    String[][] table = {
      {"en", "English"}, {"es", "Spanish"}, {"fr", "French"}, {"de", "German"},
      {"it", "Italian"}, {"pt", "Portuguese"}, {"nl", "Dutch"}, {"sv", "Swedish"},
      {"da", "Danish"}, {"no", "Norwegian"}, {"fi", "Finnish"}, {"pl", "Polish"},
      {"cs", "Czech"}, {"ro", "Romanian"}, {"hu", "Hungarian"}, {"el", "Greek"},
      {"tr", "Turkish"}, {"ru", "Russian"}, {"uk", "Ukrainian"}, {"ar", "Arabic"},
      {"he", "Hebrew"}, {"hi", "Hindi"}, {"bn", "Bengali"}, {"zh", "Chinese"},
      {"ja", "Japanese"}, {"ko", "Korean"}, {"vi", "Vietnamese"}, {"th", "Thai"},
      {"id", "Indonesian"}, {"ms", "Malay"}, {"sw", "Swahili"}
    };
    for (String[] row : table) {
      Language language = new Language(row[0], row[1]);
      BY_CODE.put(row[0], language);
      BY_NAME.put(row[1].toLowerCase(Locale.ROOT), language);
    }
  }

  /** A language by code ({@code es}, {@code ES}) or English name ({@code Spanish}). */
  public static Optional<Language> find(String codeOrName) {
    String key = codeOrName.strip().toLowerCase(Locale.ROOT);
    Language language = BY_CODE.get(key);
    return Optional.ofNullable(language != null ? language : BY_NAME.get(key));
  }

  /** Every language, for a message that lists them. */
  public static String known() {
    StringBuilder out = new StringBuilder();
    for (Language language : BY_CODE.values()) {
      out.append(out.length() == 0 ? "" : ", ")
          .append(language.name())
          .append(" (")
          .append(language.code())
          .append(')');
    }
    return out.toString();
  }
}
