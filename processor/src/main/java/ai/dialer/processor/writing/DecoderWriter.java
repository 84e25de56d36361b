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
import ai.dialer.processor.validation.EcmaPatterns;
import ai.dialer.processor.validation.PatternAutomaton;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the code that reads JSON into typed values for one generated class, straight from
 * Jackson's streaming parser (no tree in between): the loop over one object's keys with each
 * key's required/default/optional rule and constraints, and one private helper per enum,
 * collection and record type.
 *
 * <p>Every generated reader starts with the parser at the value and leaves it at the value's last
 * token, also after a violation, so that reading goes on and every violation is reported.
 */
final class DecoderWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName STREAM_DECODE = ClassName.get("ai.dialer.runtime", "StreamDecode");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  private final TypeSpec.Builder generated;
  private final NameAllocator memberNames = new NameAllocator();
  private final HelperMethods helpers;
  /** Constants declared so far, by what they hold, so that both readers share each one. */
  private final Map<String, String> constants = new HashMap<>();
  private final boolean ignoreUnknownKeys;

  DecoderWriter(TypeSpec.Builder type, boolean ignoreUnknownKeys) {
    this.generated = type;
    this.ignoreUnknownKeys = ignoreUnknownKeys;
    this.helpers = new HelperMethods(type, memberNames::newName);
  }

  /** The helper methods of the class, which the fast path's writer shares. */
  HelperMethods helpers() {
    return helpers;
  }

  /** Reserves a member name (a public method or a nested record) before helpers are named. */
  String reserve(String name) {
    return memberNames.newName(name);
  }

  /**
   * Statements that read the object the parser is at into one local per field, named in
   * {@code locals} by field. {@code basePath} is null at the top of the context, else the
   * variable holding the object's own path; {@code skippedKeys} are keys read elsewhere (the
   * {@code action} key).
   */
  CodeBlock readObject(
      List<FieldModel> fields,
      String basePath,
      List<String> skippedKeys,
      Map<FieldModel, String> localsByField,
      NameAllocator locals) {
    CodeBlock.Builder code = CodeBlock.builder();
    Map<FieldModel, String> seen = new HashMap<>();
    for (FieldModel field : fields) {
      String local = locals.newName(localName(field));
      localsByField.put(field, local);
      code.addStatement("$T $N = $L", field.type().typeName(), local, initial(field));
      if (field.required()) {
        String flag = locals.newName(local + "Seen");
        seen.put(field, flag);
        code.addStatement("boolean $N = false", flag);
      }
    }
    // Keys are numbered, fields first, then the skipped keys; the switch is on the number.
    List<String> numbered = new ArrayList<>();
    fields.forEach(f -> numbered.add(f.wireName()));
    numbered.addAll(skippedKeys);
    String fieldNames = fieldNames(numbered);
    // FieldNames.next moves to the next key's value and numbers the key: the request parser
    // finds the number from the key's bytes, with no String for a known key.
    String number = locals.newName("field");
    code.addStatement("int $N", number);
    code.beginControlFlow(
        "while (($N = $N.next(parser)) != $T.END)", number, fieldNames, Names.FIELD_NAMES);
    code.beginControlFlow("switch ($N)", number);
    for (FieldModel field : fields) {
      CodeBlock path = path(basePath, field);
      String local = localsByField.get(field);
      code.add("case $L: // $S\n$>", numbered.indexOf(field.wireName()), field.wireName());
      if (field.required()) {
        code.addStatement("$N = true", seen.get(field));
      }
      code.beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", JSON_TOKEN);
      if (field.required()) {
        code.addStatement("violations.nullValue($L)", path);
      }
      code.nextControlFlow("else");
      code.add(readPresent(field, local, path, checkPath(basePath, field), locals));
      code.endControlFlow();
      code.addStatement("break");
      code.add("$<");
    }
    for (String skipped : skippedKeys) {
      code.add("case $L: // $S\n$>", numbered.indexOf(skipped), skipped);
      code.addStatement("parser.skipChildren()");
      code.addStatement("break");
      code.add("$<");
    }
    code.add("default:\n$>");
    if (!ignoreUnknownKeys) {
      String constant = memberNames.newName("KEYS");
      List<String> allowed = new ArrayList<>(skippedKeys);
      fields.forEach(f -> allowed.add(f.wireName()));
      generated.addField(
          FieldSpec.builder(String[].class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "{$L}",
                  allowed.stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", ")))
              .build());
      code.addStatement(
          "$T.unknownKey($L, parser.currentName(), $N, violations)",
          Names.DECODE,
          objectPath(basePath),
          constant);
    }
    code.addStatement("parser.skipChildren()");
    code.add("$<");
    code.endControlFlow();
    code.endControlFlow();
    for (FieldModel field : fields) {
      if (field.required()) {
        code.beginControlFlow("if (!$N)", seen.get(field))
            .addStatement("violations.missing($L)", path(basePath, field))
            .endControlFlow();
      }
    }
    return code.build();
  }

  /**
   * The name of the local that holds a field while its object is read: the field's name starting
   * in lower case, so that no parameter or component name (a legal {@code FIELDS}, {@code KEYS} or
   * {@code Check}) can hide a constant or a type the generated code names, which are upper case.
   */
  static String localName(FieldModel field) {
    String name = field.javaName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The {@code FieldNames} constant of an object whose keys are {@code numbered} (fields, then
   * skipped keys), declared the first time: the general and the fast reader share it.
   */
  String fieldNames(List<String> numbered) {
    return constant(
        "FIELDS " + numbered,
        "FIELDS",
        Names.FIELD_NAMES,
        () ->
            CodeBlock.of(
                "new $T($L)",
                Names.FIELD_NAMES,
                numbered.stream().map(key -> CodeBlock.of("$S", key)).collect(CodeBlock.joining(", "))));
  }

  /**
   * The constant known by {@code key}: the first time, a {@code private static final} field of
   * {@code type} named from {@code name}, set to {@code initializer} (made only then: making it
   * can declare other constants, so not through {@code computeIfAbsent}).
   */
  private String constant(String key, String name, TypeName type, Supplier<CodeBlock> initializer) {
    String declared = constants.get(key);
    if (declared == null) {
      declared = memberNames.newName(name);
      constants.put(key, declared);
      generated.addField(
          FieldSpec.builder(type, declared, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(initializer.get())
              .build());
    }
    return declared;
  }

  private static CodeBlock path(String basePath, FieldModel field) {
    return basePath == null
        ? CodeBlock.of("$S", GeneratedFiles.pointerSegment(field.wireName()))
        : CodeBlock.of("$N + $S", basePath, GeneratedFiles.pointerSegment(field.wireName()));
  }

  /**
   * The two arguments of a {@code Check} call: the object's path and the field's segment, which
   * the check joins only for a violation.
   */
  private static CodeBlock checkPath(String basePath, FieldModel field) {
    return CodeBlock.of("$L, $S", objectPath(basePath), GeneratedFiles.pointerSegment(field.wireName()));
  }

  /** The JSON Pointer of the object being read: {@code ""} at the top of the context. */
  private static CodeBlock objectPath(String basePath) {
    return basePath == null ? CodeBlock.of("$S", "") : CodeBlock.of("$N", basePath);
  }

  /** The value before the key is read: the default, empty, null or a placeholder. */
  CodeBlock initial(FieldModel field) {
    ValueType type = field.type();
    boolean optional = type instanceof OptionalType;
    ValueType valueType = optional ? ((OptionalType) type).element() : type;
    if (field.defaultJson() != null) {
      CodeBlock value = defaultValue(valueType, field.defaultJson(), field.wireName());
      return optional ? CodeBlock.of("$T.of($L)", OPTIONAL, value) : value;
    }
    if (optional) {
      return CodeBlock.of("$T.empty()", OPTIONAL);
    }
    if (type instanceof Scalar scalar && scalar.primitive()) {
      return scalar.kind() == ValueType.ScalarKind.BOOLEAN ? CodeBlock.of("false") : CodeBlock.of("0");
    }
    return CodeBlock.of("null");
  }

  /** Reads a present, non-null value: decode, check constraints if it decoded, then store. */
  private CodeBlock readPresent(
      FieldModel field, String local, CodeBlock path, CodeBlock checkPath, NameAllocator locals) {
    ValueType readType = readType(field);
    CodeBlock decoded = decode(readType, path);
    CodeBlock.Builder code = CodeBlock.builder();
    if (field.constraints().isEmpty()) {
      code.addStatement("$N = $L", local, stored(field, decoded));
      return code.build();
    }
    String before = locals.newName(local + "Before");
    String value = locals.newName(local + "Value");
    code.addStatement("int $N = violations.count()", before);
    code.addStatement("$T $N = $L", readType.typeName(), value, decoded);
    code.beginControlFlow("if (violations.count() == $N)", before)
        .add(constraintChecks(
            field.constraints(), readType, CodeBlock.of("$N", value), checkPath, field.wireName()))
        .endControlFlow();
    code.addStatement("$N = $L", local, stored(field, CodeBlock.of("$N", value)));
    return code.build();
  }

  /**
   * The type a field's value is read as: its own, an {@code Optional}'s element, or for a set
   * whose item count or uniqueness is constrained the list it was sent as, so that duplicates are
   * counted as JSON Schema counts them (then {@link #stored} folds it).
   */
  static ValueType readType(FieldModel field) {
    ValueType type = field.type();
    ValueType valueType = type instanceof OptionalType optional ? optional.element() : type;
    return setAsList(field)
        ? new ListType(((ListType) valueType).element(), false)
        : valueType;
  }

  private static boolean setAsList(FieldModel field) {
    ValueType type = field.type();
    ValueType valueType = type instanceof OptionalType optional ? optional.element() : type;
    Constraints constraints = field.constraints();
    return valueType instanceof ListType list
        && list.isSet()
        && (constraints.uniqueItems() || constraints.minItems() != null || constraints.maxItems() != null);
  }

  /** What a field holds when {@code value} (of its {@link #readType}) was read for it. */
  static CodeBlock stored(FieldModel field, CodeBlock value) {
    CodeBlock stored =
        setAsList(field)
            ? CodeBlock.of(
                "$L == null ? null : $T.unmodifiableSet(new $T<>($L))",
                value, COLLECTIONS, ClassName.get("java.util", "LinkedHashSet"), value)
            : value;
    return field.type() instanceof OptionalType
        ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, stored)
        : stored;
  }

  /**
   * The checks of a field's constraints on {@code value}, which decoded without error; {@code
   * path} is the two path arguments of {@link #checkPath}.
   */
  CodeBlock constraintChecks(
      Constraints c, ValueType valueType, CodeBlock value, CodeBlock path, String wireName) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (c.minimum() != null) {
      code.addStatement(
          "$T.minimum($L, $L, $L, $L, violations)",
          Names.CHECK, value, bound(valueType, c.minimum()), c.minimumExclusive(), path);
    }
    if (c.maximum() != null) {
      code.addStatement(
          "$T.maximum($L, $L, $L, $L, violations)",
          Names.CHECK, value, bound(valueType, c.maximum()), c.maximumExclusive(), path);
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
      String constant =
          constant(
              "PATTERN " + c.pattern(),
              "PATTERN_" + constantName(wireName),
              Names.TEXT_PATTERN,
              // Compiled with ECMA-262's "$"; violations quote the pattern as declared.
              () -> textPattern(EcmaPatterns.forJava(c.pattern())));
      code.addStatement(
          "$T.pattern($L, $N, $S, $L, violations)",
          Names.CHECK,
          value,
          constant,
          c.pattern(),
          path);
    }
    if (!c.allowedValues().isEmpty()) {
      String constant =
          constant(
              "ALLOWED " + c.allowedValues(),
              "ALLOWED_" + constantName(wireName),
              ParameterizedTypeName.get(ClassName.get("java.util", "Set"), ClassName.get(String.class)),
              () ->
                  CodeBlock.of(
                      "$T.of($L)",
                      ClassName.get("java.util", "Set"),
                      c.allowedValues().stream()
                          .map(v -> CodeBlock.of("$S", v))
                          .collect(CodeBlock.joining(", "))));
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
      code.addStatement("$T.unique($L, $L, violations)", Names.CHECK, value, path);
    }
    return code.build();
  }

  private static CodeBlock bound(ValueType type, BigDecimal bound) {
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

  /**
   * The pattern as an automaton built here, when it is within {@link PatternAutomaton}'s subset
   * (one walk over the value at run time), else as a {@code java.util.regex} pattern.
   */
  private static CodeBlock textPattern(String javaPattern) {
    return PatternAutomaton.compile(javaPattern)
        .map(
            tables ->
                CodeBlock.of(
                    "$T.automaton(new int[] {$L}, new int[] {$L}, new boolean[] {$L}, $L)",
                    Names.TEXT_PATTERN,
                    elements(Arrays.toString(tables.bounds())),
                    elements(Arrays.toString(tables.next())),
                    elements(Arrays.toString(tables.accepting())),
                    tables.anchoredAtEnd()))
        .orElseGet(() -> CodeBlock.of("$T.regex($S)", Names.TEXT_PATTERN, javaPattern));
  }

  /** The elements of an array for an initializer: {@code Arrays.toString} without brackets. */
  private static String elements(String arrayText) {
    return arrayText.substring(1, arrayText.length() - 1);
  }

  private static String constantName(String wireName) {
    return wireName.toUpperCase(Locale.ROOT);
  }

  /** An expression that decodes the value the parser is at (never JSON null) as {@code type}. */
  CodeBlock decode(ValueType type, CodeBlock path) {
    if (type instanceof Scalar scalar) {
      CodeBlock general =
          CodeBlock.of("$T.$L(parser, $L, violations)", STREAM_DECODE, scalarMethod(scalar), path);
      // The common case inline, so that the path (a string built per value) is built only for a
      // violation.
      switch (scalar.kind()) {
        case STRING:
          return CodeBlock.of(
              "parser.currentToken() == $T.VALUE_STRING ? parser.getText() : $L", JSON_TOKEN, general);
        case INT:
          return CodeBlock.of(
              "parser.currentToken() == $T.VALUE_NUMBER_INT"
                  + " && parser.getNumberType() == $T.NumberType.INT ? parser.getIntValue() : $L",
              JSON_TOKEN, JSON_PARSER, general);
        case BOOLEAN:
          return CodeBlock.of(
              "parser.currentToken() == $T.VALUE_TRUE"
                  + " || (parser.currentToken() != $T.VALUE_FALSE && $L)",
              JSON_TOKEN, JSON_TOKEN, general);
        default:
          return general;
      }
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
    };
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
    String constant =
        constant(
            "DEFAULT " + type.key() + " " + json,
            "DEFAULT_" + wireName.toUpperCase(Locale.ROOT),
            type.typeName(),
            () ->
                CodeBlock.of(
                    "$T.decodeTrusted($S, parser -> $L)",
                    Names.JSON,
                    json,
                    decodeWithFreshViolations(type)));
    return CodeBlock.of("$N", constant);
  }

  private CodeBlock decodeWithFreshViolations(ValueType type) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of(
          "$T.$L(parser, $S, new $T())", STREAM_DECODE, scalarMethod(scalar), "", Names.VIOLATIONS);
    }
    return CodeBlock.of("$N(parser, $S, new $T())", helper(type), "", Names.VIOLATIONS);
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
    return helpers.name("decode", type, name -> helperMethod(name, type));
  }

  private MethodSpec helperMethod(String name, ValueType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type.typeName().box())
            .addParameter(JSON_PARSER, "parser")
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
      throw new IllegalStateException("No helper for " + type);
    }
    return method.build();
  }

  private void writeEnum(MethodSpec.Builder method, EnumType enumType) {
    method.beginControlFlow("if (parser.currentToken() == $T.VALUE_STRING)", JSON_TOKEN);
    method.beginControlFlow("switch (parser.getText())");
    for (ValueType.EnumConstant constant : enumType.constants()) {
      method.addStatement(
          "case $S: return $T.$N", constant.wireValue(), enumType.typeName(), constant.javaName());
    }
    method.addStatement("default: break");
    method.endControlFlow();
    method.endControlFlow();
    String allowed =
        enumType.wireValues().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    method.addStatement("$T.notOneOf(parser, path, violations, $S)", STREAM_DECODE, allowed);
    method.addStatement("return null");
  }

  private void writeList(MethodSpec.Builder method, ListType list) {
    TypeName element = list.element().typeName().box();
    method
        .beginControlFlow("if (!$T.isArray(parser, path, violations))", STREAM_DECODE)
        .addStatement("return null")
        .endControlFlow();
    if (list.isSet()) {
      method.addStatement(
          "$T values = new $T<>()",
          ParameterizedTypeName.get(ClassName.get("java.util", "Set"), element),
          ClassName.get("java.util", "LinkedHashSet"));
    } else {
      method.addStatement(
          "$T values = new $T<>()",
          ParameterizedTypeName.get(ClassName.get("java.util", "List"), element),
          ClassName.get("java.util", "ArrayList"));
    }
    method
        .beginControlFlow("for (int i = 0; parser.nextToken() != $T.END_ARRAY; i++)", JSON_TOKEN)
        .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("violations.nullValue(path + \"/\" + i)")
        .nextControlFlow("else")
        .addStatement("values.add($L)", decode(list.element(), CodeBlock.of("path + \"/\" + i")))
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return $T.$L(values)", COLLECTIONS, list.isSet() ? "unmodifiableSet" : "unmodifiableList");
  }

  private void writeMap(MethodSpec.Builder method, MapType map) {
    TypeName value = map.value().typeName().box();
    method
        .beginControlFlow("if (!$T.isObject(parser, path, violations))", STREAM_DECODE)
        .addStatement("return null")
        .endControlFlow()
        .addStatement(
            "$T values = new $T<>()",
            ParameterizedTypeName.get(ClassName.get("java.util", "Map"), ClassName.get(String.class), value),
            ClassName.get("java.util", "LinkedHashMap"))
        .beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
        .addStatement("String key = parser.currentName()")
        .addStatement("parser.nextToken()")
        .addStatement("String entryPath = $T.child(path, key)", Names.DECODE)
        .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("violations.nullValue(entryPath)")
        .nextControlFlow("else")
        .addStatement("values.put(key, $L)", decode(map.value(), CodeBlock.of("entryPath")))
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(values)", COLLECTIONS);
  }

  private void writeRecord(MethodSpec.Builder method, RecordType record) {
    method
        .beginControlFlow("if (!$T.isObject(parser, path, violations))", STREAM_DECODE)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int before = violations.count()");
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("parser", "path", "violations", "before", "e")) {
      locals.newName(reserved);
    }
    Map<FieldModel, String> localsByField = new HashMap<>();
    method.addCode(readObject(record.fields(), "path", List.of(), localsByField, locals));
    String arguments =
        record.fields().stream().map(localsByField::get).collect(Collectors.joining(", "));
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
