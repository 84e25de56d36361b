package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.ValueType.VoidType;
import ai.dialer.processor.writing.ValidatorWriter.ActionNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Invoker}: the plugin's descriptor as a constant, and the method that
 * picks the action, runs its validator, calls the plugin directly and hands back the encoder.
 */
public final class InvokerWriter {
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
        .addMethod(invoke(plugin))
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
        .add("$S)$<$<", schemaJson)
        .build();
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

  private static MethodSpec invoke(PluginModel plugin) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("invoke")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.JSON_WRITABLE)
            .addParameter(Names.OBJECT_NODE, "context")
            .addException(Names.PLUGIN_EXCEPTION_CLASS);
    List<ActionNames> names = ValidatorWriter.names(plugin);
    List<String> results = EncoderWriter.resultMethods(plugin);
    ClassName validator = plugin.generated("Validator");
    ClassName encoder = plugin.generated("Encoder");
    if (!plugin.hasActions()) {
      return method.addCode(call(plugin.actions().get(0), names.get(0), results.get(0), validator, encoder)).build();
    }
    method.beginControlFlow(
        "switch ($T.select(context, DESCRIPTOR))", Names.ACTION_SELECTOR);
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      method.beginControlFlow("case $S:", action.name());
      method.addCode(call(action, names.get(i), results.get(i), validator, encoder));
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
      ClassName encoder) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement(
        "$T arguments = $T.$N(context)", names.arguments(), validator, names.method());
    String arguments =
        names.components().stream().map(c -> "arguments." + c + "()").collect(Collectors.joining(", "));
    if (action.result() instanceof VoidType) {
      code.addStatement("plugin.$N($L)", action.methodName(), arguments);
      code.addStatement("return $T.NULL", Names.JSON_WRITE);
    } else {
      code.addStatement(
          "return $T.$N(plugin.$N($L))", encoder, resultMethod, action.methodName(), arguments);
    }
    return code.build();
  }
}
