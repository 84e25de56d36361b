package ai.dialer.processor.validation;

import ai.dialer.processor.ConstraintMessages;
import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Messages;
import ai.dialer.processor.Names;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Reads one key of a JSON object: an action parameter or a record component. */
public final class FieldReader {
  private static final Pattern WIRE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private final Diagnostics diagnostics;
  private final TypeReader types;
  private final ConstraintReader constraints;

  public FieldReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.types = new TypeReader(diagnostics, this);
    this.constraints = new ConstraintReader(diagnostics);
  }

  /** An action parameter: {@code @Param} with a description is required. Null after an error. */
  FieldModel readParameter(VariableElement parameter, String method) {
    AnnotationMirror param = Annotations.find(parameter, Names.PARAM);
    String javaName = parameter.getSimpleName().toString();
    if (param == null) {
      diagnostics.error(parameter, Messages.paramMissing(javaName, method));
      return null;
    }
    return read(parameter, parameter, javaName, parameter.asType(), param, true, "");
  }

  /** A record component: {@code @Param} is optional. Null after an error. */
  FieldModel readComponent(RecordComponentElement component, String parentPath, Element where) {
    AnnotationMirror param = Annotations.find(component, Names.PARAM);
    return read(
        where,
        component,
        component.getSimpleName().toString(),
        component.asType(),
        param,
        false,
        parentPath.isEmpty() ? "" : parentPath + ".");
  }

  private FieldModel read(
      Element where,
      Element annotated,
      String javaName,
      TypeMirror typeMirror,
      AnnotationMirror param,
      boolean descriptionRequired,
      String pathPrefix) {
    String declaredName = param == null ? "" : Annotations.string(param, "name");
    String wireName = declaredName.isEmpty() ? Names.snakeCase(javaName) : declaredName;
    String description = param == null ? "" : Annotations.string(param, "description");
    int errorsBefore = diagnostics.errorCount();

    if (!WIRE_NAME.matcher(wireName).matches()) {
      report(where, param, "name", Messages.wireNameInvalid(wireName));
    }
    if (descriptionRequired && description.isBlank()) {
      report(where, param, "description", Messages.descriptionMissing(javaName));
    }
    if (description.length() > PluginReader.LONG_DESCRIPTION) {
      diagnostics.warning(
          where,
          param,
          "description",
          Messages.longDescription(wireName, description.length(), PluginReader.LONG_DESCRIPTION));
    }
    ValueType type = types.read(typeMirror, pathPrefix + wireName, where, true);

    String defaultText =
        param == null ? Names.NO_DEFAULT : Annotations.string(param, "defaultValue");
    boolean hasDefault = !defaultText.equals(Names.NO_DEFAULT);
    AnnotationValue explicitRequired =
        param == null ? null : Diagnostics.explicitValue(param, "required");
    boolean requiredFlag = explicitRequired == null || (Boolean) explicitRequired.getValue();
    if (hasDefault && explicitRequired != null && requiredFlag) {
      report(where, param, "required", ConstraintMessages.requiredWithDefault(wireName));
    }
    boolean required = requiredFlag && !hasDefault && !(type instanceof OptionalType);
    if (type instanceof Scalar scalar && scalar.primitive() && !required && !hasDefault) {
      report(
          where,
          param,
          "required",
          ConstraintMessages.optionalPrimitive(wireName, typeMirror.toString()));
    }
    // Where the constraints sit on a record component, report on it only if it is in this source.
    Constraints declared = constraints.read(annotated, type, wireName);
    String defaultJson = null;
    List<String> examples = new ArrayList<>();
    if (type != null && declared != null) {
      ValueType valueType = type instanceof OptionalType optional ? optional.element() : type;
      if (hasDefault) {
        DefaultValues.Result result = DefaultValues.canonical(defaultText, valueType, declared);
        if (result.problem() != null) {
          report(
              where,
              param,
              "defaultValue",
              ConstraintMessages.badDefault(wireName, defaultText, result.problem()));
        }
        defaultJson = result.json();
      }
      List<String> written =
          param == null ? List.<String>of() : Annotations.strings(param, "examples");
      for (int i = 0; i < written.size(); i++) {
        DefaultValues.Result result = DefaultValues.canonical(written.get(i), valueType, declared);
        if (result.problem() != null) {
          report(
              where,
              param,
              "examples",
              ConstraintMessages.badExample(
                  wireName, written.get(i), i, written.size(), result.problem()));
        }
        examples.add(result.json());
      }
    }
    if (diagnostics.errorCount() != errorsBefore || declared == null) {
      return null;
    }
    return new FieldModel(
        javaName,
        wireName,
        description,
        type,
        required,
        defaultJson,
        declared,
        List.copyOf(examples));
  }

  /**
   * Reports every key used twice among {@code fields}, on the element that declares it the second
   * time ({@code elements} holds each field's parameter or record component).
   */
  void checkUniqueKeys(List<FieldModel> fields, List<? extends Element> elements, String scope) {
    Map<String, FieldModel> seen = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldModel field = fields.get(i);
      FieldModel first = seen.putIfAbsent(field.wireName(), field);
      if (first != null) {
        diagnostics.error(
            Annotations.positioned(elements.get(i)),
            Messages.duplicateKey(field.wireName(), scope, first.javaName(), field.javaName()));
      }
    }
  }

  /** The reader for result types, which share the records already read for parameters. */
  TypeReader types() {
    return types;
  }

  private void report(Element where, AnnotationMirror param, String member, String message) {
    if (param == null) {
      diagnostics.error(where, message);
    } else {
      diagnostics.error(where, param, member, message);
    }
  }
}
