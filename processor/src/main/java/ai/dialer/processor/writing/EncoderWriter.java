package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import ai.dialer.processor.model.ValueType.VoidType;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Encoder}: one method per record, enum, collection and map type the
 * plugin's actions return, writing JSON through Jackson's streaming generator.
 */
public final class EncoderWriter {
  private final ClassName encoder;
  private final TypeSpec.Builder generated;
  private final GeneratedClass members;

  private EncoderWriter(PluginModel plugin) {
    this.encoder = plugin.generated("Encoder");
    this.generated =
        TypeSpec.classBuilder(encoder)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addJavadoc("Writes the results of {@link $T} as JSON.\n", plugin.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(plugin.element())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    this.members = new GeneratedClass(generated);
  }

  /**
   * The name of each action's result method ({@code resultAdd}, or {@code result} for a plugin's
   * only action), in action order; null for an action that returns nothing.
   */
  public static List<String> resultMethods(PluginModel plugin) {
    List<String> names = new ArrayList<>();
    for (ActionModel action : plugin.actions()) {
      names.add(
          action.result() instanceof VoidType
              ? null
              : "result" + (plugin.hasActions() ? GeneratedClass.pascalCase(action.name()) : ""));
    }
    return names;
  }

  public static TypeSpec write(PluginModel plugin) {
    EncoderWriter writer = new EncoderWriter(plugin);
    List<String> resultMethods = resultMethods(plugin);
    resultMethods.stream().filter(Objects::nonNull).forEach(writer.members::reserve);
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      if (resultMethods.get(i) == null) {
        continue;
      }
      writer.generated.addMethod(
          MethodSpec.methodBuilder(resultMethods.get(i))
              .addJavadoc("The result of action $S, ready to be written.\n", action.name())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(Names.JSON_WRITABLE)
              .addParameter(action.result().typeName(), "value")
              .addStatement(
                  "return generator -> $L",
                  writer.writeExpression(
                      action.result(), CodeBlock.of("generator"), CodeBlock.of("value")))
              .build());
    }
    return writer.generated.build();
  }

  private CodeBlock writeExpression(ValueType type, CodeBlock generator, CodeBlock value) {
    if (type instanceof Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("$T.string($L, $L)", Names.JSON_WRITE, generator, value);
        case BOOLEAN ->
            scalar.primitive()
                ? CodeBlock.of("$L.writeBoolean($L)", generator, value)
                : CodeBlock.of("$T.bool($L, $L)", Names.JSON_WRITE, generator, value);
        case INT, LONG ->
            scalar.primitive()
                ? CodeBlock.of("$L.writeNumber($L)", generator, value)
                : CodeBlock.of("$T.number($L, $L)", Names.JSON_WRITE, generator, value);
        case DOUBLE, DECIMAL ->
            CodeBlock.of("$T.number($L, $L)", Names.JSON_WRITE, generator, value);
        case DATE, TIME, DATE_TIME, INSTANT ->
            CodeBlock.of("$T.text($L, $L)", Names.JSON_WRITE, generator, value);
        case JSON -> CodeBlock.of("$T.json($L, $L)", Names.JSON_WRITE, generator, value);
      };
    }
    if (type instanceof EnumType enumType && !enumType.renamed()) {
      return CodeBlock.of("$T.enumName($L, $L)", Names.JSON_WRITE, generator, value);
    }
    if (type instanceof OptionalType optional) {
      return writeExpression(optional.element(), generator, CodeBlock.of("$L.orElse(null)", value));
    }
    return CodeBlock.of("$T.$N($L, $L)", encoder, helper(type), generator, value);
  }

  private String helper(ValueType type) {
    return members.helper("write", type, name -> helperMethod(name, type));
  }

  private MethodSpec helperMethod(String name, ValueType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addException(IOException.class)
            .addParameter(Names.JSON_GENERATOR, "generator")
            .addParameter(type.typeName(), "value")
            .beginControlFlow("if (value == null)")
            .addStatement("generator.writeNull()")
            .addStatement("return")
            .endControlFlow();
    if (type instanceof ListType list) {
      method
          .addStatement("generator.writeStartArray()")
          .beginControlFlow("for ($T element : value)", list.element().typeName().box())
          .addStatement(
              writeExpression(list.element(), CodeBlock.of("generator"), CodeBlock.of("element")))
          .endControlFlow()
          .addStatement("generator.writeEndArray()");
    } else if (type instanceof MapType map) {
      method
          .addStatement("generator.writeStartObject()")
          .beginControlFlow(
              "for ($T entry : value.entrySet())",
              ParameterizedTypeName.get(
                  ClassName.get("java.util", "Map", "Entry"),
                  ClassName.get(String.class),
                  map.value().typeName().box()))
          .addStatement("generator.writeFieldName(entry.getKey())")
          .addStatement(
              writeExpression(
                  map.value(), CodeBlock.of("generator"), CodeBlock.of("entry.getValue()")))
          .endControlFlow()
          .addStatement("generator.writeEndObject()");
    } else if (type instanceof EnumType enumType) {
      method.beginControlFlow("switch (value)");
      for (ValueType.EnumConstant constant : enumType.constants()) {
        method.addStatement(
            "case $N: generator.writeString($S); break", constant.javaName(), constant.wireValue());
      }
      method.addStatement(
          "default: throw new $T($S + value)", IllegalStateException.class, "No wire value for ");
      method.endControlFlow();
    } else if (type instanceof RecordType record) {
      method.addStatement("generator.writeStartObject()");
      for (FieldModel field : record.fields()) {
        method.addStatement("generator.writeFieldName($S)", field.wireName());
        method.addStatement(
            writeExpression(
                field.type(),
                CodeBlock.of("generator"),
                CodeBlock.of("value.$N()", field.javaName())));
      }
      method.addStatement("generator.writeEndObject()");
    } else {
      throw new IllegalStateException("No encoder helper for " + type);
    }
    return method.build();
  }
}
