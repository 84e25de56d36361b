package ai.dialer.processor.writing.validator;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.writing.GeneratedClass;
import ai.dialer.processor.writing.GeneratedFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes how one value is read: a {@code Read} call for a scalar, a helper method of the class for
 * an enum, a list, a set, a map or a record ({@code readTurn}, {@code readListOfTurn}), and the
 * literal or constant of a default.
 *
 * <p>Every reader starts with the parser at the value (never JSON {@code null}: the caller handles
 * that) and leaves it at the value's last token. It returns the value, or {@code null} after it
 * reported a violation, also one inside the value.
 */
final class ValueReaders {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

  private final GeneratedClass generated;
  private final ObjectReader objects;

  ValueReaders(GeneratedClass generated, ObjectReader objects) {
    this.generated = generated;
    this.objects = objects;
  }

  /** An expression that reads the value the parser is at as {@code type}, at {@code path}. */
  CodeBlock read(ValueType type, CodeBlock path) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T.$L(parser, $L, violations)", Names.READ, scalarMethod(scalar), path);
    }
    return CodeBlock.of("$N(parser, $L, violations)", helper(type), path);
  }

  private static String scalarMethod(Scalar scalar) {
    return switch (scalar.kind()) {
      case STRING -> "string";
      case BOOLEAN -> "bool";
      case INT -> "int32";
      case LONG -> "int64";
      case DOUBLE -> "float64";
      case DECIMAL -> "decimal";
      case DATE -> "date";
      case TIME -> "time";
      case DATE_TIME -> "dateTime";
      case INSTANT -> "instant";
      case JSON -> "json";
    };
  }

  /**
   * The default of a field as an expression: a literal for a scalar or an enum, else a constant
   * ({@code TAGS_DEFAULT}) read once from the JSON the processor checked.
   */
  CodeBlock defaultValue(ValueType type, String json, String constantName) {
    if (type instanceof Scalar scalar) {
      String text = scalar.jsonType().equals("string") ? jsonString(json) : json;
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("$S", text);
        case BOOLEAN, INT -> CodeBlock.of("$L", json);
        case LONG -> CodeBlock.of("$LL", json);
        case DOUBLE -> CodeBlock.of("$Ld", json);
        case DECIMAL -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class, json);
        case DATE -> CodeBlock.of("$T.parseDate($S)", Names.STRING_FORMAT, text);
        case TIME -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "LocalTime"), text);
        case DATE_TIME -> CodeBlock.of("$T.parseDateTime($S)", Names.STRING_FORMAT, text);
        case INSTANT -> CodeBlock.of("$T.parseDateTime($S).toInstant()", Names.STRING_FORMAT, text);
        case JSON -> CodeBlock.of("$T.raw($S)", Names.JSON_VALUE, json);
      };
    }
    if (type instanceof EnumType enumType) {
      String wire = jsonString(json);
      for (ValueType.EnumConstant constant : enumType.constants()) {
        if (constant.wireValue().equals(wire)) {
          return CodeBlock.of("$T.$N", enumType.typeName(), constant.javaName());
        }
      }
      throw new IllegalStateException("A checked enum default is no constant: " + json);
    }
    String constant =
        generated.constant(
            constantName + "_DEFAULT",
            type.typeName(),
            CodeBlock.of(
                "$T.decodeTrusted($S,$Wparser -> $N(parser, $S, new $T()))",
                Names.JSON,
                json,
                helper(type),
                "",
                Names.VIOLATIONS));
    return CodeBlock.of("$N", constant);
  }

  /** The text of a JSON string literal (textual defaults are kept that way). */
  private static String jsonString(String json) {
    try {
      return JSON.readTree(json).textValue();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A checked default is not JSON: " + json, e);
    }
  }

  /** The name of the helper that reads {@code type}, writing it the first time. */
  private String helper(ValueType type) {
    return generated.helper("read", type, name -> helperMethod(name, type));
  }

  private MethodSpec helperMethod(String name, ValueType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type.typeName().box())
            .addParameter(Names.JSON_PARSER, "parser")
            .addParameter(String.class, "path")
            .addParameter(Names.VIOLATIONS, "violations")
            .addException(IOException.class);
    if (type instanceof EnumType enumType) {
      writeEnum(method, enumType);
    } else if (type instanceof ListType list) {
      writeList(method, list);
    } else if (type instanceof MapType map) {
      writeMap(method, map);
    } else if (type instanceof RecordType record) {
      writeRecord(method, record);
    } else {
      throw new IllegalStateException("No helper reads " + type);
    }
    return method.build();
  }

  private void writeEnum(MethodSpec.Builder method, EnumType enumType) {
    method.beginControlFlow("if (parser.currentToken() == $T.VALUE_STRING)", Names.JSON_TOKEN);
    method.beginControlFlow("switch (parser.getText())");
    for (ValueType.EnumConstant constant : enumType.constants()) {
      method.addCode("case $S:\n$>", constant.wireValue());
      method.addStatement("return $T.$N", enumType.typeName(), constant.javaName());
      method.addCode("$<");
    }
    method.endControlFlow();
    method.endControlFlow();
    String wireValues =
        enumType.wireValues().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    method.addStatement("$T.notOneOf(parser, path, violations, $S)", Names.READ, wireValues);
    method.addStatement("return null");
  }

  private static boolean isJson(ValueType type) {
    return type instanceof Scalar scalar && scalar.kind() == ValueType.ScalarKind.JSON;
  }

  private void writeList(MethodSpec.Builder method, ListType list) {
    TypeName element = list.element().typeName().box();
    ClassName collection = ClassName.get("java.util", list.isSet() ? "Set" : "List");
    ClassName implementation =
        ClassName.get("java.util", list.isSet() ? "LinkedHashSet" : "ArrayList");
    method
        .beginControlFlow("if (!$T.isArray(parser, path, violations))", Names.READ)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int before = violations.count()")
        .addStatement(
            "$T items = new $T<>()", ParameterizedTypeName.get(collection, element), implementation)
        .beginControlFlow(
            "for (int i = 0; parser.nextToken() != $T.END_ARRAY; i++)", Names.JSON_TOKEN)
        .addStatement("String itemPath = path + \"/\" + i");
    if (isJson(list.element())) {
      // Any JSON value, null included: JsonValue.NULL.
      method.addStatement("items.add($L)", read(list.element(), CodeBlock.of("itemPath")));
    } else {
      method
          .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Names.JSON_TOKEN)
          .addStatement("violations.nullValue(itemPath)")
          .nextControlFlow("else")
          .addStatement("items.add($L)", read(list.element(), CodeBlock.of("itemPath")))
          .endControlFlow();
    }
    method
        .endControlFlow()
        .addStatement(
            "return violations.count() == before ? $T.$L(items) : null",
            COLLECTIONS,
            list.isSet() ? "unmodifiableSet" : "unmodifiableList");
  }

  private void writeMap(MethodSpec.Builder method, MapType map) {
    TypeName value = map.value().typeName().box();
    method
        .beginControlFlow("if (!$T.isObject(parser, path, violations))", Names.READ)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int before = violations.count()")
        .addStatement(
            "$T entries = new $T<>()",
            ParameterizedTypeName.get(
                ClassName.get("java.util", "Map"), ClassName.get(String.class), value),
            ClassName.get("java.util", "LinkedHashMap"))
        .beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", Names.JSON_TOKEN)
        .addStatement("String key = parser.currentName()")
        .addStatement("String entryPath = $T.child(path, key)", Names.READ);
    if (isJson(map.value())) {
      // Any JSON value, null included: JsonValue.NULL.
      method
          .addStatement("parser.nextToken()")
          .addStatement("entries.put(key, $L)", read(map.value(), CodeBlock.of("entryPath")));
    } else {
      method
          .beginControlFlow("if (parser.nextToken() == $T.VALUE_NULL)", Names.JSON_TOKEN)
          .addStatement("violations.nullValue(entryPath)")
          .nextControlFlow("else")
          .addStatement("entries.put(key, $L)", read(map.value(), CodeBlock.of("entryPath")))
          .endControlFlow();
    }
    method
        .endControlFlow()
        .addStatement(
            "return violations.count() == before ? $T.unmodifiableMap(entries) : null",
            COLLECTIONS);
  }

  private void writeRecord(MethodSpec.Builder method, RecordType record) {
    method
        .beginControlFlow("if (!$T.isObject(parser, path, violations))", Names.READ)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int before = violations.count()");
    NameAllocator locals = ObjectReader.locals("parser", "path", "violations", "before", "e");
    Map<FieldModel, String> localsByField = new HashMap<>();
    String prefix = GeneratedClass.constantCase(record.typeName().simpleName()) + "_";
    method.addCode(
        objects.read(record.fields(), true, List.of(), prefix, List.of(), localsByField, locals));
    List<String> arguments = new ArrayList<>();
    record.fields().forEach(field -> arguments.add(localsByField.get(field)));
    method
        .beginControlFlow("if (violations.count() != before)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return new $T($L)", record.typeName(), GeneratedFiles.arguments(arguments))
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addComment("The record's own constructor refused the values: its message says why.")
        .addStatement("$T.rejected(path, e, violations)", Names.READ)
        .addStatement("return null")
        .endControlFlow();
  }
}
