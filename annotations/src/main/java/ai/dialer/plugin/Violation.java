package ai.dialer.plugin;

/**
 * One thing wrong with a context.
 *
 * @param path where, as a JSON Pointer into the context ({@code /conversation/2/role})
 * @param code a stable code: {@code missing}, {@code null}, {@code type}, {@code invalid}, …
 * @param message a sentence a person or a language model can act on
 * @param expected what was expected, where that is useful ({@code ">= 1"}, {@code "string"}), or
 *     null
 * @param actual what was sent, where that is useful, or null
 */
public record Violation(String path, String code, String message, String expected, String actual) {
  public Violation(String path, String code, String message) {
    this(path, code, message, null, null);
  }

  /** The key the violation is about, in dotted form ({@code conversation.2.role}). */
  public String field() {
    if (path.isEmpty()) {
      return "";
    }
    String field = path.substring(1).replace('/', '.');
    return field.indexOf('~') < 0 ? field : field.replace("~1", "/").replace("~0", "~");
  }
}
