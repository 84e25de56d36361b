package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the fast reader of a context ({@code FastPath}): the plain case only, every value read
 * straight from the request's bytes, every check the general reader makes, and a miss at anything
 * else, so that the general reader, written by {@link DecoderWriter}, reads it again and reports
 * it. The two share their constants (key tables, patterns, defaults) and the rules for what a
 * field holds ({@link DecoderWriter#readType}, {@link DecoderWriter#stored}, {@link
 * DecoderWriter#initial}), so that what the fast reader returns is what the general one would.
 *
 * <p>Written only where every type is one {@code FastPath} reads: strings, booleans, ints and
 * longs (boxed or not), enums, lists and sets, records and {@code Optional}s of these, objects of
 * at most 64 keys. Contexts of other types, and of plugins with several actions (their context
 * reaches the validator as a tree), are read by the general reader alone.
 */
final class FastPathWriter {
  static final ClassName FAST_PATH = ClassName.get("ai.dialer.runtime", "FastPath");
  private static final ClassName MISS = FAST_PATH.nestedClass("Miss");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  /** Names the readers use, which no field's local may take. */
  private static final List<String> RESERVED =
      List.of("plain", "violations", "seen", "field", "bit", "values", "e", "miss");

  private final DecoderWriter decoders;

  /** Writes into the class {@code decoders} writes, sharing its constants and helpers. */
  FastPathWriter(DecoderWriter decoders) {
    this.decoders = decoders;
  }

  /** Whether the fast reader reads objects of these fields. */
  static boolean supports(List<FieldModel> fields) {
    return supports(fields, new HashSet<>());
  }

  private static boolean supports(List<FieldModel> fields, Set<TypeName> visiting) {
    return fields.size() <= 64 && fields.stream().allMatch(f -> supports(f.type(), visiting));
  }

  private static boolean supports(ValueType type, Set<TypeName> visiting) {
    if (type instanceof Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING, BOOLEAN, INT, LONG -> true;
        default -> false;
      };
    }
    if (type instanceof EnumType) {
      return true;
    }
    if (type instanceof ListType list) {
      return supports(list.element(), visiting);
    }
    if (type instanceof OptionalType optional) {
      return supports(optional.element(), visiting);
    }
    if (type instanceof RecordType record) {
      // A record met again inside itself: its fields are being answered for already.
      return !visiting.add(record.typeName()) || supports(record.fields(), visiting);
    }
    return false;
  }

  /**
   * {@code private static Arguments name(FastPath plain)}: reads the context, whose opening brace
   * the parser has read, into the arguments record; null if it is not the plain case. The miss is
   * caught here, where the reads that throw it are inlined, so that it costs a jump, not the
   * unwinding of compiled frames (which made an invalid context's reading half as slow again).
   */
  MethodSpec context(String name, List<FieldModel> fields, ClassName arguments) {
    NameAllocator locals = locals();
    Map<FieldModel, String> localsByField = new HashMap<>();
    CodeBlock read = readObject(fields, localsByField, locals);
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "The context read by {@code FastPath}, or null if it is not the plain case.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(arguments)
        .addParameter(FAST_PATH, "plain")
        .beginControlFlow("try")
        .addStatement("$T violations = new $T()", Names.VIOLATIONS, Names.VIOLATIONS)
        .addCode(read)
        .addStatement("return new $T($L)", arguments, arguments(fields, localsByField))
        .nextControlFlow("catch ($T miss)", MISS)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private static NameAllocator locals() {
    NameAllocator locals = new NameAllocator();
    RESERVED.forEach(locals::newName);
    return locals;
  }

  private static String arguments(List<FieldModel> fields, Map<FieldModel, String> localsByField) {
    return fields.stream().map(localsByField::get).collect(Collectors.joining(", "));
  }

  /**
   * Reads the members of the object whose brace was read into one local per field; a repeated or
   * unknown key, a missing required one or any violation is a miss.
   */
  private CodeBlock readObject(
      List<FieldModel> fields, Map<FieldModel, String> localsByField, NameAllocator locals) {
    CodeBlock.Builder code = CodeBlock.builder();
    long required = 0;
    for (int i = 0; i < fields.size(); i++) {
      FieldModel field = fields.get(i);
      String local = locals.newName(DecoderWriter.localName(field));
      localsByField.put(field, local);
      code.addStatement("$T $N = $L", field.type().typeName(), local, decoders.initial(field));
      if (field.required()) {
        required |= 1L << i;
      }
    }
    String fieldNames =
        decoders.fieldNames(fields.stream().map(FieldModel::wireName).toList());
    code.addStatement("long seen = 0L");
    code.addStatement("int field = -1");
    code.beginControlFlow(
        "while ((field = plain.field($N, field)) != $T.END)", fieldNames, Names.FIELD_NAMES);
    code.addStatement("long bit = 1L << field");
    code.beginControlFlow("if ((seen & bit) != 0L)")
        .addStatement("throw $T.MISS", FAST_PATH)
        .endControlFlow();
    code.addStatement("seen |= bit");
    code.beginControlFlow("switch (field)");
    for (int i = 0; i < fields.size(); i++) {
      FieldModel field = fields.get(i);
      String local = localsByField.get(field);
      code.add("case $L: { // $S\n$>", i, field.wireName());
      if (!field.required()) {
        // null means what absence means: the initial value stays.
        code.beginControlFlow("if (plain.isNull())").addStatement("break").endControlFlow();
      }
      ValueType readType = DecoderWriter.readType(field);
      CodeBlock decoded = decode(readType);
      if (field.constraints().isEmpty()) {
        code.addStatement("$N = $L", local, DecoderWriter.stored(field, decoded));
      } else {
        String value = locals.newName(local + "Value");
        code.addStatement("$T $N = $L", readType.typeName(), value, decoded);
        // The general reader's checks, whose paths matter only in the violations it reports.
        code.add(
            decoders.constraintChecks(
                field.constraints(),
                readType,
                CodeBlock.of("$N", value),
                CodeBlock.of("$S, $S", "", ""),
                field.wireName()));
        // At the first violation: the general reader reports them all.
        code.beginControlFlow("if (violations.count() != 0)")
            .addStatement("throw $T.MISS", FAST_PATH)
            .endControlFlow();
        code.addStatement("$N = $L", local, DecoderWriter.stored(field, CodeBlock.of("$N", value)));
      }
      code.addStatement("break");
      code.add("$<}\n");
    }
    code.add("default:\n$>").addStatement("throw $T.MISS", FAST_PATH).add("$<");
    code.endControlFlow();
    code.endControlFlow();
    String requiredBits = "0x" + Long.toHexString(required) + "L";
    code.beginControlFlow("if ((seen & $L) != $L)", requiredBits, requiredBits)
        .addStatement("throw $T.MISS", FAST_PATH)
        .endControlFlow();
    return code.build();
  }

  /** An expression reading a value of {@code type}. */
  private CodeBlock decode(ValueType type) {
    if (type instanceof Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("plain.string()");
        case BOOLEAN -> CodeBlock.of("plain.bool()");
        case INT -> CodeBlock.of("plain.int32()");
        case LONG -> CodeBlock.of("plain.int64()");
        default -> throw new IllegalStateException("Not read by FastPath: " + scalar);
      };
    }
    return CodeBlock.of("$N(plain, violations)", helper(type));
  }

  /** The name of the helper that reads {@code type}, writing it the first time. */
  private String helper(ValueType type) {
    return decoders.helpers().name("plain", type, name -> helperMethod(name, type));
  }

  private MethodSpec helperMethod(String name, ValueType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type.typeName().box())
            .addParameter(FAST_PATH, "plain")
            .addParameter(Names.VIOLATIONS, "violations")
            .addException(MISS);
    if (type instanceof EnumType enumType) {
      method.beginControlFlow("switch (plain.string())");
      for (ValueType.EnumConstant constant : enumType.constants()) {
        method.addStatement(
            "case $S: return $T.$N", constant.wireValue(), enumType.typeName(), constant.javaName());
      }
      method.addStatement("default: throw $T.MISS", FAST_PATH);
      method.endControlFlow();
    } else if (type instanceof ListType list) {
      TypeName element = list.element().typeName().box();
      ClassName collection = ClassName.get("java.util", list.isSet() ? "Set" : "List");
      method
          .addStatement("plain.array()")
          .addStatement(
              "$T values = new $T<>()",
              ParameterizedTypeName.get(collection, element),
              ClassName.get("java.util", list.isSet() ? "LinkedHashSet" : "ArrayList"))
          .beginControlFlow("while (plain.item())")
          .addStatement("values.add($L)", decode(list.element()))
          .endControlFlow()
          .addStatement(
              "return $T.$L(values)",
              COLLECTIONS,
              list.isSet() ? "unmodifiableSet" : "unmodifiableList");
    } else if (type instanceof RecordType record) {
      NameAllocator locals = locals();
      Map<FieldModel, String> localsByField = new HashMap<>();
      method
          .addStatement("plain.object()")
          .addCode(readObject(record.fields(), localsByField, locals))
          .beginControlFlow("try")
          .addStatement(
              "return new $T($L)", record.typeName(), arguments(record.fields(), localsByField))
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addComment("The record's constructor refused the values: the general reader says why.")
          .addStatement("throw $T.MISS", FAST_PATH)
          .endControlFlow();
    } else {
      throw new IllegalStateException("Not read by FastPath: " + type);
    }
    return method.build();
  }
}
