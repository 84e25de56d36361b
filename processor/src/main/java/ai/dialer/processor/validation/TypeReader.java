package ai.dialer.processor.validation;

import ai.dialer.processor.ConstraintMessages;
import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Messages;
import ai.dialer.processor.Names;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumConstant;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.model.ValueType.ScalarKind;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Turns a Java type into a {@link ValueType}, or reports why the generated code cannot read or
 * write it, naming the path inside nested records ({@code conversation[].role}).
 */
final class TypeReader {
  private final Diagnostics diagnostics;
  private final FieldReader fields;

  /** Records already read; a record being read is here too, so a record can contain itself. */
  private final Map<String, RecordType> records = new HashMap<>();

  /** Enums already read, or null for one reported as invalid. */
  private final Map<String, ValueType> enums = new HashMap<>();

  /** Records already reported as invalid, so that each is reported once. */
  private final Map<String, Boolean> invalidRecords = new HashMap<>();

  TypeReader(Diagnostics diagnostics, FieldReader fields) {
    this.diagnostics = diagnostics;
    this.fields = fields;
  }

  /**
   * Reads {@code type}, reporting on {@code where}.
   *
   * @param allowOptional whether {@code Optional} may stand here (a parameter or record component,
   *     not an element of a collection)
   * @return the type, or null after reporting an error
   * @throws DeferException if the type does not exist yet
   */
  ValueType read(TypeMirror type, String path, Element where, boolean allowOptional) {
    switch (type.getKind()) {
      case ERROR:
        throw new DeferException();
      case BOOLEAN:
        return new Scalar(ScalarKind.BOOLEAN, TypeName.BOOLEAN);
      case INT:
        return new Scalar(ScalarKind.INT, TypeName.INT);
      case LONG:
        return new Scalar(ScalarKind.LONG, TypeName.LONG);
      case DOUBLE:
        return new Scalar(ScalarKind.DOUBLE, TypeName.DOUBLE);
      case DECLARED:
        return readDeclared((DeclaredType) type, path, where, allowOptional);
      case TYPEVAR:
        return unsupported(path, type, where, "which is a type variable");
      case WILDCARD:
        return unsupported(path, type, where, "which is a wildcard");
      default:
        return unsupported(path, type, where, "which has no JSON form");
    }
  }

  private ValueType readDeclared(
      DeclaredType type, String path, Element where, boolean allowOptional) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.lang.String":
        return new Scalar(ScalarKind.STRING, ClassName.get(String.class));
      case "java.lang.Boolean":
        return new Scalar(ScalarKind.BOOLEAN, ClassName.get(Boolean.class));
      case "java.lang.Integer":
        return new Scalar(ScalarKind.INT, ClassName.get(Integer.class));
      case "java.lang.Long":
        return new Scalar(ScalarKind.LONG, ClassName.get(Long.class));
      case "java.lang.Double":
        return new Scalar(ScalarKind.DOUBLE, ClassName.get(Double.class));
      case "java.math.BigDecimal":
        return new Scalar(ScalarKind.DECIMAL, ClassName.get("java.math", "BigDecimal"));
      case "java.time.LocalDate":
        return new Scalar(ScalarKind.DATE, ClassName.get("java.time", "LocalDate"));
      case "java.time.LocalTime":
        return new Scalar(ScalarKind.TIME, ClassName.get("java.time", "LocalTime"));
      case "java.time.OffsetDateTime":
        return new Scalar(ScalarKind.DATE_TIME, ClassName.get("java.time", "OffsetDateTime"));
      case "java.time.Instant":
        return new Scalar(ScalarKind.INSTANT, ClassName.get("java.time", "Instant"));
      case "ai.dialer.plugin.JsonValue":
        return new Scalar(ScalarKind.JSON, Names.JSON_VALUE);
      case "java.util.List":
      case "java.util.Set":
        {
          if (arguments.isEmpty()) {
            return unsupported(path, type, where, "which is a raw type");
          }
          ValueType elementType = read(arguments.get(0), path + "[]", where, false);
          return elementType == null
              ? null
              : new ListType(elementType, name.equals("java.util.Set"));
        }
      case "java.util.Map":
        {
          if (arguments.isEmpty()) {
            return unsupported(path, type, where, "which is a raw type");
          }
          TypeMirror keyType = arguments.get(0);
          if (keyType.getKind() == TypeKind.ERROR) {
            throw new DeferException();
          }
          if (!keyType.toString().equals("java.lang.String")) {
            return unsupported(path, type, where, "whose keys are not String (JSON keys are)");
          }
          ValueType valueType = read(arguments.get(1), path + "{}", where, false);
          return valueType == null ? null : new MapType(valueType);
        }
      case "java.util.Optional":
        {
          if (!allowOptional) {
            return unsupported(
                path, type, where, "and Optional only stands for a whole parameter or component");
          }
          if (arguments.isEmpty()) {
            return unsupported(path, type, where, "which is a raw type");
          }
          if (isOptional(arguments.get(0))) {
            return unsupported(
                path, type, where, "an Optional inside an Optional, which JSON cannot tell apart");
          }
          ValueType elementType = read(arguments.get(0), path, where, false);
          return elementType == null ? null : new OptionalType(elementType);
        }
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      if (!isAccessible(element)) {
        return unsupported(path, type, where, "which is not public");
      }
      return readEnum(element, path, where);
    }
    if (element.getKind() == ElementKind.RECORD) {
      return readRecord(element, type, path, where);
    }
    return unsupported(
        path, type, where, "which is neither a record, an enum nor a supported value type");
  }

  private static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional");
  }

  /** Each enum read once, so that a mistake in it is reported once, wherever it is used. */
  private ValueType readEnum(TypeElement element, String path, Element where) {
    String key = element.getQualifiedName().toString();
    if (enums.containsKey(key)) {
      return enums.get(key);
    }
    ValueType read = readEnumOnce(element, path, where);
    enums.put(key, read);
    return read;
  }

  private ValueType readEnumOnce(TypeElement element, String path, Element where) {
    List<EnumConstant> constants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String javaName = enclosed.getSimpleName().toString();
      AnnotationMirror wire = Annotations.find(enclosed, Names.WIRE_VALUE);
      String wireValue = wire == null ? javaName : Annotations.string(wire, "value");
      if (wireValue.isEmpty() || !seen.add(wireValue)) {
        diagnostics.error(
            enclosed,
            wire,
            ConstraintMessages.badWireValue(
                element.getSimpleName().toString(),
                wireValue.isEmpty()
                    ? javaName + " has an empty one"
                    : "\"" + wireValue + "\" is used twice"));
        return null;
      }
      constants.add(new EnumConstant(javaName, wireValue));
    }
    if (constants.isEmpty()) {
      return unsupported(path, element.asType(), where, "which is an enum without constants");
    }
    return new EnumType(ClassName.get(element), constants);
  }

  private ValueType readRecord(TypeElement element, TypeMirror type, String path, Element where) {
    String key = element.getQualifiedName().toString();
    RecordType known = records.get(key);
    if (known != null) {
      return known;
    }
    if (invalidRecords.containsKey(key)) {
      return null;
    }
    if (!element.getTypeParameters().isEmpty()) {
      return unsupported(path, type, where, "which is a generic record");
    }
    if (!isAccessible(element)) {
      return unsupported(path, type, where, "which is not public");
    }
    RecordType record = new RecordType(ClassName.get(element));
    records.put(key, record);
    int errorsBefore = diagnostics.errorCount();
    List<FieldModel> read = new ArrayList<>();
    List<RecordComponentElement> declaring = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      FieldModel field = fields.readComponent(component, path, where);
      if (field != null) {
        read.add(field);
        declaring.add(component);
      }
    }
    if (diagnostics.errorCount() != errorsBefore) {
      records.remove(key);
      invalidRecords.put(key, Boolean.TRUE);
      return null;
    }
    fields.checkUniqueKeys(read, declaring, "record \"" + element.getSimpleName() + "\"");
    record.fields().addAll(read);
    List<String> cycle = requiredCycle(record, record, new ArrayList<>(), new HashSet<>());
    if (cycle != null) {
      diagnostics.error(where, ConstraintMessages.endlessRecord(path, String.join(" -> ", cycle)));
      records.remove(key);
      invalidRecords.put(key, Boolean.TRUE);
      return null;
    }
    return record;
  }

  /**
   * The required components that lead from {@code current} back to {@code start} (not through a
   * list, a map or an optional, which may be empty), or null: a record that requires itself has no
   * finite JSON document.
   */
  private static List<String> requiredCycle(
      RecordType start, RecordType current, List<String> path, Set<RecordType> visited) {
    for (FieldModel field : current.fields()) {
      if (field.required() && field.type() instanceof RecordType next) {
        path.add(current.typeName().simpleName() + "." + field.javaName());
        if (next == start) {
          path.add(start.typeName().simpleName());
          return path;
        }
        if (visited.add(next)) {
          List<String> found = requiredCycle(start, next, path, visited);
          if (found != null) {
            return found;
          }
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  private static boolean isAccessible(TypeElement element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      if (e.getEnclosingElement() instanceof TypeElement
          && !e.getModifiers().contains(Modifier.STATIC)
          && e.getKind() == ElementKind.CLASS) {
        return false;
      }
    }
    return true;
  }

  private ValueType unsupported(String path, TypeMirror type, Element where, String why) {
    diagnostics.error(where, Messages.unsupportedType(path, type.toString(), why));
    return null;
  }
}
