package ai.dialer.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/** A type the generated code can decode from JSON or encode to it. */
public sealed interface ValueType {
  /** The Java type, as generated code spells it. */
  TypeName typeName();

  /** The JSON Schema type keyword: string, integer, number, boolean, array, object or null. */
  String jsonType();

  /** A key unique per Java type, used to name generated helper methods once per type. */
  default String key() {
    return typeName().toString();
  }

  enum ScalarKind {
    STRING("string"),
    BOOLEAN("boolean"),
    INT("integer"),
    LONG("integer"),
    DOUBLE("number"),
    DECIMAL("number"),
    DATE("string"),
    TIME("string"),
    DATE_TIME("string"),
    INSTANT("string"),
    /** {@code JsonValue}: any JSON value, kept as its text. */
    JSON("any");

    public final String jsonType;

    ScalarKind(String jsonType) {
      this.jsonType = jsonType;
    }
  }

  record Scalar(ScalarKind kind, TypeName typeName) implements ValueType {
    public boolean primitive() {
      return typeName.isPrimitive();
    }

    public boolean isNumber() {
      return kind == ScalarKind.INT
          || kind == ScalarKind.LONG
          || kind == ScalarKind.DOUBLE
          || kind == ScalarKind.DECIMAL;
    }

    @Override
    public String jsonType() {
      return kind.jsonType;
    }
  }

  /** An enum constant and its value on the wire (its name, or its {@code @WireValue}). */
  record EnumConstant(String javaName, String wireValue) {}

  record EnumType(ClassName typeName, List<EnumConstant> constants) implements ValueType {
    @Override
    public String jsonType() {
      return "string";
    }

    public List<String> wireValues() {
      return constants.stream().map(EnumConstant::wireValue).toList();
    }

    public boolean renamed() {
      return constants.stream().anyMatch(c -> !c.javaName().equals(c.wireValue()));
    }
  }

  record ListType(ValueType element, boolean isSet) implements ValueType {
    @Override
    public TypeName typeName() {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", isSet ? "Set" : "List"), element.typeName().box());
    }

    @Override
    public String jsonType() {
      return "array";
    }
  }

  record MapType(ValueType value) implements ValueType {
    @Override
    public TypeName typeName() {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", "Map"), ClassName.get(String.class), value.typeName().box());
    }

    @Override
    public String jsonType() {
      return "object";
    }
  }

  record OptionalType(ValueType element) implements ValueType {
    @Override
    public TypeName typeName() {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", "Optional"), element.typeName().box());
    }

    @Override
    public String jsonType() {
      return element.jsonType();
    }
  }

  /**
   * A record, read as a JSON object with one key per component. Its fields are filled after it is
   * registered, so that a record can contain itself (a tree of replies).
   */
  final class RecordType implements ValueType {
    private final ClassName typeName;
    private final List<FieldModel> fields = new ArrayList<>();

    public RecordType(ClassName typeName) {
      this.typeName = typeName;
    }

    @Override
    public ClassName typeName() {
      return typeName;
    }

    @Override
    public String jsonType() {
      return "object";
    }

    public List<FieldModel> fields() {
      return fields;
    }
  }

  /** Only as a result: the action returns nothing, written as {@code null}. */
  record VoidType() implements ValueType {
    @Override
    public TypeName typeName() {
      return TypeName.VOID;
    }

    @Override
    public String jsonType() {
      return "null";
    }
  }
}
