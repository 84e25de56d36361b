package ai.dialer.processor.validation;

import ai.dialer.processor.ConstraintMessages;
import ai.dialer.processor.Diagnostics;
import ai.dialer.processor.Messages;
import ai.dialer.processor.Names;
import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.PolicyModel;
import ai.dialer.processor.model.ValueType;
import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @Plugin} class and reads it into a {@link PluginModel}. Every problem is
 * reported; a class with any problem yields no model, so nothing is generated for it.
 */
public final class PluginReader {
  private static final Pattern PLUGIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern ACTION_NAME = Pattern.compile("[a-z0-9_]{1,64}");

  private final Diagnostics diagnostics;
  private final Types types;
  private final Elements elements;
  private final FieldReader fields;

  public PluginReader(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.fields = new FieldReader(diagnostics);
  }

  /**
   * @return the model, or null if anything was reported
   * @throws DeferException if the class refers to a type that does not exist yet
   */
  public PluginModel read(TypeElement type) {
    AnnotationMirror plugin = Annotations.find(type, Names.PLUGIN);
    int errorsBefore = diagnostics.errorCount();
    String simpleName = type.getSimpleName().toString();

    if (!isClass(type)) {
      return null;
    }
    checkClass(type);
    String declaredName = Annotations.string(plugin, "name");
    String name = declaredName.isEmpty() ? simpleName : declaredName;
    if (!PLUGIN_NAME.matcher(name).matches() || name.equals("invoke")) {
      diagnostics.error(type, plugin, "name", Messages.pluginNameInvalid(name));
    }
    String description = Annotations.string(plugin, "description");
    if (description.isBlank()) {
      diagnostics.error(type, plugin, "description", Messages.descriptionMissing(name));
    }
    warnIfLong(type, plugin, description, name);
    Boolean injectable = readConstruction(type);
    PolicyModel policy = readPolicy(type, name);
    List<ActionModel> actions = readActions(type, name);

    if (diagnostics.errorCount() != errorsBefore || injectable == null) {
      return null;
    }
    warnOfResultConstraints(type, name, actions);
    return new PluginModel(
        type,
        ClassName.get(type),
        name,
        description.strip(),
        injectable,
        actions,
        Annotations.bool(plugin, "ignoreUnknownKeys"),
        policy);
  }

  /**
   * Constraints on a record the plugin only returns are never checked (results are not validated):
   * a warning, since the record may be another plugin's parameter.
   */
  private void warnOfResultConstraints(TypeElement type, String name, List<ActionModel> actions) {
    Set<ValueType.RecordType> inParameters = new HashSet<>();
    Set<ValueType.RecordType> inResults = new LinkedHashSet<>();
    for (ActionModel action : actions) {
      action.parameters().forEach(p -> records(p.type(), inParameters));
      records(action.result(), inResults);
    }
    inResults.removeAll(inParameters);
    for (ValueType.RecordType record : inResults) {
      for (FieldModel field : record.fields()) {
        if (!field.constraints().isEmpty()) {
          diagnostics.warning(
              type,
              Messages.resultConstraint(
                  record.typeName().simpleName() + "." + field.javaName(), name));
        }
      }
    }
  }

  /** Every record {@code type} is or holds, into {@code found}. */
  private static void records(ValueType type, Set<ValueType.RecordType> found) {
    if (type instanceof ValueType.RecordType record) {
      if (found.add(record)) {
        record.fields().forEach(f -> records(f.type(), found));
      }
    } else if (type instanceof ValueType.ListType list) {
      records(list.element(), found);
    } else if (type instanceof ValueType.MapType map) {
      records(map.value(), found);
    } else if (type instanceof ValueType.OptionalType optional) {
      records(optional.element(), found);
    }
  }

  private PolicyModel readPolicy(TypeElement type, String name) {
    AnnotationMirror policy = Annotations.find(type, Names.POLICY);
    if (policy == null) {
      return PolicyModel.defaults();
    }
    PolicyModel model =
        new PolicyModel(
            Annotations.number(policy, "timeoutMillis").longValue(),
            Annotations.integer(policy, "maxConcurrentCalls"),
            Annotations.bool(policy, "idempotent"),
            Annotations.integer(policy, "maxRetries"),
            Annotations.number(policy, "retryBackoffMillis").longValue(),
            Annotations.integer(policy, "cacheEntries"),
            Annotations.number(policy, "cacheTtlMillis").longValue(),
            Annotations.bool(policy, "enabledByDefault"),
            Annotations.bool(policy, "requiresKey"));
    checkRange(type, policy, name, "timeoutMillis", model.timeoutMillis(), 1, 3_600_000, "ms");
    checkRange(
        type,
        policy,
        name,
        "maxConcurrentCalls",
        model.maxConcurrentCalls(),
        1,
        Integer.MAX_VALUE,
        "concurrent calls");
    checkRange(type, policy, name, "maxRetries", model.maxRetries(), 0, 10, "retries");
    checkRange(
        type, policy, name, "retryBackoffMillis", model.retryBackoffMillis(), 0, 60_000, "ms");
    checkRange(type, policy, name, "cacheEntries", model.cacheEntries(), 0, 1_000_000, "entries");
    checkRange(
        type, policy, name, "cacheTtlMillis", model.cacheTtlMillis(), 1, Long.MAX_VALUE, "ms");
    if (!model.idempotent()) {
      if (model.maxRetries() > 0) {
        diagnostics.error(type, policy, "maxRetries", Messages.notIdempotent(name, "retries"));
      }
      if (model.cacheEntries() > 0) {
        diagnostics.error(type, policy, "cacheEntries", Messages.notIdempotent(name, "a cache"));
      }
    }
    return model;
  }

  private void checkRange(
      TypeElement type,
      AnnotationMirror policy,
      String name,
      String member,
      long value,
      long min,
      long max,
      String unit) {
    if (value < min || value > max) {
      diagnostics.error(
          type, policy, member, Messages.badPolicy(name, member, value, min, max, unit));
    }
  }

  /** Longer than this, a description costs a model more than it tells it. */
  static final int LONG_DESCRIPTION = 1000;

  private void warnIfLong(Element element, AnnotationMirror annotation, String text, String what) {
    if (text.length() > LONG_DESCRIPTION) {
      diagnostics.warning(
          element,
          annotation,
          "description",
          Messages.longDescription(what, text.length(), LONG_DESCRIPTION));
    }
  }

  /** Anything but a class ends the reading: there are no actions to speak of. */
  private boolean isClass(TypeElement type) {
    String name = type.getQualifiedName().toString();
    switch (type.getKind()) {
      case CLASS:
        return true;
      case INTERFACE:
        diagnostics.error(type, Messages.notAClass("an interface", name));
        return false;
      case ENUM:
        diagnostics.error(type, Messages.notAClass("an enum", name));
        return false;
      case RECORD:
        diagnostics.error(type, Messages.notAClass("a record", name));
        return false;
      case ANNOTATION_TYPE:
        diagnostics.error(type, Messages.notAClass("an annotation type", name));
        return false;
      default:
        diagnostics.error(type, Messages.notAClass("a " + type.getKind(), name));
        return false;
    }
  }

  /** Problems of the class that still leave its actions worth reading (and reporting). */
  private void checkClass(TypeElement type) {
    String name = type.getQualifiedName().toString();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error(type, Messages.notPublic(name));
        break;
      }
    }
    if (type.getEnclosingElement() instanceof TypeElement
        && !type.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(type, Messages.innerClass(name));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(type, Messages.isAbstract(name));
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, Messages.generic(name));
    }
  }

  /** True: an @Inject constructor; false: a public no-argument one; null: reported. */
  private Boolean readConstruction(TypeElement type) {
    String name = type.getQualifiedName().toString();
    boolean publicNoArgs = false;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (Annotations.has(constructor, Names.INJECT, Names.JAKARTA_INJECT)) {
        if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
          diagnostics.error(constructor, Messages.privateInjectConstructor(name));
          return null;
        }
        return true;
      }
      if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        publicNoArgs = true;
      }
    }
    if (!publicNoArgs) {
      diagnostics.error(type, Messages.notConstructible(name));
      return null;
    }
    return false;
  }

  private List<ActionModel> readActions(TypeElement type, String pluginName) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, Names.ACTION) != null) {
        methods.add(method);
      }
    }
    if (methods.isEmpty()) {
      diagnostics.error(type, Messages.noAction(type.getQualifiedName().toString()));
      return List.of();
    }
    boolean several = methods.size() > 1;
    List<ActionModel> actions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String firstDefault = null;
    for (ExecutableElement method : methods) {
      AnnotationMirror action = Annotations.find(method, Names.ACTION);
      String actionName = Annotations.string(action, "name");
      boolean isDefault = Annotations.bool(action, "isDefault");
      String methodName = type.getSimpleName() + "." + method.getSimpleName();
      if (several && actionName.isEmpty()) {
        diagnostics.error(method, action, Messages.actionNameMissing(methodName));
      } else if (!actionName.isEmpty() && !ACTION_NAME.matcher(actionName).matches()) {
        diagnostics.error(
            method, action, "name", Messages.actionNameInvalid(methodName, actionName));
      } else if (!actionName.isEmpty() && !names.add(actionName)) {
        diagnostics.error(method, action, "name", Messages.duplicateAction(actionName));
      }
      if (isDefault && firstDefault == null) {
        firstDefault = describeAction(methodName, actionName);
      } else if (isDefault) {
        diagnostics.error(
            method,
            action,
            "isDefault",
            Messages.severalDefaultActions(
                pluginName, firstDefault, describeAction(methodName, actionName)));
      }
      warnIfLong(method, action, Annotations.string(action, "description"), methodName);
      ActionModel model = readAction(method, actionName, isDefault || !several, several, action);
      if (model != null) {
        actions.add(model);
      }
    }
    return actions;
  }

  private static String describeAction(String methodName, String actionName) {
    return actionName.isEmpty() ? methodName : "\"" + actionName + "\" (" + methodName + ")";
  }

  private ActionModel readAction(
      ExecutableElement method,
      String actionName,
      boolean isDefault,
      boolean several,
      AnnotationMirror action) {
    String methodName = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    int errorsBefore = diagnostics.errorCount();
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      diagnostics.error(method, Messages.actionNotPublic(methodName));
    }
    if (modifiers.contains(Modifier.STATIC)) {
      diagnostics.error(method, Messages.actionStatic(methodName));
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      diagnostics.error(method, Messages.actionAbstract(methodName));
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Messages.actionGeneric(methodName));
    }
    boolean throwsPluginException = false;
    TypeElement pluginException = elements.getTypeElement(Names.PLUGIN_EXCEPTION);
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (thrown.getKind() == TypeKind.ERROR) {
        throw new DeferException();
      }
      if (pluginException != null && types.isAssignable(thrown, pluginException.asType())) {
        throwsPluginException = true;
      } else if (isChecked(thrown)) {
        diagnostics.error(method, Messages.checkedException(methodName, thrown.toString()));
      }
    }
    List<FieldModel> parameters = new ArrayList<>();
    List<VariableElement> declaring = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      FieldModel field = fields.readParameter(parameter, methodName);
      if (field == null) {
        continue;
      }
      if (several && field.wireName().equals("action")) {
        diagnostics.error(parameter, Messages.actionKeyReserved(methodName));
      }
      parameters.add(field);
      declaring.add(parameter);
    }
    fields.checkUniqueKeys(parameters, declaring, "action \"" + methodName + "\"");
    List<ActionModel.KeyGroup> keyGroups = new ArrayList<>();
    readKeyGroup(method, methodName, Names.REQUIRE_ANY_OF, false, parameters, keyGroups);
    readKeyGroup(method, methodName, Names.REQUIRE_ONE_OF, true, parameters, keyGroups);
    TypeMirror returned = method.getReturnType();
    TypeMirror completed = completedType(returned);
    boolean async = completed != null;
    if (async) {
      returned = completed;
    }
    ValueType result =
        returned.getKind() == TypeKind.VOID || async && isVoid(returned)
            ? new ValueType.VoidType()
            : fields.types().read(returned, methodName + " result", method, true);
    if (diagnostics.errorCount() != errorsBefore || result == null) {
      return null;
    }
    return new ActionModel(
        method.getSimpleName().toString(),
        actionName,
        isDefault,
        Annotations.string(action, "description").strip(),
        parameters,
        result,
        async,
        throwsPluginException,
        keyGroups,
        Annotations.bool(action, "readOnly"));
  }

  /**
   * Reads {@code @RequireAnyOf} or {@code @RequireOneOf}: two or more distinct keys, each an
   * optional parameter without a default (a required one, or one with a default, is always given).
   */
  private void readKeyGroup(
      ExecutableElement method,
      String methodName,
      String annotationName,
      boolean exactlyOne,
      List<FieldModel> parameters,
      List<ActionModel.KeyGroup> groups) {
    AnnotationMirror annotation = Annotations.find(method, annotationName);
    if (annotation == null) {
      return;
    }
    String simpleName = "@" + annotationName.substring(annotationName.lastIndexOf('.') + 1);
    List<String> keys = Annotations.strings(annotation, "value");
    int errorsBefore = diagnostics.errorCount();
    Map<String, FieldModel> byKey = new LinkedHashMap<>();
    parameters.forEach(p -> byKey.put(p.wireName(), p));
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      FieldModel field = byKey.get(key);
      if (!seen.add(key)) {
        diagnostics.error(
            method,
            annotation,
            "value",
            ConstraintMessages.keyGroupDuplicate(simpleName, methodName, key));
      } else if (field == null) {
        diagnostics.error(
            method,
            annotation,
            "value",
            ConstraintMessages.keyGroupUnknownKey(
                simpleName, methodName, key, List.copyOf(byKey.keySet())));
      } else if (field.required() || field.defaultJson() != null) {
        diagnostics.error(
            method,
            annotation,
            "value",
            ConstraintMessages.keyGroupAlwaysGiven(
                simpleName, methodName, key, field.defaultJson()));
      }
    }
    if (keys.size() < 2) {
      diagnostics.error(
          method,
          annotation,
          "value",
          ConstraintMessages.keyGroupTooSmall(simpleName, methodName, keys));
    }
    if (diagnostics.errorCount() == errorsBefore) {
      groups.add(new ActionModel.KeyGroup(List.copyOf(keys), exactlyOne));
    }
  }

  /**
   * What a {@code CompletionStage<T>} or {@code CompletableFuture<T>} completes with ({@code T});
   * {@code null} for any other type. A raw stage is an unsupported type, reported as {@code Object}
   * would be.
   */
  private TypeMirror completedType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (!name.equals("java.util.concurrent.CompletionStage")
        && !name.equals("java.util.concurrent.CompletableFuture")) {
      return null;
    }
    if (declared.getTypeArguments().isEmpty()) {
      return elements.getTypeElement("java.lang.Object").asType();
    }
    return declared.getTypeArguments().get(0);
  }

  private static boolean isVoid(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Void");
  }

  private boolean isChecked(TypeMirror thrown) {
    TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isAssignable(thrown, runtimeException) && !types.isAssignable(thrown, error);
  }
}
