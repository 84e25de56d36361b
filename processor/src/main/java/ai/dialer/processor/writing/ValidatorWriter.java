package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Validator}: for each action a record of typed arguments and a method that
 * reads the context into it, collecting every violation before it throws.
 */
public final class ValidatorWriter {
  /** Record component names that would clash with the methods every record has. */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  /** The names the invoker needs to call one action's validator. */
  public record ActionNames(String method, ClassName arguments, List<String> components) {}

  private ValidatorWriter() {}

  /** Names per action, in action order; computed the same way for the validator and the invoker. */
  public static List<ActionNames> names(PluginModel plugin) {
    ClassName validator = plugin.generated("Validator");
    NameAllocator members = new NameAllocator();
    List<ActionNames> names = new ArrayList<>();
    for (ActionModel action : plugin.actions()) {
      String suffix = plugin.hasActions() ? GeneratedFiles.pascalCase(action.name()) : "";
      String method = members.newName("validate" + suffix);
      String record = members.newName(suffix + "Arguments");
      List<String> components = new ArrayList<>();
      for (FieldModel field : action.parameters()) {
        String name = field.javaName();
        components.add(RESERVED_COMPONENTS.contains(name) ? name + "_" : name);
      }
      names.add(new ActionNames(method, validator.nestedClass(record), components));
    }
    return names;
  }

  public static TypeSpec write(PluginModel plugin) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plugin.generated("Validator"))
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addJavadoc(
                "Reads the context of {@link $T} into typed arguments, reporting every violation.\n",
                plugin.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(plugin.element())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    DecoderWriter decoders = new DecoderWriter(type, plugin.ignoreUnknownKeys());
    FastPathWriter fastPaths = new FastPathWriter(decoders);
    List<ActionNames> names = names(plugin);
    for (ActionNames name : names) {
      decoders.reserve(name.method());
      decoders.reserve(name.arguments().simpleName());
    }
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      ActionNames name = names.get(i);
      type.addType(argumentsRecord(action, name));
      // A plugin with actions gets its context as a tree (the action key may come last), which
      // FastPath does not read.
      String fastPath = null;
      if (!plugin.hasActions() && FastPathWriter.supports(action.parameters())) {
        fastPath = decoders.reserve("readPlain");
        type.addMethod(fastPaths.context(fastPath, action.parameters(), name.arguments()));
      }
      type.addMethod(validateMethod(action, name, decoders, plugin.hasActions(), fastPath));
      type.addMethod(validateTreeMethod(name));
    }
    return type.build();
  }

  private static TypeSpec argumentsRecord(ActionModel action, ActionNames name) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (int i = 0; i < action.parameters().size(); i++) {
      FieldModel field = action.parameters().get(i);
      constructor.addParameter(
          ParameterSpec.builder(field.type().typeName(), name.components().get(i)).build());
    }
    return TypeSpec.recordBuilder(name.arguments())
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(constructor.build())
        .build();
  }

  private static MethodSpec validateMethod(
      ActionModel action,
      ActionNames name,
      DecoderWriter decoders,
      boolean hasActionKey,
      String fastPath) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name.method())
            .addJavadoc(
                "Reads the context of action $S from the parser, which is at its opening brace,"
                    + " and leaves the parser at its closing brace.\n\n"
                    + "@throws $T with every violation, if there is any\n"
                    + "@throws $T if the JSON itself is malformed\n",
                action.name(),
                ClassName.get("ai.dialer.runtime", "InvalidContextException"),
                IOException.class)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name.arguments())
            .addParameter(ClassName.get("com.fasterxml.jackson.core", "JsonParser"), "parser")
            .addException(IOException.class);
    if (fastPath != null) {
      method
          .addStatement(
              "$T plain = $T.at(parser)", FastPathWriter.FAST_PATH, FastPathWriter.FAST_PATH)
          .beginControlFlow("if (plain != null)")
          .addStatement("$T arguments = $N(plain)", name.arguments(), fastPath)
          .beginControlFlow("if (arguments != null)")
          .addStatement("plain.finish()")
          .addStatement("return arguments")
          .endControlFlow()
          .addComment("Not the plain case: read again below, which reports what it is.")
          .addStatement("plain.rewind()")
          .endControlFlow();
    }
    method
            .addStatement("$T violations = new $T()", Names.VIOLATIONS, Names.VIOLATIONS)
            .beginControlFlow(
                "if (!$T.isObject(parser, $S, violations))",
                ClassName.get("ai.dialer.runtime", "StreamDecode"),
                "")
            .addStatement("violations.check()")
            .endControlFlow();
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("parser", "violations", "plain", "arguments")) {
      locals.newName(reserved);
    }
    Map<FieldModel, String> localsByField = new HashMap<>();
    method.addCode(
        decoders.readObject(
            action.parameters(),
            null,
            hasActionKey ? List.of("action") : List.of(),
            localsByField,
            locals));
    method.addStatement("violations.check()");
    String arguments =
        action.parameters().stream().map(localsByField::get).collect(Collectors.joining(", "));
    method.addStatement("return new $T($L)", name.arguments(), arguments);
    return method.build();
  }

  /** The same for a context held as a tree. */
  private static MethodSpec validateTreeMethod(ActionNames name) {
    return MethodSpec.methodBuilder(name.method())
        .addJavadoc("Reads a context held as a tree; see the parser variant.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name.arguments())
        .addParameter(Names.OBJECT_NODE, "context")
        .beginControlFlow("try")
        .addStatement("return $N($T.parser(context))", name.method(), Names.JSON)
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T(e)", UncheckedIOException.class)
        .endControlFlow()
        .build();
  }
}
