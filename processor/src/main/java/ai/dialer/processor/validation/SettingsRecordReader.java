package ai.dialer.processor.validation;

import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Messages;
import ai.dialer.processor.Names;
import ai.dialer.processor.SettingsMessages;
import ai.dialer.processor.model.SettingsModel;
import ai.dialer.processor.model.SettingsModel.Kind;
import ai.dialer.processor.model.SettingsModel.SettingModel;
import com.palantir.javapoet.ClassName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates one {@code @Settings} record and reads it into a {@link SettingsModel}. Every problem
 * is reported on its component; a record with any problem yields no model.
 */
public final class SettingsRecordReader {
  private static final Pattern PREFIX = Pattern.compile("([A-Z][A-Z0-9_]*)?");
  private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");

  private final Diagnostics diagnostics;

  public SettingsRecordReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @return the model, or null if anything was reported
   * @throws DeferException if a component refers to a type that does not exist yet
   */
  public SettingsModel read(TypeElement type) {
    AnnotationMirror settings = Annotations.find(type, Names.SETTINGS);
    String name = type.getQualifiedName().toString();
    int errorsBefore = diagnostics.errorCount();
    if (type.getKind() != ElementKind.RECORD) {
      diagnostics.error(type, settings, SettingsMessages.settingsNotRecord(name));
      return null;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error(type, settings, Messages.notPublic(name));
        return null;
      }
    }
    String prefix = Annotations.string(settings, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      diagnostics.error(
          type, settings, "prefix", SettingsMessages.settingsPrefixInvalid(name, prefix));
      return null;
    }
    List<SettingModel> read = new ArrayList<>();
    Set<String> variables = new HashSet<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      SettingModel setting = component(component, prefix);
      if (setting != null && !variables.add(setting.variable())) {
        diagnostics.error(
            Annotations.positioned(component),
            SettingsMessages.duplicateSetting(setting.variable(), name, name));
      }
      if (setting != null) {
        read.add(setting);
      }
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    return new SettingsModel(type, ClassName.get(type), read);
  }

  private SettingModel component(RecordComponentElement recordComponent, String prefix) {
    String javaName = recordComponent.getSimpleName().toString();
    AnnotationMirror values = Annotations.find(recordComponent, Names.SETTING);
    // javac places no diagnostic on a record component; its field stands in the same place (and
    // carries no annotation to point at).
    Element component = Annotations.positioned(recordComponent);
    AnnotationMirror setting = component == recordComponent ? values : null;
    if (values == null) {
      diagnostics.error(component, SettingsMessages.settingMissing(javaName));
      return null;
    }
    String declaredName = Annotations.string(values, "name");
    String name =
        declaredName.isEmpty() ? Names.snakeCase(javaName).toUpperCase(Locale.ROOT) : declaredName;
    String variable = prefix.isEmpty() ? name : prefix + "_" + name;
    int errorsBefore = diagnostics.errorCount();
    if (!VARIABLE.matcher(variable).matches()) {
      diagnostics.error(component, setting, "name", SettingsMessages.settingNameInvalid(variable));
    }
    String description = Annotations.string(values, "description");
    if (description.isBlank()) {
      diagnostics.error(component, setting, "description", Messages.descriptionMissing(variable));
    }
    TypeMirror type = recordComponent.asType();
    boolean optional = isOptional(type);
    if (optional) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.isEmpty()) {
        diagnostics.error(component, SettingsMessages.settingType(variable, type.toString()));
        return null;
      }
      type = arguments.get(0);
    }
    Kind kind = kind(type);
    if (kind == null) {
      diagnostics.error(
          component, SettingsMessages.settingType(variable, recordComponent.asType().toString()));
      return null;
    }
    List<String> constants = new ArrayList<>();
    ClassName enumType = null;
    if (kind == Kind.ENUM) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      enumType = ClassName.get(element);
      for (Element enclosed : element.getEnclosedElements()) {
        if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(enclosed.getSimpleName().toString());
        }
      }
    }
    String defaultText = Annotations.string(values, "defaultValue");
    String defaultValue = defaultText.equals(Names.NO_DEFAULT) ? null : defaultText;
    if (defaultValue != null) {
      String problem = defaultProblem(kind, optional, defaultValue, constants);
      if (problem != null) {
        diagnostics.error(
            component,
            setting,
            "defaultValue",
            SettingsMessages.settingBadDefault(variable, problem));
      }
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    return new SettingModel(
        javaName,
        variable,
        kind,
        optional,
        defaultValue,
        description.strip(),
        enumType,
        List.copyOf(constants));
  }

  private static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional");
  }

  private static Kind kind(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        throw new DeferException();
      case BOOLEAN:
        return Kind.BOOLEAN;
      case INT:
        return Kind.INT;
      case LONG:
        return Kind.LONG;
      case DOUBLE:
        return Kind.DOUBLE;
      case DECLARED:
        break;
      default:
        return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return Kind.ENUM;
    }
    return switch (element.getQualifiedName().toString()) {
      case "java.lang.String" -> Kind.STRING;
      case Names.SECRET -> Kind.SECRET;
      case "java.lang.Boolean" -> Kind.BOOLEAN;
      case "java.lang.Integer" -> Kind.INT;
      case "java.lang.Long" -> Kind.LONG;
      case "java.lang.Double" -> Kind.DOUBLE;
      case "java.net.URI" -> Kind.URL;
      case "java.nio.file.Path" -> Kind.PATH;
      case "java.time.Duration" -> Kind.DURATION;
      default -> null;
    };
  }

  /** Why a default does not parse as its type, worded to follow "the default …", or null. */
  private static String defaultProblem(
      Kind kind, boolean optional, String value, List<String> constants) {
    if (kind == Kind.SECRET) {
      return "is a secret written in the source; leave the default out and set the variable";
    }
    if (optional) {
      return "is given to an Optional, which is empty when the variable is not set; use the"
          + " plain type with the default, or drop the default";
    }
    try {
      switch (kind) {
        case BOOLEAN -> {
          if (!value.equals("true") && !value.equals("false")) {
            return "\"" + value + "\" is not true or false";
          }
        }
        case INT -> Integer.parseInt(value);
        case LONG -> Long.parseLong(value);
        case DOUBLE -> Double.parseDouble(value);
        case URL -> {
          URI uri = new URI(value);
          if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
              || uri.getHost() == null) {
            return "\"" + value + "\" is not an http or https URL";
          }
        }
        case PATH -> Path.of(value);
        case DURATION -> Duration.parse(value);
        case ENUM -> {
          if (!constants.contains(value)) {
            return "\"" + value + "\" is not one of " + String.join(", ", constants);
          }
        }
        default -> {}
      }
      return null;
    } catch (Exception e) {
      return "\"" + value + "\" is not " + kind.words;
    }
  }
}
