package ai.dialer.processor;

import ai.dialer.formats.ToolFormats;
import ai.dialer.processor.aggregation.AggregatedRecords;
import ai.dialer.processor.aggregation.ServerRoot;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.SettingsModel;
import ai.dialer.processor.validation.Annotations;
import ai.dialer.processor.validation.DeferException;
import ai.dialer.processor.validation.PluginReader;
import ai.dialer.processor.validation.SettingsRecordReader;
import ai.dialer.processor.writing.EncoderWriter;
import ai.dialer.processor.writing.GeneratedFiles;
import ai.dialer.processor.writing.InvokerWriter;
import ai.dialer.processor.writing.PluginModuleWriter;
import ai.dialer.processor.writing.SchemaWriter;
import ai.dialer.processor.writing.SettingsModuleWriter;
import ai.dialer.processor.writing.validator.ValidatorWriter;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Reads every {@code @Plugin} class, {@code @Settings} record and {@code @PluginModule}, validates
 * it, and generates its code and the record a server's build finds it by; once a round brings
 * nothing new, builds each {@code @PluginServer} root of the compilation from the records of this
 * compilation and of every jar on the class path. A definition with any error generates nothing.
 */
@AutoService(Processor.class)
public final class PluginProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private PluginReader reader;
  private SettingsRecordReader settingsReader;

  /** Types whose types did not exist yet, by qualified name, read again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Valid plugins by wire name, across rounds. */
  private final Map<String, PluginModel> plugins = new LinkedHashMap<>();

  private final Map<String, PluginModel> toolOwners = new HashMap<>();

  /** The simple names of the records this compilation wrote. */
  private final Set<String> ownRecords = new HashSet<>();

  /** {@code @PluginServer} roots waiting for the round that brings nothing new. */
  private final Set<String> pendingRoots = new LinkedHashSet<>();

  /** Whether this compilation has a {@code @PluginServer} root, which checks the graph itself. */
  private boolean hasRoot;

  /** Whether the graph check of a plugin jar without a root was written. */
  private boolean checkWritten;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    reader = new PluginReader(env, diagnostics);
    settingsReader = new SettingsRecordReader(diagnostics);
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
    candidates.addAll(annotated(round, Names.PLUGIN));
    candidates.addAll(annotated(round, Names.SETTINGS));
    for (TypeElement root : annotated(round, Names.PLUGIN_SERVER)) {
      pendingRoots.add(root.getQualifiedName().toString());
      hasRoot = true;
    }
    new StrayAnnotations(processingEnv, diagnostics).check(round);
    boolean wrote = false;
    for (TypeElement type : candidates) {
      if (round.processingOver()) {
        continue; // still unresolved in the last round: javac reports the missing type itself
      }
      try {
        wrote |= readAndWrite(type);
      } catch (DeferException e) {
        deferred.add(type.getQualifiedName().toString());
      }
    }
    for (TypeElement module : annotated(round, Names.PLUGIN_MODULE)) {
      wrote |= writeModuleRecord(module);
    }
    if (!wrote && deferred.isEmpty() && !round.processingOver()) {
      for (String name : pendingRoots) {
        new ServerRoot(processingEnv, diagnostics, ownRecords)
            .write(processingEnv.getElementUtils().getTypeElement(name));
      }
      pendingRoots.clear();
      if (!hasRoot && !checkWritten && !plugins.isEmpty() && diagnostics.errorCount() == 0) {
        checkWritten = true;
        new ServerRoot(processingEnv, diagnostics, ownRecords).writeCheck();
      }
    }
  }

  private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    List<TypeElement> found = new ArrayList<>();
    if (type != null) {
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (element instanceof TypeElement typeElement) {
          found.add(typeElement);
        }
      }
    }
    return found;
  }

  /** Reads a plugin or a settings record and writes its code; whether anything was written. */
  private boolean readAndWrite(TypeElement type) {
    String packageName = processingEnv.getElementUtils().getPackageOf(type).toString();
    var filer = processingEnv.getFiler();
    if (Annotations.has(type, Names.SETTINGS)) {
      SettingsModel settings = settingsReader.read(type);
      if (settings == null) {
        return false;
      }
      GeneratedFiles.write(filer, packageName, SettingsModuleWriter.write(settings));
      writeRecord(AggregatedRecords.settings(settings));
      return true;
    }
    PluginModel model = reader.read(type);
    if (model == null || !registerName(model)) {
      return false;
    }
    GeneratedFiles.write(filer, packageName, ValidatorWriter.write(model));
    GeneratedFiles.write(filer, packageName, EncoderWriter.write(model));
    List<SchemaWriter.ToolSchemas> tools = SchemaWriter.tools(model);
    if (!checkToolFormats(model, tools)) {
      return false;
    }
    GeneratedFiles.write(
        filer, packageName, InvokerWriter.write(model, SchemaWriter.write(model), tools));
    if (!model.injectable()) {
      GeneratedFiles.write(filer, packageName, PluginModuleWriter.write(model));
    }
    writeRecord(AggregatedRecords.plugin(model));
    return true;
  }

  /**
   * Each action as every model provider takes it ({@link ToolFormats}): a tool name a provider
   * would refuse is an error; what a provider's schema cannot state is a warning, naming it.
   */
  private boolean checkToolFormats(PluginModel model, List<SchemaWriter.ToolSchemas> tools) {
    for (int i = 0; i < model.actions().size(); i++) {
      ActionModel action = model.actions().get(i);
      String name = model.toolName(action);
      if (!ToolFormats.TOOL_NAME.matcher(name).matches()) {
        diagnostics.error(model.element(), Messages.toolName(name));
        return false;
      }
      for (ToolFormats.Provider provider : ToolFormats.Provider.values()) {
        ToolFormats.Export export =
            ToolFormats.export(provider, name, model.description(), tools.get(i).input());
        for (String problem : export.problems()) {
          diagnostics.warning(model.element(), Messages.toolFormat(provider.title, name, problem));
        }
      }
    }
    return true;
  }

  private boolean writeModuleRecord(TypeElement module) {
    if (!Annotations.has(module, Names.DAGGER_MODULE_ANNOTATION)
        || !module.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(
          module,
          Annotations.find(module, Names.PLUGIN_MODULE),
          SettingsMessages.pluginModuleNotModule(module.getQualifiedName().toString()));
      return false;
    }
    writeRecord(AggregatedRecords.module(module));
    return true;
  }

  private void writeRecord(TypeSpec record) {
    ownRecords.add(record.name());
    GeneratedFiles.write(processingEnv.getFiler(), Names.AGGREGATION_PACKAGE, record);
  }

  /**
   * Whether the plugin's name and its tool names are free in this build; if not, reports the clash
   * on both plugins.
   */
  private boolean registerName(PluginModel model) {
    PluginModel other = plugins.get(model.name());
    if (other != null) {
      String name = model.name();
      diagnostics.error(
          model.element(), Messages.duplicatePluginName(name, other.className().canonicalName()));
      diagnostics.error(
          other.element(), Messages.duplicatePluginName(name, model.className().canonicalName()));
      return false;
    }
    for (String tool : model.toolNames()) {
      PluginModel owner = toolOwners.get(tool);
      if (owner != null) {
        String first = describe(owner);
        String second = describe(model);
        diagnostics.error(
            model.element(), Messages.duplicateToolName(tool, first, second, "a build"));
        diagnostics.error(
            owner.element(), Messages.duplicateToolName(tool, first, second, "a build"));
        return false;
      }
    }
    plugins.put(model.name(), model);
    model.toolNames().forEach(tool -> toolOwners.put(tool, model));
    return true;
  }

  /** {@code "notes" (ai.dialer.plugins.NotesPlugin)}. */
  private static String describe(PluginModel plugin) {
    return "\"" + plugin.name() + "\" (" + plugin.className().canonicalName() + ")";
  }
}
