package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.PolicyModel;
import ai.dialer.processor.model.ValueType.VoidType;
import ai.dialer.processor.writing.ValidatorWriter.ActionNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Invoker}: the plugin's descriptor as a constant, and the method that
 * picks the action, runs its validator, calls the plugin directly and hands back the encoder.
 */
public final class InvokerWriter {
  private static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName CALL = Names.PLUGIN_INVOKER.nestedClass("Call");

  private InvokerWriter() {}

  public static TypeSpec write(PluginModel plugin, String schemaJson) {
    ClassName invoker = plugin.generated("Invoker");
    return TypeSpec.classBuilder(invoker)
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addJavadoc("Invokes {@link $T} without reflection.\n", plugin.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.PLUGIN_INVOKER)
        .addOriginatingElement(plugin.element())
        .addField(
            FieldSpec.builder(
                    Names.PLUGIN_DESCRIPTOR,
                    "DESCRIPTOR",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(descriptor(plugin, schemaJson))
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

  private static CodeBlock descriptor(PluginModel plugin, String schemaJson) {
    CodeBlock actions =
        plugin.actions().stream()
            .map(InvokerWriter::actionDescriptor)
            .collect(CodeBlock.joining(",\n"));
    return CodeBlock.builder()
        .add("new $T(\n$>$>$S,\n$S,\n", Names.PLUGIN_DESCRIPTOR, plugin.name(), plugin.description())
        .add("$T.of(\n$>$L$<),\n", List.class, actions)
        .add("$S,\n", schemaJson)
        .add(policy(plugin.policy()))
        .add(")$<$<")
        .build();
  }

  private static CodeBlock policy(PolicyModel policy) {
    ClassName duration = ClassName.get("java.time", "Duration");
    return CodeBlock.of(
        "new $T($T.ofMillis($L), $L, $L, $L, $T.ofMillis($L), $L, $T.ofMillis($L))",
        Names.INVOCATION_POLICY,
        duration,
        policy.timeoutMillis() + "L",
        policy.maxConcurrentCalls(),
        policy.idempotent(),
        policy.maxRetries(),
        duration,
        policy.retryBackoffMillis() + "L",
        policy.cacheEntries(),
        duration,
        policy.cacheTtlMillis() + "L");
  }

  private static CodeBlock actionDescriptor(ActionModel action) {
    CodeBlock parameters =
        action.parameters().stream()
            .map(InvokerWriter::parameterSpec)
            .collect(CodeBlock.joining(",\n"));
    return CodeBlock.of(
        "new $T($S, $L, $S, $T.of(\n$>$L$<))",
        Names.ACTION_DESCRIPTOR,
        action.name(),
        action.isDefault(),
        action.description(),
        List.class,
        parameters);
  }

  private static CodeBlock parameterSpec(FieldModel field) {
    return CodeBlock.of(
        "new $T($S, $S, $S, $L, $S)",
        Names.PARAMETER_SPEC,
        field.wireName(),
        field.type().jsonType(),
        field.description(),
        field.required(),
        field.defaultJson());
  }

  private static MethodSpec prepare(PluginModel plugin) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("prepare")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(CALL)
            .addParameter(JSON_PARSER, "context")
            .addException(IOException.class);
    List<ActionNames> names = ValidatorWriter.names(plugin);
    List<String> results = EncoderWriter.resultMethods(plugin);
    ClassName validator = plugin.generated("Validator");
    ClassName encoder = plugin.generated("Encoder");
    if (!plugin.hasActions()) {
      return method
          .addCode(call(plugin.actions().get(0), names.get(0), results.get(0), validator, encoder, "context"))
          .build();
    }
    method.addComment("The action key may come anywhere in the context: hold it as a tree to find it.");
    method.addStatement("$T tree = $T.readSubtree(context)", Names.JSON_NODE, Names.JSON);
    method.addStatement("String action = $T.select(tree, DESCRIPTOR)", Names.ACTION_SELECTOR);
    method.addStatement("$T parser = $T.parser(tree)", JSON_PARSER, Names.JSON);
    method.beginControlFlow("switch (action)");
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      method.beginControlFlow("case $S:", action.name());
      method.addCode(call(action, names.get(i), results.get(i), validator, encoder, "parser"));
      method.endControlFlow();
    }
    method.addStatement(
        "default: throw new $T($S)",
        IllegalStateException.class,
        "ActionSelector returned an action this plugin does not have");
    return method.endControlFlow().build();
  }

  private static CodeBlock call(
      ActionModel action,
      ActionNames names,
      String resultMethod,
      ClassName validator,
      ClassName encoder,
      String parser) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement(
        "$T arguments = $T.$N($N)", names.arguments(), validator, names.method(), parser);
    String arguments =
        names.components().stream().map(c -> "arguments." + c + "()").collect(Collectors.joining(", "));
    CodeBlock invocation = CodeBlock.of("plugin.$N($L)", action.methodName(), arguments);
    TypeSpec.Builder call =
        TypeSpec.anonymousClassBuilder("")
            .superclass(CALL)
            .addMethod(
                MethodSpec.methodBuilder("cacheKey")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addComment("The validated arguments: a record, equal for equal calls.")
                    .addStatement("return arguments")
                    .build());
    MethodSpec.Builder run =
        MethodSpec.methodBuilder("run")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.JSON_WRITABLE)
            .addException(Names.PLUGIN_EXCEPTION_CLASS);
    CodeBlock encode =
        action.result() instanceof VoidType
            ? CodeBlock.of("result -> $T.NULL", Names.JSON_WRITE)
            : CodeBlock.of("$T::$N", encoder, resultMethod);
    if (action.async()) {
      run.addStatement("return $T.await(start())", Names.ASYNC);
      call.addMethod(
          MethodSpec.methodBuilder("start")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(
                  ParameterizedTypeName.get(
                      ClassName.get("java.util.concurrent", "CompletionStage"),
                      Names.JSON_WRITABLE))
              .addStatement("return $T.start(() -> $L, $L)", Names.ASYNC, invocation, encode)
              .build());
    } else if (action.result() instanceof VoidType) {
      run.addStatement("$L", invocation).addStatement("return $T.NULL", Names.JSON_WRITE);
    } else {
      run.addStatement("return $T.$N($L)", encoder, resultMethod, invocation);
    }
    code.addStatement("return $L", call.addMethod(run.build()).build());
    return code.build();
  }
}
