package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.PolicyModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.VoidType;
import ai.dialer.processor.writing.validator.ValidatorWriter;
import ai.dialer.processor.writing.validator.ValidatorWriter.ActionNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Invoker}: the plugin's descriptor and JSON Schema as constants, and the
 * method that picks the action, runs its reader, and returns the call of the plugin's method with
 * the encoding of its result.
 */
public final class InvokerWriter {
  /** Schema lines are broken past this many characters (the block is indented by six more). */
  private static final int SCHEMA_WIDTH = 100;

  private InvokerWriter() {}

  public static TypeSpec write(
      PluginModel plugin, String schemaJson, List<SchemaWriter.ToolSchemas> tools) {
    ClassName invoker = plugin.generated("Invoker");
    TypeSpec.Builder type = TypeSpec.classBuilder(invoker);
    List<CodeBlock> actions = new ArrayList<>();
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      SchemaWriter.ToolSchemas tool = tools.get(i);
      String prefix = plugin.hasActions() ? GeneratedClass.constantCase(action.name()) + "_" : "";
      type.addField(
          FieldSpec.builder(
                  String.class,
                  prefix + "INPUT_SCHEMA",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The JSON Schema of $L's arguments, as a tool's input.\n",
                  action.name().isEmpty() ? "the action" : "action \"" + action.name() + "\"")
              .initializer(GeneratedFiles.textBlock(tool.input(), SCHEMA_WIDTH))
              .build());
      String output = null;
      if (tool.output() != null) {
        output = prefix + "OUTPUT_SCHEMA";
        type.addField(
            FieldSpec.builder(
                    String.class, output, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The JSON Schema of its result, as a tool's output$L.\n",
                    tool.wrapped() ? " ({\"result\": …})" : "")
                .initializer(GeneratedFiles.textBlock(tool.output(), SCHEMA_WIDTH))
                .build());
      }
      actions.add(actionDescriptor(action, prefix + "INPUT_SCHEMA", output, tool.wrapped()));
    }
    return type.addAnnotation(GeneratedFiles.generatedAnnotation())
        .addJavadoc("Invokes {@link $T} without reflection.\n", plugin.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.PLUGIN_INVOKER)
        .addOriginatingElement(plugin.element())
        .addField(
            FieldSpec.builder(
                    String.class, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The JSON Schema (2020-12) of the context.\n")
                .initializer(GeneratedFiles.textBlock(schemaJson, SCHEMA_WIDTH))
                .build())
        .addField(
            FieldSpec.builder(
                    Names.PLUGIN_DESCRIPTOR,
                    "DESCRIPTOR",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(descriptor(plugin, actions))
                .build())
        .addField(plugin.className(), "plugin", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addAnnotation(Names.JAVAX_INJECT)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(plugin.className(), "plugin")
                .addStatement("this.plugin = plugin")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("descriptor")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Names.PLUGIN_DESCRIPTOR)
                .addStatement("return DESCRIPTOR")
                .build())
        .addMethod(prepare(plugin))
        .build();
  }

  private static CodeBlock descriptor(PluginModel plugin, List<CodeBlock> actions) {
    return CodeBlock.builder()
        .add("new $T(\n$>$>$S,\n", Names.PLUGIN_DESCRIPTOR, plugin.name())
        .add("$L,\n", GeneratedFiles.literal(plugin.description()))
        .add("$T.of(\n$>$L$<),\n", List.class, CodeBlock.join(actions, ",\n"))
        .add("SCHEMA,\n")
        .add(policy(plugin.policy()))
        .add(")$<$<")
        .build();
  }

  /** The policy, one value a line, each named: it is read far more often than written. */
  private static CodeBlock policy(PolicyModel policy) {
    ClassName duration = ClassName.get("java.time", "Duration");
    return CodeBlock.builder()
        .add("new $T(\n$>$>", Names.INVOCATION_POLICY)
        .add("$T.ofMillis($L), // timeout\n", duration, policy.timeoutMillis())
        .add("$L, // max concurrent calls\n", policy.maxConcurrentCalls())
        .add("$L, // idempotent\n", policy.idempotent())
        .add("$L, // max retries\n", policy.maxRetries())
        .add("$T.ofMillis($L), // retry backoff\n", duration, policy.retryBackoffMillis())
        .add("$L, // cache entries\n", policy.cacheEntries())
        .add(
            policy.enabledByDefault() && !policy.requiresKey()
                ? CodeBlock.of(
                    "$T.ofMillis($L)) // cache time to live\n", duration, policy.cacheTtlMillis())
                : CodeBlock.of(
                    "$T.ofMillis($L), // cache time to live\n"
                        + "$L, // enabled by default\n"
                        + "$L) // requires a key\n",
                    duration,
                    policy.cacheTtlMillis(),
                    policy.enabledByDefault(),
                    policy.requiresKey()))
        .add("$<$<")
        .build();
  }

  private static CodeBlock actionDescriptor(
      ActionModel action, String inputSchema, String outputSchema, boolean wrapped) {
    CodeBlock parameters =
        action.parameters().stream()
            .map(InvokerWriter::parameterSpec)
            .collect(CodeBlock.joining(",\n"));
    return CodeBlock.of(
        "new $T(\n$>$>$S,\n$L, // default\n$L,\n$T.of(\n$>$L$<),\n$N,\n$L,\n$L, // result"
            + " wrapped\n$L // read only\n)$<$<",
        Names.ACTION_DESCRIPTOR,
        action.name(),
        action.isDefault(),
        GeneratedFiles.literal(action.description()),
        List.class,
        parameters,
        inputSchema,
        outputSchema == null ? "null" : outputSchema,
        wrapped,
        action.readOnly());
  }

  private static CodeBlock parameterSpec(FieldModel field) {
    List<String> allowed = allowedValues(field);
    CodeBlock common =
        CodeBlock.of(
            "$S,\n$S,\n$L,\n$L,\n$L",
            field.wireName(),
            field.type().jsonType(),
            GeneratedFiles.literal(field.description()),
            field.required(),
            GeneratedFiles.literal(field.defaultJson()));
    if (allowed.isEmpty()) {
      return CodeBlock.of("new $T(\n$>$>$L)$<$<", Names.PARAMETER_SPEC, common);
    }
    CodeBlock values =
        allowed.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return CodeBlock.of(
        "new $T(\n$>$>$L,\n$T.of($L))$<$<", Names.PARAMETER_SPEC, common, List.class, values);
  }

  /** The values the listing shows: an enum's wire values, or {@code @AllowedValues}. */
  private static List<String> allowedValues(FieldModel field) {
    ValueType type =
        field.type() instanceof ValueType.OptionalType optional ? optional.element() : field.type();
    if (type instanceof ValueType.EnumType enumType) {
      return enumType.wireValues();
    }
    return field.constraints().allowedValues();
  }

  private static MethodSpec prepare(PluginModel plugin) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("prepare")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.CALL)
            .addParameter(Names.CONTEXT_JSON, "context");
    List<ActionNames> names = ValidatorWriter.names(plugin);
    List<String> results = EncoderWriter.resultMethods(plugin);
    if (!plugin.hasActions()) {
      return method.addCode(call(plugin, 0, names.get(0), results.get(0))).build();
    }
    method.beginControlFlow("switch ($T.select(context, DESCRIPTOR))", Names.ACTION_SELECTOR);
    for (int i = 0; i < plugin.actions().size(); i++) {
      method.beginControlFlow("case $S ->", plugin.actions().get(i).name());
      method.addCode(call(plugin, i, names.get(i), results.get(i)));
      method.endControlFlow();
    }
    method.addStatement(
        "default -> throw new $T($S)", IllegalStateException.class, "not an action of this plugin");
    return method.endControlFlow().build();
  }

  /** Reads the action's arguments, and returns the call of its method. */
  private static CodeBlock call(PluginModel plugin, int index, ActionNames names, String result) {
    ActionModel action = plugin.actions().get(index);
    ClassName validator = plugin.generated("Validator");
    ClassName encoder = plugin.generated("Encoder");
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement(
        "$T arguments =$Wcontext.read($T::$N)", names.arguments(), validator, names.method());
    List<String> arguments = new ArrayList<>();
    names.components().forEach(component -> arguments.add("arguments." + component + "()"));
    CodeBlock invocation =
        CodeBlock.of("plugin.$N($L)", action.methodName(), GeneratedFiles.arguments(arguments));
    boolean returnsNothing = action.result() instanceof VoidType;
    if (action.async()) {
      CodeBlock encode =
          returnsNothing
              ? CodeBlock.of("result -> $T.NULL", Names.JSON_WRITE)
              : CodeBlock.of("$T::$N", encoder, result);
      return code.add(
              "return $T.async(\n$>$>arguments,\n() -> $L,\n$L);\n$<$<",
              Names.CALL,
              invocation,
              encode)
          .build();
    }
    code.add("return $T.of(\n$>$>arguments,\n() -> {\n$>", Names.CALL);
    if (returnsNothing) {
      code.addStatement("$L", invocation).addStatement("return $T.NULL", Names.JSON_WRITE);
    } else {
      code.addStatement("$T result = $L", action.result().typeName(), invocation);
      code.addStatement("return $T.$N(result)", encoder, result);
    }
    return code.add("$<})$<$<;\n").build();
  }
}
