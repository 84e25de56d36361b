package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.PluginModel;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooPlugin_Module}: the Dagger module that binds the plugin's invoker into the
 * server's {@code Map<String, PluginInvoker>} under its name, and constructs the plugin when it has
 * no {@code @Inject} constructor. A server's build installs it from the jar's record.
 */
public final class PluginModuleWriter {
  private PluginModuleWriter() {}

  public static TypeSpec write(PluginModel plugin) {
    String simpleName = plugin.className().simpleName();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(plugin.generated("Module"))
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addAnnotation(Names.DAGGER_MODULE)
            .addJavadoc(
                "Binds {@link $T} into every server built with it, as $S.\n",
                plugin.className(),
                plugin.name())
            .addModifiers(Modifier.PUBLIC)
            .addOriginatingElement(plugin.element())
            .addMethod(
                MethodSpec.methodBuilder(
                        Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1))
                    .addAnnotation(Names.DAGGER_BINDS)
                    .addAnnotation(Names.DAGGER_INTO_MAP)
                    .addAnnotation(
                        AnnotationSpec.builder(Names.DAGGER_STRING_KEY)
                            .addMember("value", "$S", plugin.name())
                            .build())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(Names.PLUGIN_INVOKER)
                    .addParameter(plugin.generated("Invoker"), "invoker")
                    .build());
    if (!plugin.injectable()) {
      // No @Inject constructor: Dagger gets the plugin from its public no-argument constructor.
      type.addMethod(
          MethodSpec.methodBuilder("provide" + simpleName)
              .addAnnotation(Names.DAGGER_PROVIDES)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(plugin.className())
              .addStatement("return new $T()", plugin.className())
              .build());
    }
    return type.build();
  }
}
