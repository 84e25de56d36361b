package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.PluginModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the registry of one compilation: {@code GeneratedPlugins}, the static list of every
 * plugin's descriptor, and {@code GeneratedPluginsModule}, the Dagger module that binds every
 * invoker into the {@code Map<String, PluginInvoker>} by plugin name.
 */
public final class RegistryWriter {
  private RegistryWriter() {}

  public static TypeSpec registry(ClassName name, List<PluginModel> plugins) {
    CodeBlock descriptors =
        plugins.stream()
            .map(p -> CodeBlock.of("$T.DESCRIPTOR", p.generated("Invoker")))
            .collect(CodeBlock.joining(",\n"));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addJavadoc("Every plugin of this compilation, known at compile time.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(
                            ClassName.get(List.class), Names.PLUGIN_DESCRIPTOR),
                        "DESCRIPTORS",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.of(\n$>$>$L$<$<)", List.class, descriptors)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    plugins.forEach(p -> type.addOriginatingElement(p.element()));
    return type.build();
  }

  public static TypeSpec module(ClassName name, List<PluginModel> plugins) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addAnnotation(Names.DAGGER_MODULE)
            .addJavadoc(
                "Binds every plugin of this compilation into {@code Map<String, PluginInvoker>}.\n")
            .addModifiers(Modifier.PUBLIC);
    NameAllocator methods = new NameAllocator();
    for (PluginModel plugin : plugins) {
      type.addOriginatingElement(plugin.element());
      String base =
          Character.toLowerCase(plugin.className().simpleName().charAt(0))
              + plugin.className().simpleName().substring(1);
      type.addMethod(
          MethodSpec.methodBuilder(methods.newName(base))
              .addAnnotation(Names.DAGGER_BINDS)
              .addAnnotation(Names.DAGGER_INTO_MAP)
              .addAnnotation(
                  com.palantir.javapoet.AnnotationSpec.builder(Names.DAGGER_STRING_KEY)
                      .addMember("value", "$S", plugin.name())
                      .build())
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(Names.PLUGIN_INVOKER)
              .addParameter(plugin.generated("Invoker"), "invoker")
              .build());
      if (!plugin.injectable()) {
        // No @Inject constructor: Dagger gets the plugin from its public no-argument constructor.
        type.addMethod(
            MethodSpec.methodBuilder(methods.newName("provide" + plugin.className().simpleName()))
                .addAnnotation(Names.DAGGER_PROVIDES)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plugin.className())
                .addStatement("return new $T()", plugin.className())
                .build());
      }
    }
    return type.build();
  }
}
