package ai.dialer.processor;

import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.validation.DeferException;
import ai.dialer.processor.validation.PluginReader;
import ai.dialer.processor.writing.EncoderWriter;
import ai.dialer.processor.writing.GeneratedFiles;
import ai.dialer.processor.writing.InvokerWriter;
import ai.dialer.processor.writing.RegistryWriter;
import ai.dialer.processor.writing.SchemaWriter;
import ai.dialer.processor.writing.validator.ValidatorWriter;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads every {@code @Plugin} class, validates it, and generates its validator, encoder and
 * invoker; once no round brings new plugins, generates the registry and Dagger module of the
 * compilation. A plugin with any error generates nothing.
 */
@AutoService(Processor.class)
public final class PluginProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private PluginReader reader;

  /** Plugins whose types did not exist yet, by qualified name, read again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Valid plugins by wire name, across rounds. */
  private final Map<String, PluginModel> plugins = new LinkedHashMap<>();

  private boolean registryWritten;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    reader = new PluginReader(env, diagnostics);
  }

  /**
   * Every type, not only ours: a class that implements the invoker contract by hand carries none of
   * our annotations, and still deserves the warning that it will never be registered.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Names.REGISTRY_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(null, Messages.internalError(trace.toString()));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    TypeElement pluginAnnotation = processingEnv.getElementUtils().getTypeElement(Names.PLUGIN);
    if (pluginAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(pluginAnnotation)) {
        candidates.add((TypeElement) element);
      }
    }
    new StrayAnnotations(processingEnv, diagnostics).check(round);
    boolean newPlugins = false;
    for (TypeElement type : candidates) {
      if (round.processingOver()) {
        // Still unresolved in the last round: javac reports the missing type itself.
        continue;
      }
      PluginModel model;
      try {
        model = reader.read(type);
      } catch (DeferException e) {
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      if (model == null || !registerName(model)) {
        continue;
      }
      generate(model);
      newPlugins = true;
    }
    if (!newPlugins
        && deferred.isEmpty()
        && !registryWritten
        && !plugins.isEmpty()
        && !round.processingOver()) {
      writeRegistry();
    }
  }

  private boolean registerName(PluginModel model) {
    PluginModel other = plugins.get(model.name());
    if (other == null) {
      plugins.put(model.name(), model);
      return true;
    }
    String name = model.name();
    diagnostics.error(
        model.element(), Messages.duplicatePluginName(name, other.className().canonicalName()));
    diagnostics.error(
        other.element(), Messages.duplicatePluginName(name, model.className().canonicalName()));
    return false;
  }

  private void generate(PluginModel model) {
    String packageName = model.className().packageName();
    var filer = processingEnv.getFiler();
    GeneratedFiles.write(filer, packageName, ValidatorWriter.write(model));
    GeneratedFiles.write(filer, packageName, EncoderWriter.write(model));
    GeneratedFiles.write(filer, packageName, InvokerWriter.write(model, SchemaWriter.write(model)));
  }

  private void writeRegistry() {
    registryWritten = true;
    List<PluginModel> sorted = new ArrayList<>(plugins.values());
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    ClassName registry = registryName(sorted);
    var filer = processingEnv.getFiler();
    GeneratedFiles.write(filer, registry.packageName(), RegistryWriter.registry(registry, sorted));
    ClassName module = ClassName.get(registry.packageName(), registry.simpleName() + "Module");
    GeneratedFiles.write(filer, registry.packageName(), RegistryWriter.module(module, sorted));
  }

  /** The option's name, or {@code GeneratedPlugins} in the plugins' longest common package. */
  private ClassName registryName(List<PluginModel> sorted) {
    String option = processingEnv.getOptions().get(Names.REGISTRY_OPTION);
    if (option != null && !option.isBlank()) {
      int dot = option.lastIndexOf('.');
      return dot < 0
          ? ClassName.get("", option)
          : ClassName.get(option.substring(0, dot), option.substring(dot + 1));
    }
    String common = null;
    for (PluginModel plugin : sorted) {
      String pkg = plugin.className().packageName();
      common = common == null ? pkg : commonPackage(common, pkg);
    }
    return ClassName.get(common, "GeneratedPlugins");
  }

  private static String commonPackage(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      common.append(common.length() == 0 ? "" : ".").append(left[i]);
    }
    return common.toString();
  }
}
