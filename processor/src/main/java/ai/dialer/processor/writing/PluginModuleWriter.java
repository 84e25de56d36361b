package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.PluginModel;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Module} for a plugin with no {@code @Inject} constructor: the Dagger
 * module that constructs it through its public no-argument constructor. A server's build installs
 * it from the jar's record; a plugin Dagger can construct needs none.
 */
public final class PluginModuleWriter {
  private PluginModuleWriter() {}

  public static TypeSpec write(PluginModel plugin) {
    return TypeSpec.interfaceBuilder(plugin.generated("Module"))
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(Names.DAGGER_MODULE)
        .addJavadoc(
            "Constructs {@link $T} for every server built with it:\n"
                + "it has no {@code @Inject} constructor.\n",
            plugin.className())
        .addModifiers(Modifier.PUBLIC)
        .addOriginatingElement(plugin.element())
        .addMethod(
            MethodSpec.methodBuilder("provide" + plugin.className().simpleName())
                .addAnnotation(Names.DAGGER_PROVIDES)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plugin.className())
                .addStatement("return new $T()", plugin.className())
                .build())
        .build();
  }
}
