package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the code that turns JSON into typed values for one generated class: one private helper
 * method per enum, collection and record type, and the statements that read one key with its
 * required/default/optional rule.
 */
final class DecoderWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TypeSpec.Builder generated;
  private final NameAllocator memberNames = new NameAllocator();
  private final Map<String, String> helperNames = new HashMap<>();

  private final boolean ignoreUnknownKeys;

  DecoderWriter(TypeSpec.Builder type, boolean ignoreUnknownKeys) {
    this.generated = type;
    this.ignoreUnknownKeys = ignoreUnknownKeys;
  }

  /**
   * Statements that report every key of {@code objectVar} outside {@code keys}, unless the plugin
   * ignores unknown keys.
   */
  CodeBlock rejectUnknownKeys(List<String> keys, String objectVar, CodeBlock path, NameAllocator locals) {
    if (ignoreUnknownKeys) {
      return CodeBlock.of("");
    }
    String constant = memberNames.newName("KEYS");
    generated.addField(
        FieldSpec.builder(String[].class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "{$L}",
                keys.stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", ")))
            .build());
    String iterator = locals.newName("keys");
    String key = locals.newName("key");
    CodeBlock.Builder code = CodeBlock.builder();
    code.beginControlFlow(
        "for ($T<String> $N = $N.fieldNames(); $N.hasNext(); )",
        ClassName.get("java.util", "Iterator"), iterator, objectVar, iterator);
    code.addStatement("String $N = $N.next()", key, iterator);
    if (keys.isEmpty()) {
      code.addStatement("$T.unknownKey($L, $N, $N, violations)", Names.DECODE, path, key, constant);
    } else {
      code.beginControlFlow("switch ($N)", key);
      code.add(
          keys.stream().map(k -> CodeBlock.of("case $S:", k)).collect(CodeBlock.joining("\n")));
      code.add("\n$>break;\n$<");
      code.add("default:\n$>");
      code.addStatement("$T.unknownKey($L, $N, $N, violations)", Names.DECODE, path, key, constant);
      code.add("$<");
      code.endControlFlow();
    }
    code.endControlFlow();
    return code.build();
  }

  /** Reserves a member name (a public method or a nested record) before helpers are named. */
  String reserve(String name) {
    return memberNames.newName(name);
  }

  /**
   * Statements that declare {@code local} and read {@code field} from {@code objectVar} into it,
   * recording violations; {@code basePath} is null at the top of the context, else the variable
   * holding the object's own path.
   */
  CodeBlock readField(
      FieldModel field, String objectVar, String basePath, String local, NameAllocator locals) {
    String nodeVar = locals.newName(local + "Node");
    CodeBlock path =
        basePath == null
            ? CodeBlock.of("$S", GeneratedFiles.pointerSegment(field.wireName()))
            : CodeBlock.of("$N + $S", basePath, GeneratedFiles.pointerSegment(field.wireName()));
    ValueType type = field.type();
    ValueType valueType = type instanceof OptionalType optional ? optional.element() : type;
    CodeBlock decoded = decode(valueType, CodeBlock.of("$N", nodeVar), path);
    boolean optional = type instanceof OptionalType;
    ClassName optionalClass = ClassName.get("java.util", "Optional");

    // Present and not null: decode, check constraints if it decoded, then store.
    CodeBlock.Builder present = CodeBlock.builder();
    if (field.constraints().isEmpty()) {
      present.addStatement(
          "$N = $L", local, optional ? CodeBlock.of("$T.ofNullable($L)", optionalClass, decoded) : decoded);
    } else {
      String before = locals.newName(local + "Before");
      String value = locals.newName(local + "Value");
      CodeBlock checks =
          constraintChecks(field, valueType, CodeBlock.of("$N", value), path, nodeVar);
      present.addStatement("int $N = violations.count()", before);
      present.addStatement("$T $N = $L", valueType.typeName(), value, decoded);
      present.beginControlFlow("if (violations.count() == $N)", before).add(checks).endControlFlow();
      present.addStatement(
          "$N = $L", local, optional ? CodeBlock.of("$T.ofNullable($N)", optionalClass, value) : CodeBlock.of("$N", value));
    }

    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T $N = $N.get($S)", Names.JSON_NODE, nodeVar, objectVar, field.wireName());
    if (field.required()) {
      code.addStatement("$T $N = $L", type.typeName(), local, zero(type));
      code.beginControlFlow("if ($N == null)", nodeVar)
          .addStatement("violations.missing($L)", path)
          .nextControlFlow("else if ($N.isNull())", nodeVar)
          .addStatement("violations.nullValue($L)", path)
          .nextControlFlow("else")
          .add(present.build())
          .endControlFlow();
      return code.build();
    }
    CodeBlock initial;
    if (field.defaultJson() != null) {
      CodeBlock value = defaultValue(valueType, field.defaultJson(), field.wireName());
      initial = optional ? CodeBlock.of("$T.of($L)", optionalClass, value) : value;
    } else if (optional) {
      initial = CodeBlock.of("$T.empty()", optionalClass);
    } else {
      initial = CodeBlock.of("null");
    }
    code.addStatement("$T $N = $L", type.typeName(), local, initial);
    code.beginControlFlow("if ($N != null && !$N.isNull())", nodeVar, nodeVar)
        .add(present.build())
        .endControlFlow();
    return code.build();
  }

  /** The checks of {@code field}'s constraints on {@code value}, which decoded without error. */
  private CodeBlock constraintChecks(
      FieldModel field, ValueType valueType, CodeBlock value, CodeBlock path, String nodeVar) {
    Constraints c = field.constraints();
    CodeBlock.Builder code = CodeBlock.builder();
    if (c.minimum() != null) {
      code.addStatement(
          "$T.minimum($L, $L, $L, $L, violations)",
          Names.CHECK, value, bound(valueType, c.minimum(), field.wireName()), c.minimumExclusive(), path);
    }
    if (c.maximum() != null) {
      code.addStatement(
          "$T.maximum($L, $L, $L, $L, violations)",
          Names.CHECK, value, bound(valueType, c.maximum(), field.wireName()), c.maximumExclusive(), path);
    }
    if (c.minLength() != null || c.maxLength() != null) {
      code.addStatement(
          "$T.length($L, $L, $L, $L, violations)",
          Names.CHECK,
          value,
          c.minLength() == null ? 0 : c.minLength(),
          c.maxLength() == null ? "Integer.MAX_VALUE" : c.maxLength().toString(),
          path);
    }
    if (c.pattern() != null) {
      String constant = memberNames.newName("PATTERN_" + constantName(field.wireName()));
      generated.addField(
          FieldSpec.builder(java.util.regex.Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.compile($S)", java.util.regex.Pattern.class, c.pattern())
              .build());
      code.addStatement("$T.pattern($L, $N, $L, violations)", Names.CHECK, value, constant, path);
    }
    if (!c.allowedValues().isEmpty()) {
      String constant = memberNames.newName("ALLOWED_" + constantName(field.wireName()));
      generated.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(ClassName.get("java.util", "Set"), ClassName.get(String.class)),
                  constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "$T.of($L)",
                  ClassName.get("java.util", "Set"),
                  c.allowedValues().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")))
              .build());
      String list = c.allowedValues().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
      code.addStatement("$T.allowed($L, $N, $S, $L, violations)", Names.CHECK, value, constant, list, path);
    }
    if (c.format() != null) {
      code.addStatement(
          "$T.format($L, $T.$L, $L, violations)",
          Names.CHECK, value, Names.STRING_FORMAT, c.format().toUpperCase(Locale.ROOT).replace('-', '_'), path);
    }
    if (c.minItems() != null || c.maxItems() != null) {
      code.addStatement(
          "$T.items($L, $L, $L, $L, violations)",
          Names.CHECK,
          value,
          c.minItems() == null ? 0 : c.minItems(),
          c.maxItems() == null ? "Integer.MAX_VALUE" : c.maxItems().toString(),
          path);
    }
    if (c.uniqueItems()) {
      if (((ListType) valueType).isSet()) {
        // The set folded duplicates as it decoded: fewer items than the array had means some repeated.
        code.beginControlFlow("if ($L.size() != $N.size())", value, nodeVar);
        code.addStatement(
            "violations.add($L, $S, $S, $S, null)",
            path,
            "unique",
            "\"" + field.wireName() + "\" must not hold the same item twice.",
            "unique items");
        code.endControlFlow();
      } else {
        code.addStatement("$T.unique($L, $L, violations)", Names.CHECK, value, path);
      }
    }
    return code.build();
  }

  private static CodeBlock bound(ValueType type, BigDecimal bound, String wireName) {
    Scalar scalar = (Scalar) type;
    switch (scalar.kind()) {
      case INT:
      case LONG:
        return CodeBlock.of("$LL", bound.toBigIntegerExact());
      case DOUBLE:
        return CodeBlock.of("$Ld", bound.toString());
      default:
        return CodeBlock.of("new $T($S)", BigDecimal.class, bound.toPlainString());
    }
  }

  private static String constantName(String wireName) {
    return wireName.toUpperCase(Locale.ROOT);
  }

  /** An expression that decodes {@code node} (never null, never JSON null) as {@code type}. */
  CodeBlock decode(ValueType type, CodeBlock node, CodeBlock path) {
    if (type instanceof Scalar scalar) {
      String method =
          switch (scalar.kind()) {
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
          };
      return CodeBlock.of("$T.$L($L, $L, violations)", Names.DECODE, method, node, path);
    }
    return CodeBlock.of("$N($L, $L, violations)", helper(type), node, path);
  }

  private static CodeBlock zero(ValueType type) {
    if (type instanceof Scalar scalar && scalar.primitive()) {
      return scalar.kind() == ValueType.ScalarKind.BOOLEAN ? CodeBlock.of("false") : CodeBlock.of("0");
    }
    if (type instanceof OptionalType) {
      return CodeBlock.of("$T.empty()", ClassName.get("java.util", "Optional"));
    }
    return CodeBlock.of("null");
  }

  /** A literal for scalar defaults; a constant decoded once from the checked JSON otherwise. */
  private CodeBlock defaultValue(ValueType type, String json, String wireName) {
    if (type instanceof Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return CodeBlock.of("$S", jsonString(json));
        case BOOLEAN:
        case INT:
          return CodeBlock.of("$L", json);
        case LONG:
          return CodeBlock.of("$LL", json);
        case DOUBLE:
          return CodeBlock.of("$Ld", json);
        default:
          break; // decoded once from the checked JSON, below
      }
    }
    if (type instanceof EnumType enumType) {
      String wire = jsonString(json);
      for (ValueType.EnumConstant constant : enumType.constants()) {
        if (constant.wireValue().equals(wire)) {
          return CodeBlock.of("$T.$N", enumType.typeName(), constant.javaName());
        }
      }
      throw new IllegalStateException("Checked enum default is no constant: " + json);
    }
    String constant = memberNames.newName("DEFAULT_" + wireName.toUpperCase(Locale.ROOT));
    addDefaultConstant(type, json, constant);
    return CodeBlock.of("$N", constant);
  }

  private void addDefaultConstant(ValueType valueType, String json, String constant) {
    generated.addField(
        FieldSpec.builder(
                valueType.typeName(),
                constant,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$N($T.parseTrusted($S), $S, new $T())",
                helper(valueType),
                Names.JSON,
                json,
                "",
                Names.VIOLATIONS)
            .build());
  }

  /** The text of a canonical JSON string literal (textual defaults are stored that way). */
  private static String jsonString(String json) {
    try {
      return JSON.readTree(json).textValue();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Canonical default is not JSON: " + json, e);
    }
  }

  /** The name of the helper that decodes {@code type}, writing it the first time. */
  private String helper(ValueType type) {
    String existing = helperNames.get(type.key());
    if (existing != null) {
      return existing;
    }
    String name = memberNames.newName("decode" + describe(type));
    helperNames.put(type.key(), name);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type.typeName().box())
            .addParameter(Names.JSON_NODE, "node")
            .addParameter(String.class, "path")
            .addParameter(Names.VIOLATIONS, "violations");
    if (type instanceof EnumType enumType) {
      writeEnum(method, enumType);
    } else if (type instanceof ListType list) {
      writeList(method, list);
    } else if (type instanceof MapType map) {
      writeMap(method, map);
    } else if (type instanceof RecordType record) {
      writeRecord(method, record);
    } else {
      throw new IllegalStateException("No helper for " + type);
    }
    generated.addMethod(method.build());
    return name;
  }

    private void writeEnum(MethodSpec.Builder method, EnumType enumType) {
    method.beginControlFlow("if (node.isTextual())");
    method.beginControlFlow("switch (node.textValue())");
    for (ValueType.EnumConstant constant : enumType.constants()) {
      method.addStatement(
          "case $S: return $T.$N", constant.wireValue(), enumType.typeName(), constant.javaName());
    }
    method.addStatement("default: break");
    method.endControlFlow();
    method.endControlFlow();
    String allowed =
        enumType.wireValues().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    method.addStatement("$T.notOneOf(node, path, violations, $S)", Names.DECODE, allowed);
    method.addStatement("return null");
  }

  private void writeList(MethodSpec.Builder method, ListType list) {
    TypeName element = list.element().typeName().box();
    ClassName collections = ClassName.get("java.util", "Collections");
    method
        .beginControlFlow("if (!node.isArray())")
        .addStatement("violations.wrongType(path, $S, node)", "an array")
        .addStatement("return null")
        .endControlFlow();
    if (list.isSet()) {
      method.addStatement(
          "$T values = new $T<>()",
          ParameterizedTypeName.get(ClassName.get("java.util", "Set"), element),
          ClassName.get("java.util", "LinkedHashSet"));
    } else {
      method.addStatement(
          "$T values = new $T<>(node.size())",
          ParameterizedTypeName.get(ClassName.get("java.util", "List"), element),
          ClassName.get("java.util", "ArrayList"));
    }
    method
        .beginControlFlow("for (int i = 0; i < node.size(); i++)")
        .addStatement("$T element = node.get(i)", Names.JSON_NODE)
        .beginControlFlow("if (element.isNull())")
        .addStatement("violations.nullValue(path + \"/\" + i)")
        .nextControlFlow("else")
        .addStatement(
            "values.add($L)",
            decode(list.element(), CodeBlock.of("element"), CodeBlock.of("path + \"/\" + i")))
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return $T.$L(values)",
            collections,
            list.isSet() ? "unmodifiableSet" : "unmodifiableList");
  }

  private void writeMap(MethodSpec.Builder method, MapType map) {
    TypeName value = map.value().typeName().box();
    method
        .beginControlFlow("if (!node.isObject())")
        .addStatement("violations.wrongType(path, $S, node)", "an object")
        .addStatement("return null")
        .endControlFlow()
        .addStatement(
            "$T values = new $T<>()",
            ParameterizedTypeName.get(
                ClassName.get("java.util", "Map"), ClassName.get(String.class), value),
            ClassName.get("java.util", "LinkedHashMap"))
        .beginControlFlow(
            "for ($T entry : node.properties())",
            ParameterizedTypeName.get(
                ClassName.get("java.util", "Map", "Entry"),
                ClassName.get(String.class),
                Names.JSON_NODE))
        .addStatement("String entryPath = $T.child(path, entry.getKey())", Names.DECODE)
        .beginControlFlow("if (entry.getValue().isNull())")
        .addStatement("violations.nullValue(entryPath)")
        .nextControlFlow("else")
        .addStatement(
            "values.put(entry.getKey(), $L)",
            decode(map.value(), CodeBlock.of("entry.getValue()"), CodeBlock.of("entryPath")))
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return $T.unmodifiableMap(values)", ClassName.get("java.util", "Collections"));
  }

  private void writeRecord(MethodSpec.Builder method, RecordType record) {
    method
        .beginControlFlow("if (!node.isObject())")
        .addStatement("violations.wrongType(path, $S, node)", "an object")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int before = violations.count()");
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("node", "path", "violations", "before", "e")) {
      locals.newName(reserved);
    }
    StringBuilder arguments = new StringBuilder();
    for (FieldModel field : record.fields()) {
      String local = locals.newName(field.javaName());
      method.addCode(readField(field, "node", "path", local, locals));
      arguments.append(arguments.length() == 0 ? "" : ", ").append(local);
    }
    method.addCode(
        rejectUnknownKeys(
            record.fields().stream().map(FieldModel::wireName).toList(),
            "node",
            CodeBlock.of("path"),
            locals));
    method
        .beginControlFlow("if (violations.count() != before)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return new $T($L)", record.typeName(), arguments)
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addComment("The record's own constructor rejected the values: its message says why.")
        .addStatement("violations.add(path, $T.INVALID, $T.rejected(path, e))", Names.VIOLATIONS, Names.DECODE)
        .addStatement("return null")
        .endControlFlow();
  }

  /** A readable fragment of a helper's name: {@code ListOfString}, {@code MapOfNote}. */
  static String describe(ValueType type) {
    if (type instanceof Scalar scalar) {
      return GeneratedFiles.pascalCase(scalar.kind().name().toLowerCase(Locale.ROOT));
    }
    if (type instanceof ListType list) {
      return (list.isSet() ? "SetOf" : "ListOf") + describe(list.element());
    }
    if (type instanceof MapType map) {
      return "MapOf" + describe(map.value());
    }
    if (type instanceof OptionalType optional) {
      return "OptionalOf" + describe(optional.element());
    }
    return String.join("", ((ClassName) type.typeName()).simpleNames());
  }
}
