package ai.dialer.processor.writing.validator;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.writing.GeneratedClass;
import ai.dialer.processor.writing.GeneratedFiles;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Validator}: for each action a record of typed arguments and a method that
 * reads the context into it, collecting every violation before it throws, and the helpers that read
 * the enums, collections and records of its parameters.
 */
public final class ValidatorWriter {
  /** Record component names that would clash with the methods every record has. */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  /**
   * The names the invoker needs to call one action's reader.
   *
   * @param method the reader ({@code read}, or {@code readAdd} in a plugin with several actions)
   * @param arguments the record it returns
   * @param components the record's components, in parameter order
   */
  public record ActionNames(String method, ClassName arguments, List<String> components) {}

  private ValidatorWriter() {}

  /** Names per action, in action order; computed the same way for the validator and the invoker. */
  public static List<ActionNames> names(PluginModel plugin) {
    ClassName validator = plugin.generated("Validator");
    NameAllocator members = new NameAllocator();
    List<ActionNames> names = new ArrayList<>();
    for (ActionModel action : plugin.actions()) {
      String suffix = plugin.hasActions() ? GeneratedClass.pascalCase(action.name()) : "";
      String method = members.newName("read" + suffix);
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
                "Reads the context of {@link $T} into typed arguments, reporting every"
                    + " violation.\n",
                plugin.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(plugin.element())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    GeneratedClass generated = new GeneratedClass(type);
    ObjectReader objects = new ObjectReader(generated, plugin.ignoreUnknownKeys());
    List<ActionNames> names = names(plugin);
    for (ActionNames name : names) {
      generated.reserve(name.method());
      generated.reserve(name.arguments().simpleName());
    }
    for (int i = 0; i < plugin.actions().size(); i++) {
      ActionModel action = plugin.actions().get(i);
      ActionNames name = names.get(i);
      type.addType(argumentsRecord(plugin, action, name));
      type.addMethod(readMethod(plugin, action, name, objects));
    }
    return type.build();
  }

  private static TypeSpec argumentsRecord(
      PluginModel plugin, ActionModel action, ActionNames name) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (int i = 0; i < action.parameters().size(); i++) {
      FieldModel field = action.parameters().get(i);
      constructor.addParameter(
          ParameterSpec.builder(field.type().typeName(), name.components().get(i)).build());
    }
    return TypeSpec.recordBuilder(name.arguments())
        .addJavadoc(
            "The arguments of {@link $T#$L}, read from a valid context.\n",
            plugin.className(),
            action.methodName())
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(constructor.build())
        .build();
  }

  private static MethodSpec readMethod(
      PluginModel plugin, ActionModel action, ActionNames name, ObjectReader objects) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name.method())
            .addJavadoc(
                "Reads the context of {@link $T#$L}, the object the parser is at.\n\n"
                    + "@throws $T with every violation, if there is any\n",
                plugin.className(),
                action.methodName(),
                Names.INVALID_CONTEXT_EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name.arguments())
            .addParameter(Names.JSON_PARSER, "parser")
            .addException(IOException.class)
            .addStatement("$T violations = new $T()", Names.VIOLATIONS, Names.VIOLATIONS);
    NameAllocator locals = ObjectReader.locals("parser", "violations");
    Map<FieldModel, String> localsByField = new HashMap<>();
    String prefix = plugin.hasActions() ? GeneratedClass.constantCase(action.name()) + "_" : "";
    method.addCode(
        objects.read(
            action.parameters(),
            false,
            plugin.hasActions() ? List.of("action") : List.of(),
            prefix,
            action.keyGroups(),
            localsByField,
            locals));
    method.addStatement("violations.check()");
    List<String> arguments = new ArrayList<>();
    action.parameters().forEach(field -> arguments.add(localsByField.get(field)));
    method.addStatement("return new $T($L)", name.arguments(), GeneratedFiles.arguments(arguments));
    return method.build();
  }
}
