package ai.dialer.processor.writing.validator;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel.KeyGroup;
import ai.dialer.processor.model.Constraints;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.writing.GeneratedClass;
import ai.dialer.processor.writing.GeneratedFiles;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Writes the reading of one JSON object into one local per field: the locals with their defaults,
 * one loop over the object's keys with a {@code switch} on the key (a case per field: the null
 * rule, the read, the constraint checks), then the check for required keys that never came.
 */
final class ObjectReader {
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  private final GeneratedClass generated;
  private final boolean ignoreUnknownKeys;
  private final ValueReaders values;
  private final ConstraintChecks checks;

  ObjectReader(GeneratedClass generated, boolean ignoreUnknownKeys) {
    this.generated = generated;
    this.ignoreUnknownKeys = ignoreUnknownKeys;
    this.values = new ValueReaders(generated, this);
    this.checks = new ConstraintChecks(generated);
  }

  /** Local names for a method whose own names (parameters, locals) are {@code reserved}. */
  static NameAllocator locals(String... reserved) {
    NameAllocator locals = new NameAllocator();
    for (String name : reserved) {
      locals.newName(name);
    }
    for (String name : List.of("key", "isNull", "value")) {
      locals.newName(name, name);
    }
    return locals;
  }

  /**
   * Statements that read the object the parser is at (its opening brace) into one local per field,
   * each named in {@code localsByField}.
   *
   * @param nested whether the object's JSON Pointer is in the variable {@code path} (a record's
   *     object); else the object is the context itself
   * @param skippedKeys keys that are allowed and read elsewhere (the {@code action} key)
   * @param constantPrefix what the names of the object's constants start with ({@code TURN_})
   * @param keyGroups keys of which at least one, or exactly one, must be given (an action's)
   */
  CodeBlock read(
      List<FieldModel> fields,
      boolean nested,
      List<String> skippedKeys,
      String constantPrefix,
      List<KeyGroup> keyGroups,
      Map<FieldModel, String> localsByField,
      NameAllocator locals) {
    String keys = ignoreUnknownKeys ? null : keysConstant(fields, skippedKeys, constantPrefix);
    CodeBlock.Builder code = CodeBlock.builder();
    Map<FieldModel, String> seen = new HashMap<>();
    Map<String, String> given = new HashMap<>();
    Set<String> grouped = new HashSet<>();
    keyGroups.forEach(group -> grouped.addAll(group.keys()));
    for (FieldModel field : fields) {
      String local = locals.newName(localName(field));
      localsByField.put(field, local);
      code.addStatement(
          "$T $N = $L",
          field.type().typeName(),
          local,
          initial(field, constantPrefix + GeneratedClass.constantCase(field.wireName())));
      if (field.required()) {
        seen.put(field, locals.newName(local + "Seen"));
        code.addStatement("boolean $N = false", seen.get(field));
      }
      if (grouped.contains(field.wireName())) {
        given.put(field.wireName(), locals.newName(local + "Given"));
        code.addStatement("boolean $N = false", given.get(field.wireName()));
      }
    }
    CodeBlock objectPath = nested ? CodeBlock.of("path") : CodeBlock.of("$S", "");
    code.beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", Names.JSON_TOKEN);
    if (fields.isEmpty() && skippedKeys.isEmpty()) {
      code.addStatement("parser.nextToken()");
      code.add(unknownKey(keys, objectPath));
      return code.endControlFlow().build();
    }
    code.addStatement("String key = parser.currentName()");
    if (fields.isEmpty()) {
      code.addStatement("parser.nextToken()");
    } else {
      code.addStatement("boolean isNull = parser.nextToken() == $T.VALUE_NULL", Names.JSON_TOKEN);
    }
    code.beginControlFlow("switch (key)");
    for (FieldModel field : fields) {
      code.beginControlFlow("case $S ->", field.wireName());
      code.add(
          readField(
              field,
              localsByField.get(field),
              seen.get(field),
              given.get(field.wireName()),
              nested,
              constantPrefix,
              locals));
      code.endControlFlow();
    }
    for (String skipped : skippedKeys) {
      code.add("case $S -> parser.skipChildren(); // read by $T\n", skipped, Names.ACTION_SELECTOR);
    }
    code.add("default -> ");
    code.add(unknownKey(keys, objectPath));
    code.endControlFlow();
    code.endControlFlow();
    for (FieldModel field : fields) {
      if (field.required()) {
        code.beginControlFlow("if (!$N)", seen.get(field))
            .addStatement("violations.missing($L)", path(nested, field))
            .endControlFlow();
      }
    }
    for (KeyGroup group : keyGroups) {
      String groupKeys =
          generated.constant(
              constantPrefix + (group.exactlyOne() ? "ONE_OF" : "ANY_OF"),
              ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
              CodeBlock.of(
                  "$T.of($L)",
                  List.class,
                  group.keys().stream()
                      .map(k -> CodeBlock.of("$S", k))
                      .collect(CodeBlock.joining(", "))));
      code.add(
          "$T.$L($N, $L, violations, $L); // $L\n",
          Names.CHECK,
          group.exactlyOne() ? "exactlyOneOf" : "anyOf",
          groupKeys,
          objectPath,
          String.join(", ", group.keys().stream().map(given::get).toList()),
          group.annotation());
    }
    return code.build();
  }

  private CodeBlock unknownKey(String keys, CodeBlock objectPath) {
    if (keys == null) {
      return CodeBlock.of("parser.skipChildren(); // @Plugin(ignoreUnknownKeys = true)\n");
    }
    return CodeBlock.builder()
        .addStatement("$T.unknownKey(parser, $L, $N, violations)", Names.READ, objectPath, keys)
        .build();
  }

  /** The constant that lists the object's keys, for the "did you mean" of an unknown one. */
  private String keysConstant(
      List<FieldModel> fields, List<String> skippedKeys, String constantPrefix) {
    List<CodeBlock> keys = new ArrayList<>();
    skippedKeys.forEach(key -> keys.add(CodeBlock.of("$S", key)));
    fields.forEach(field -> keys.add(CodeBlock.of("$S", field.wireName())));
    return generated.constant(
        constantPrefix + "KEYS",
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
        CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(keys, ",$W")));
  }

  /** One case: the null rule, then the read, the checks and the store. */
  private CodeBlock readField(
      FieldModel field,
      String local,
      String seen,
      String given,
      boolean nested,
      String constantPrefix,
      NameAllocator locals) {
    CodeBlock path = path(nested, field);
    CodeBlock.Builder code = CodeBlock.builder();
    if (field.required()) {
      code.addStatement("$N = true", seen);
      code.beginControlFlow("if (isNull)");
      code.addStatement("violations.nullValue($L)", path);
      code.nextControlFlow("else");
    } else {
      code.beginControlFlow("if (!isNull)");
      if (given != null) {
        code.addStatement("$N = true", given);
      }
    }
    ValueType readType = readType(field);
    CodeBlock read = values.read(readType, path);
    Constraints constraints = field.constraints();
    boolean primitive = field.type() instanceof Scalar scalar && scalar.primitive();
    if (constraints.isEmpty() && !primitive) {
      code.addStatement("$N =$W$L", local, stored(field, CodeBlock.of("$L", read)));
    } else {
      String value = locals.get("value");
      code.addStatement("$T $N =$W$L", readType.typeName().box(), value, read);
      code.beginControlFlow("if ($N != null)", value);
      String constantName = constantPrefix + GeneratedClass.constantCase(field.wireName());
      code.add(checks.checks(constraints, readType, value, path, constantName));
      code.addStatement("$N = $L", local, stored(field, CodeBlock.of("$N", value)));
      code.endControlFlow();
    }
    code.endControlFlow();
    return code.build();
  }

  private static CodeBlock path(boolean nested, FieldModel field) {
    String segment = GeneratedFiles.pointerSegment(field.wireName());
    return nested ? CodeBlock.of("path + $S", segment) : CodeBlock.of("$S", segment);
  }

  /**
   * The type a field's value is read as: its own, an {@code Optional}'s element, or for a set whose
   * item count or uniqueness is constrained the list it was sent as, so that duplicates are counted
   * as JSON Schema counts them (then {@link #stored} folds it).
   */
  private static ValueType readType(FieldModel field) {
    ValueType valueType = valueType(field);
    return setAsList(field) ? new ListType(((ListType) valueType).element(), false) : valueType;
  }

  private static ValueType valueType(FieldModel field) {
    return field.type() instanceof OptionalType optional ? optional.element() : field.type();
  }

  private static boolean setAsList(FieldModel field) {
    Constraints c = field.constraints();
    return valueType(field) instanceof ListType list
        && list.isSet()
        && (c.uniqueItems() || c.minItems() != null || c.maxItems() != null);
  }

  /** What a field holds when {@code value} (of its {@link #readType}) was read for it. */
  private static CodeBlock stored(FieldModel field, CodeBlock value) {
    CodeBlock stored =
        setAsList(field)
            ? CodeBlock.of(
                "$T.unmodifiableSet(new $T<>($L))",
                ClassName.get("java.util", "Collections"),
                ClassName.get("java.util", "LinkedHashSet"),
                value)
            : value;
    return field.type() instanceof OptionalType
        ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, stored)
        : stored;
  }

  /** The value before the key is read: the default, empty, null or a placeholder. */
  private CodeBlock initial(FieldModel field, String constantName) {
    boolean optional = field.type() instanceof OptionalType;
    if (field.defaultJson() != null) {
      CodeBlock value = values.defaultValue(valueType(field), field.defaultJson(), constantName);
      return optional ? CodeBlock.of("$T.of($L)", OPTIONAL, value) : value;
    }
    if (optional) {
      return CodeBlock.of("$T.empty()", OPTIONAL);
    }
    if (field.type() instanceof Scalar scalar && scalar.primitive()) {
      return CodeBlock.of(scalar.kind() == ValueType.ScalarKind.BOOLEAN ? "false" : "0");
    }
    return CodeBlock.of("null");
  }

  /**
   * The local that holds a field while its object is read: the field's Java name starting in lower
   * case, so that no name (a legal {@code KEYS} or {@code Check}) hides a constant or a type the
   * generated code names, which are upper case.
   */
  static String localName(FieldModel field) {
    String name = field.javaName();
    String local = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    return SourceVersion.isKeyword(local) ? local + "_" : local;
  }
}
