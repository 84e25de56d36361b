package ai.dialer.processor.writing;

import ai.dialer.processor.Names;
import ai.dialer.processor.model.SettingsModel;
import ai.dialer.processor.model.SettingsModel.Kind;
import ai.dialer.processor.model.SettingsModel.SettingModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooSettings_Module}: the Dagger module that reads a {@code @Settings} record from
 * the environment at start-up, and the list of its variables for {@code --help}.
 */
public final class SettingsModuleWriter {
  private SettingsModuleWriter() {}

  public static ClassName moduleName(ClassName settings) {
    return ClassName.get(
        settings.packageName(), String.join("_", settings.simpleNames()) + "_Module");
  }

  public static TypeSpec write(SettingsModel settings) {
    ClassName record = settings.className();
    String simpleName = record.simpleName();
    MethodSpec.Builder provide =
        MethodSpec.methodBuilder(
                Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1))
            .addJavadoc("Reads {@link $T} from the environment and {@code .env}.\n", record)
            .addAnnotation(Names.DAGGER_PROVIDES)
            .addAnnotation(Names.SINGLETON)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(record)
            .addParameter(Names.SETTINGS_SOURCE, "source")
            .addStatement("$T read = new $T(source)", Names.SETTINGS_READER, Names.SETTINGS_READER);
    NameAllocator locals = new NameAllocator();
    locals.newName("source");
    locals.newName("read");
    List<String> components = new ArrayList<>();
    for (SettingModel setting : settings.settings()) {
      String local = locals.newName(setting.component());
      provide.addStatement("$T $N =$W$L", type(setting), local, read(setting));
      components.add(local);
    }
    provide.addStatement(
        "return read.build($S, () -> new $T($L))",
        simpleName,
        record,
        GeneratedFiles.arguments(components));
    return TypeSpec.classBuilder(moduleName(record))
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(Names.DAGGER_MODULE)
        .addJavadoc("Binds {@link $T}, read once at start-up.\n", record)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(settings.element())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(List.class), Names.SETTING_SPEC),
                    "SPECS",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The variables of {@link $T}, for {@code --help}.\n", record)
                .initializer(specs(settings))
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(provide.build())
        .build();
  }

  private static CodeBlock specs(SettingsModel settings) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
    for (int i = 0; i < settings.settings().size(); i++) {
      SettingModel setting = settings.settings().get(i);
      code.add(
          "new $T(\n$>$>$S,\n$S,\n$L,\n$L,\n$L,\n$L)$<$<",
          Names.SETTING_SPEC,
          setting.variable(),
          setting.words(),
          GeneratedFiles.literal(setting.defaultValue()),
          GeneratedFiles.literal(setting.description()),
          setting.required(),
          setting.kind() == Kind.SECRET);
      code.add(i + 1 < settings.settings().size() ? ",\n" : "");
    }
    return code.add(")$<$<").build();
  }

  private static TypeName type(SettingModel setting) {
    TypeName value =
        switch (setting.kind()) {
          case STRING -> ClassName.get(String.class);
          case SECRET -> Names.SECRET_CLASS;
          case BOOLEAN -> setting.optional() ? ClassName.get(Boolean.class) : TypeName.BOOLEAN;
          case INT -> setting.optional() ? ClassName.get(Integer.class) : TypeName.INT;
          case LONG -> setting.optional() ? ClassName.get(Long.class) : TypeName.LONG;
          case DOUBLE -> setting.optional() ? ClassName.get(Double.class) : TypeName.DOUBLE;
          case URL -> ClassName.get("java.net", "URI");
          case PATH -> ClassName.get("java.nio.file", "Path");
          case DURATION -> ClassName.get("java.time", "Duration");
          case ENUM -> setting.enumType();
        };
    return setting.optional()
        ? ParameterizedTypeName.get(ClassName.get(Optional.class), value)
        : value;
  }

  private static CodeBlock read(SettingModel setting) {
    String method =
        setting.optional()
            ? "optional"
                + Character.toUpperCase(setting.kind().reader.charAt(0))
                + setting.kind().reader.substring(1)
            : setting.kind().reader;
    if (setting.kind() == Kind.LONG && setting.optional()) {
      method = "optionalLong";
    }
    CodeBlock.Builder arguments = CodeBlock.builder().add("$S", setting.variable());
    if (!setting.optional() && setting.kind() != Kind.SECRET) {
      arguments.add(", $L", GeneratedFiles.literal(setting.defaultValue()));
    }
    if (setting.kind() == Kind.ENUM) {
      CodeBlock entries =
          setting.constants().stream()
              .map(c -> CodeBlock.of("$T.entry($S, $T.$N)", Map.class, c, setting.enumType(), c))
              .collect(CodeBlock.joining(",$W"));
      arguments.add(",$W$T.ofEntries($L)", Map.class, entries);
    }
    return CodeBlock.of("read.$L($L)", method, arguments.build());
  }
}
