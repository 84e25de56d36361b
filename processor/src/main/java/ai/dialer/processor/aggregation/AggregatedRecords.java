package ai.dialer.processor.aggregation;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.SettingsModel;
import ai.dialer.processor.model.SettingsModel.SettingModel;
import ai.dialer.processor.writing.GeneratedFiles;
import ai.dialer.processor.writing.SettingsModuleWriter;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the records a plugin jar keeps of what it contributes to a server, one class each in the
 * package every jar shares ({@link Names#AGGREGATION_PACKAGE}), as Hilt's aggregating packages do.
 * A server's build lists that package and installs what the records name; nothing is looked up at
 * run time.
 */
public final class AggregatedRecords {
  private AggregatedRecords() {}

  /** The record class of {@code element}: its qualified name with underscores. */
  public static ClassName recordName(TypeElement element) {
    return ClassName.get(
        Names.AGGREGATION_PACKAGE, element.getQualifiedName().toString().replace('.', '_'));
  }

  public static TypeSpec plugin(PluginModel plugin) {
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(Names.AGGREGATED_PLUGIN)
            .addMember("name", "$S", plugin.name())
            .addMember("plugin", "$T.class", plugin.className())
            .addMember("invoker", "$T.class", plugin.generated("Invoker"))
            .addMember("tools", "$L", strings(plugin.toolNames()));
    if (!plugin.injectable()) {
      annotation.addMember("module", "$T.class", plugin.generated("Module"));
    }
    return record(
        plugin.element(),
        annotation.build(),
        "The plugin $S of this jar, for the servers built with it.\n",
        plugin.name());
  }

  public static TypeSpec settings(SettingsModel settings) {
    return record(
        settings.element(),
        AnnotationSpec.builder(Names.AGGREGATED_MODULE)
            .addMember("module", "$T.class", SettingsModuleWriter.moduleName(settings.className()))
            .addMember("settings", "$T.class", settings.className())
            .addMember(
                "variables",
                "$L",
                strings(settings.settings().stream().map(SettingModel::variable).toList()))
            .build(),
        "The settings $S of this jar, read by the servers built with it.\n",
        settings.className().simpleName());
  }

  public static TypeSpec module(TypeElement module) {
    return record(
        module,
        AnnotationSpec.builder(Names.AGGREGATED_MODULE)
            .addMember("module", "$T.class", ClassName.get(module))
            .build(),
        "The @PluginModule $S of this jar, installed in the servers built with it.\n",
        module.getSimpleName().toString());
  }

  /** An annotation's {@code String[]}: on one line, or one per line when there are many. */
  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> quoted = values.stream().map(v -> CodeBlock.of("$S", v)).toList();
    CodeBlock oneLine = CodeBlock.join(quoted, ", ");
    return oneLine.toString().length() <= 80
        ? CodeBlock.of("{$L}", oneLine)
        : CodeBlock.of("{\n$L\n$<$<}$>$>", CodeBlock.join(quoted, ",\n"));
  }

  private static TypeSpec record(
      TypeElement origin, AnnotationSpec annotation, String javadoc, String what) {
    ClassName name = recordName(origin);
    return TypeSpec.classBuilder(name)
        .addAnnotation(annotation)
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addJavadoc(javadoc, what)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(origin)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
