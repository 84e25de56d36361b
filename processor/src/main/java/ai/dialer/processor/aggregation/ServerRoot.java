package ai.dialer.processor.aggregation;

import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Messages;
import ai.dialer.processor.Names;
import ai.dialer.processor.SettingsMessages;
import ai.dialer.processor.writing.GeneratedFiles;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.StandardLocation;

/**
 * Builds one server from the records of every plugin jar on the class path and of this compilation:
 * checks that no two plugins share a name and no two settings a variable, then writes {@code
 * FooServer_Component}, the one Dagger component (so Dagger checks the whole graph now), and {@code
 * FooServer_Assembly}, the static registry, the settings and {@code main}.
 */
public final class ServerRoot {
  private static final String THIS_BUILD = "this build";

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  /** Records written by this compilation, which no jar holds yet. */
  private final Set<String> ownRecords;

  /**
   * A plugin as its record names it (its module null when it needs none), and where the record came
   * from.
   */
  private record FoundPlugin(
      String name,
      ClassName plugin,
      ClassName invoker,
      ClassName module,
      List<String> tools,
      String origin) {}

  /** A module to install, the settings record it reads (or null), and where it came from. */
  private record FoundModule(
      ClassName module, ClassName settings, List<String> variables, String origin) {}

  public ServerRoot(ProcessingEnvironment env, Diagnostics diagnostics, Set<String> ownRecords) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.ownRecords = ownRecords;
  }

  /** Writes the server of {@code root}, unless the records clash (then it reports, on root). */
  public void write(TypeElement root) {
    List<FoundPlugin> plugins = new ArrayList<>();
    List<FoundModule> modules = new ArrayList<>();
    read(plugins, modules);
    int errorsBefore = diagnostics.errorCount();
    checkNames(root, plugins);
    checkToolNames(root, plugins);
    checkVariables(root, modules);
    if (diagnostics.errorCount() != errorsBefore) {
      return;
    }
    plugins.sort(Comparator.comparing(FoundPlugin::name));
    String packageName = env.getElementUtils().getPackageOf(root).getQualifiedName().toString();
    String base = String.join("_", ClassName.get(root).simpleNames());
    ClassName component = ClassName.get(packageName, base + "_Component");
    ClassName assembly = ClassName.get(packageName, base + "_Assembly");
    List<ClassName> installed = installed(plugins, modules);
    Set<String> taken = new HashSet<>(Set.of("plugin", "readinessChecks", "resources"));
    Map<FoundPlugin, String> pluginMethods = new LinkedHashMap<>();
    plugins.forEach(p -> pluginMethods.put(p, methodName(p.plugin(), taken)));
    Map<ClassName, String> settingsMethods = new LinkedHashMap<>();
    modules.stream()
        .map(FoundModule::settings)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(s -> settingsMethods.put(s, methodName(s, taken)));
    GeneratedFiles.write(
        env.getFiler(),
        packageName,
        component(root, component, installed, pluginMethods, settingsMethods));
    GeneratedFiles.write(
        env.getFiler(),
        packageName,
        assembly(root, component, assembly, plugins, modules, settingsMethods));
  }

  /**
   * For a plugin jar built without a server: writes {@code FirstPlugin_GraphCheck}, a component
   * nothing calls, that asks for each plugin of this build from every module on the class path, so
   * that Dagger reports a service nobody provides ({@code [Dagger/MissingBinding]}) or two plugins
   * that need each other ({@code [Dagger/DependencyCycle]}) when the jar is built, not when a
   * server is.
   */
  public void writeCheck() {
    List<FoundPlugin> plugins = new ArrayList<>();
    List<FoundModule> modules = new ArrayList<>();
    read(plugins, modules);
    List<FoundPlugin> own =
        plugins.stream()
            .filter(p -> p.origin().equals(THIS_BUILD))
            .sorted(Comparator.comparing(FoundPlugin::name))
            .toList();
    if (own.isEmpty()) {
      return;
    }
    TypeElement anchor = env.getElementUtils().getTypeElement(own.get(0).plugin().canonicalName());
    ClassName check =
        ClassName.get(
            own.get(0).plugin().packageName(),
            String.join("_", own.get(0).plugin().simpleNames()) + "_GraphCheck");
    Set<String> taken = new HashSet<>();
    Map<FoundPlugin, String> pluginMethods = new LinkedHashMap<>();
    own.forEach(p -> pluginMethods.put(p, methodName(p.plugin(), taken)));
    TypeSpec.Builder type =
        componentType(check, installed(plugins, modules), pluginMethods, Map.of())
            .addJavadoc(
                "Only for the build: Dagger checks here that every plugin of this jar can be built"
                    + "\nfrom what the class path provides. Nothing calls it; servers have their"
                    + " own component.\n");
    if (anchor != null) {
      type.addOriginatingElement(anchor);
    }
    GeneratedFiles.write(env.getFiler(), check.packageName(), type.build());
  }

  private static List<ClassName> installed(List<FoundPlugin> plugins, List<FoundModule> modules) {
    List<ClassName> installed = new ArrayList<>();
    installed.add(Names.SHARED_SERVICES);
    plugins.stream().map(FoundPlugin::module).filter(Objects::nonNull).forEach(installed::add);
    modules.forEach(m -> installed.add(m.module()));
    return installed;
  }

  private void read(List<FoundPlugin> plugins, List<FoundModule> modules) {
    PackageElement records = env.getElementUtils().getPackageElement(Names.AGGREGATION_PACKAGE);
    if (records == null) {
      return;
    }
    // By name: the order javac lists a package's classes in follows the class path's file
    // listing, and generated code must not change with it.
    List<TypeElement> sorted = new ArrayList<>();
    for (Element element : records.getEnclosedElements()) {
      if (element instanceof TypeElement record) {
        sorted.add(record);
      }
    }
    sorted.sort(Comparator.comparing(record -> record.getQualifiedName().toString()));
    for (TypeElement record : sorted) {
      String origin = origin(record);
      for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
        String annotation =
            ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        Map<String, Object> values = values(mirror);
        if (annotation.equals(Names.AGGREGATED_PLUGIN.canonicalName())) {
          ClassName plugin = className(values.get("plugin"));
          ClassName invoker = className(values.get("invoker"));
          if (plugin != null && invoker != null) {
            plugins.add(
                new FoundPlugin(
                    (String) values.get("name"),
                    plugin,
                    invoker,
                    className(values.get("module")),
                    strings(values.get("tools")),
                    origin));
          }
        } else if (annotation.equals(Names.AGGREGATED_MODULE.canonicalName())) {
          ClassName module = className(values.get("module"));
          ClassName settings = className(values.get("settings"));
          if (module != null) {
            modules.add(
                new FoundModule(module, settings, strings(values.get("variables")), origin));
          }
        }
      }
    }
  }

  private void checkNames(TypeElement root, List<FoundPlugin> plugins) {
    Map<String, FoundPlugin> byName = new HashMap<>();
    for (FoundPlugin plugin : plugins) {
      FoundPlugin other = byName.putIfAbsent(plugin.name(), plugin);
      if (other != null) {
        diagnostics.error(
            root,
            Messages.duplicatePluginName(
                plugin.name(),
                other.plugin().canonicalName(),
                other.origin(),
                plugin.plugin().canonicalName(),
                plugin.origin()));
      }
    }
  }

  /** Two plugins whose actions would be one tool to MCP and the model providers. */
  private void checkToolNames(TypeElement root, List<FoundPlugin> plugins) {
    Map<String, FoundPlugin> byTool = new HashMap<>();
    for (FoundPlugin plugin : plugins) {
      for (String tool : plugin.tools()) {
        FoundPlugin other = byTool.putIfAbsent(tool, plugin);
        // Two plugins of one name are reported as such, not once more for each of their tools.
        if (other != null && !other.name().equals(plugin.name())) {
          diagnostics.error(
              root,
              Messages.duplicateToolName(tool, describe(other), describe(plugin), "a server"));
        }
      }
    }
  }

  private void checkVariables(TypeElement root, List<FoundModule> modules) {
    Map<String, FoundModule> byVariable = new HashMap<>();
    for (FoundModule module : modules) {
      for (String variable : module.variables()) {
        FoundModule other = byVariable.putIfAbsent(variable, module);
        if (other != null && !other.settings().equals(module.settings())) {
          diagnostics.error(
              root,
              SettingsMessages.duplicateSetting(
                  variable,
                  other.settings().canonicalName() + " (in " + other.origin() + ")",
                  module.settings().canonicalName() + " (in " + module.origin() + ")"));
        }
      }
    }
  }

  /** {@code "notes" (ai.dialer.plugins.NotesPlugin, in plugins.jar)}. */
  private static String describe(FoundPlugin plugin) {
    return "\""
        + plugin.name()
        + "\" ("
        + plugin.plugin().canonicalName()
        + ", in "
        + plugin.origin()
        + ")";
  }

  /** The jar a record came from, or this build. */
  private String origin(TypeElement record) {
    String simpleName = record.getSimpleName().toString();
    if (ownRecords.contains(simpleName)) {
      return THIS_BUILD;
    }
    try {
      URI uri =
          env.getFiler()
              .getResource(
                  StandardLocation.CLASS_PATH, Names.AGGREGATION_PACKAGE, simpleName + ".class")
              .toUri();
      String text = uri.toString();
      if (text.startsWith("jar:")) {
        String jar = text.substring(4, text.indexOf('!'));
        return jar.substring(jar.lastIndexOf('/') + 1);
      }
      return text;
    } catch (IOException | IllegalArgumentException e) {
      return "the class path";
    }
  }

  /** The strings of an annotation's {@code String[]}, or none if it is absent. */
  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> strings.add((String) ((AnnotationValue) v).getValue()));
    }
    return strings;
  }

  private static Map<String, Object> values(AnnotationMirror mirror) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
    }
    return values;
  }

  /** The class a {@code Class} member names, or null for none ({@code void}) or one not found. */
  private static ClassName className(Object value) {
    if (value instanceof TypeMirror type
        && type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element) {
      return ClassName.get(element);
    }
    return null;
  }

  /** {@code fooPlugin} for {@code FooPlugin}, made unique among {@code taken}. */
  private static String methodName(ClassName type, Set<String> taken) {
    String simple = String.join("", type.simpleNames());
    String base = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private static TypeSpec component(
      TypeElement root,
      ClassName component,
      List<ClassName> modules,
      Map<FoundPlugin, String> pluginMethods,
      Map<ClassName, String> settingsMethods) {
    CodeBlock.Builder cases = CodeBlock.builder();
    int index = 0;
    for (String method : pluginMethods.values()) {
      cases.addStatement("case $L -> $L()", index++, method);
    }
    return componentType(component, modules, pluginMethods, settingsMethods)
        .addJavadoc(
            "The object graph of {@link $T}: every plugin on its class path and what they"
                + " need,\nchecked by Dagger at build time.\n",
            ClassName.get(root))
        .addSuperinterface(Names.SERVER_GRAPH)
        .addOriginatingElement(root)
        .addMethod(
            MethodSpec.methodBuilder("plugin")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(Names.PLUGIN_INVOKER)
                .addParameter(int.class, "index")
                .addCode(
                    "return switch (index) {\n$>$Ldefault -> throw new $T(index);\n$<};\n",
                    cases.build(),
                    IndexOutOfBoundsException.class)
                .build())
        .build();
  }

  /** A Dagger component with one provision method per plugin and settings record. */
  private static TypeSpec.Builder componentType(
      ClassName component,
      List<ClassName> modules,
      Map<FoundPlugin, String> pluginMethods,
      Map<ClassName, String> settingsMethods) {
    CodeBlock installed =
        modules.stream().map(m -> CodeBlock.of("$T.class", m)).collect(CodeBlock.joining(",\n"));
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(component)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addAnnotation(Names.SINGLETON)
            .addAnnotation(
                AnnotationSpec.builder(Names.DAGGER_COMPONENT)
                    .addMember("modules", "{\n$>$L$<\n}", installed)
                    .build())
            .addModifiers(Modifier.PUBLIC);
    pluginMethods.forEach(
        (plugin, method) ->
            type.addMethod(
                MethodSpec.methodBuilder(method)
                    .addJavadoc("Builds plugin $S.\n", plugin.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(plugin.invoker())
                    .build()));
    settingsMethods.forEach(
        (settings, method) ->
            type.addMethod(
                MethodSpec.methodBuilder(method)
                    .addJavadoc("Reads {@link $T}.\n", settings)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(settings)
                    .build()));
    return type.addType(
        TypeSpec.interfaceBuilder("Factory")
            .addAnnotation(Names.DAGGER_COMPONENT.nestedClass("Factory"))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(component)
                    .addParameter(
                        com.palantir.javapoet.ParameterSpec.builder(
                                Names.SETTINGS_SOURCE, "settings")
                            .addAnnotation(Names.DAGGER_BINDS_INSTANCE)
                            .build())
                    .build())
            .build());
  }

  private static TypeSpec assembly(
      TypeElement root,
      ClassName component,
      ClassName assembly,
      List<FoundPlugin> plugins,
      List<FoundModule> modules,
      Map<ClassName, String> settingsMethods) {
    CodeBlock names =
        plugins.stream().map(p -> CodeBlock.of("$S", p.name())).collect(CodeBlock.joining(",\n"));
    CodeBlock.Builder descriptors = CodeBlock.builder();
    for (int i = 0; i < plugins.size(); i++) {
      descriptors.addStatement("case $L -> $T.DESCRIPTOR", i, plugins.get(i).invoker());
    }
    List<CodeBlock> specs = new ArrayList<>();
    for (FoundModule module : modules) {
      if (module.settings() != null) {
        specs.add(CodeBlock.of("$T.SPECS", module.module()));
      }
    }
    ClassName dagger = ClassName.get(component.packageName(), "Dagger" + component.simpleName());
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.SERVER_GRAPH)
            .addParameter(Names.SETTINGS_SOURCE, "settings")
            .addStatement("$T graph = $T.factory().create(settings)", component, dagger);
    if (!settingsMethods.isEmpty()) {
      create.addComment("Every setting is read now: one missing or malformed stops start-up.");
      settingsMethods.values().forEach(method -> create.addStatement("graph.$L()", method));
    }
    ParameterizedTypeName listOfStrings = ParameterizedTypeName.get(List.class, String.class);
    return TypeSpec.classBuilder(assembly)
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addJavadoc(
            "The server {@link $T} declares: its plugins, their settings, and {@code main}.\n",
            ClassName.get(root))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.SERVER_ASSEMBLY)
        .addOriginatingElement(root)
        .addField(
            FieldSpec.builder(
                    listOfStrings, "NAMES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every plugin's name, in order: the static registry.\n")
                .initializer(
                    plugins.isEmpty()
                        ? CodeBlock.of("$T.of()", List.class)
                        : CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, names))
                .build())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(List.class), Names.SETTING_SPEC),
                    "SETTINGS",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("Every setting the plugin jars declare.\n")
                .initializer(
                    specs.isEmpty()
                        ? CodeBlock.of("$T.of()", List.class)
                        : CodeBlock.of(
                            "$T.of(\n$>$>$L)\n.flatMap($T::stream)\n.toList()$<$<",
                            Stream.class,
                            CodeBlock.join(specs, ",\n"),
                            List.class))
                .build())
        .addMethod(create.addStatement("return graph").build())
        .addMethod(
            MethodSpec.methodBuilder("pluginNames")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(listOfStrings)
                .addStatement("return NAMES")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("descriptor")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Names.PLUGIN_DESCRIPTOR)
                .addParameter(int.class, "index")
                .addCode(
                    "return switch (index) {\n$>$Ldefault -> throw new $T(index);\n$<};\n",
                    descriptors.build(),
                    IndexOutOfBoundsException.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("settings")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), Names.SETTING_SPEC))
                .addStatement("return SETTINGS")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("main")
                .addJavadoc("Starts the server: the {@code Main-Class} of its jar.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addStatement("$T.run(args, new $T())", Names.SERVER_MAIN, assembly)
                .build())
        .build();
  }
}
