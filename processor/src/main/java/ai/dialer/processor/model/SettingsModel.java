package ai.dialer.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @Settings} record, ready for the writer.
 *
 * @param element the record, for diagnostics and originating elements
 * @param className the record, as generated code names it
 * @param settings its components, in order
 */
public record SettingsModel(TypeElement element, ClassName className, List<SettingModel> settings) {
  /** What a setting's value is read as. */
  public enum Kind {
    STRING("text", "string"),
    SECRET("a secret", "secret"),
    BOOLEAN("true or false", "bool"),
    INT("a whole number", "integer"),
    LONG("a whole number", "longValue"),
    DOUBLE("a number", "decimal"),
    URL("an http or https URL", "url"),
    PATH("a file system path", "path"),
    DURATION("an ISO-8601 duration such as PT30S", "duration"),
    ENUM(null, "choice");

    /** What the value is, in words, for {@code --help}. */
    public final String words;

    /** The {@code SettingsReader} method that reads it. */
    public final String reader;

    Kind(String words, String reader) {
      this.words = words;
      this.reader = reader;
    }
  }

  /**
   * One component: one variable.
   *
   * @param component the component's name in Java
   * @param variable the variable's full name ({@code WEATHER_PLUGIN_FORECAST_URL})
   * @param kind how its value is read
   * @param optional whether the component is an {@code Optional}
   * @param defaultValue the default as written in the environment, or null
   * @param description what it does
   * @param enumType the enum, for {@link Kind#ENUM}
   * @param constants the enum's constants, for {@link Kind#ENUM}
   */
  public record SettingModel(
      String component,
      String variable,
      Kind kind,
      boolean optional,
      String defaultValue,
      String description,
      ClassName enumType,
      List<String> constants) {
    /** Whether start-up fails without it. */
    public boolean required() {
      return !optional && defaultValue == null;
    }

    public String words() {
      return kind == Kind.ENUM ? "one of " + String.join(", ", constants) : kind.words;
    }
  }
}
