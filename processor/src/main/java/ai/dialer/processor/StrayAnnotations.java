package ai.dialer.processor;

import ai.dialer.processor.validation.Annotations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Reports each annotation of the API written where it means nothing, on that element: the build
 * would otherwise succeed and the annotation be silently ignored.
 *
 * <ul>
 *   <li>{@code @Param} and the constraints: only on a parameter of an {@code @Action} method of a
 *       {@code @Plugin} class, or on a component of a record (not a {@code @Settings} record);
 *   <li>{@code @Action}: only in a {@code @Plugin} class;
 *   <li>{@code @RequireAnyOf}, {@code @RequireOneOf}: only on an {@code @Action} method;
 *   <li>{@code @Policy}: only on a {@code @Plugin} class;
 *   <li>{@code @Setting}: only on a component of a {@code @Settings} record;
 *   <li>{@code @WireValue}: only on an enum constant.
 * </ul>
 *
 * Where an annotation is misplaced in the element's own kind ({@code @Plugin} on an interface,
 * {@code @Settings} on a class), the reader of that annotation reports it.
 */
final class StrayAnnotations {
  /** Read from action parameters and record components, nowhere else. */
  private static final List<String> KEY_ANNOTATIONS =
      List.of(
          Names.PARAM,
          Names.MINIMUM,
          Names.MAXIMUM,
          Names.LENGTH,
          Names.PATTERN,
          Names.ITEMS,
          Names.ALLOWED_VALUES,
          Names.FORMAT);

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  StrayAnnotations(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  void check(RoundEnvironment round) {
    checkKeyAnnotations(round);
    for (Element method : annotated(round, Names.ACTION)) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (!Annotations.has(owner, Names.PLUGIN)) {
        diagnostics.error(
            method,
            Annotations.find(method, Names.ACTION),
            Messages.actionOutsidePlugin("Action", owner.getQualifiedName().toString()));
      }
    }
    for (String group : List.of(Names.REQUIRE_ANY_OF, Names.REQUIRE_ONE_OF)) {
      for (Element method : annotated(round, group)) {
        if (!Annotations.has(method, Names.ACTION)) {
          ignored(
              method,
              group,
              "on " + describe(method),
              "it has no @Action, and key rules are read from actions only",
              "Annotate the method @Action, or remove " + simple(group));
        }
      }
    }
    for (Element type : annotated(round, Names.POLICY)) {
      if (!Annotations.has(type, Names.PLUGIN)) {
        ignored(
            type,
            Names.POLICY,
            "on " + describe(type),
            "it is not annotated @Plugin, and only a plugin's calls have a policy",
            "Move @Policy to the @Plugin class");
      }
    }
    for (Element component : annotated(round, Names.SETTING)) {
      if (!Annotations.has(component.getEnclosingElement(), Names.SETTINGS)) {
        ignored(
            component,
            Names.SETTING,
            "on " + describe(component),
            "the record is not annotated @Settings, so nothing reads it",
            "Annotate the record @Settings(prefix = \"…\"), or remove @Setting");
      }
    }
    for (Element field : annotated(round, Names.WIRE_VALUE)) {
      if (field.getKind() != ElementKind.ENUM_CONSTANT) {
        ignored(
            field,
            Names.WIRE_VALUE,
            "on " + describe(field),
            "it is not an enum constant, and only enum constants have a wire value",
            "Remove @WireValue");
      }
    }
    checkHandWrittenInvokers(round);
  }

  /** {@code @Param} and the constraints, reported once per element, naming each found there. */
  private void checkKeyAnnotations(RoundEnvironment round) {
    Set<Element> elements = new LinkedHashSet<>();
    KEY_ANNOTATIONS.forEach(name -> elements.addAll(annotated(round, name)));
    for (Element element : elements) {
      List<String> found = new ArrayList<>();
      for (String name : KEY_ANNOTATIONS) {
        if (Annotations.has(element, name)) {
          found.add(name);
        }
      }
      Element owner = element.getEnclosingElement();
      if (element.getKind() == ElementKind.RECORD_COMPONENT) {
        if (Annotations.has(owner, Names.SETTINGS)) {
          ignored(
              element,
              found.get(0),
              found,
              "on " + describe(element),
              "a @Settings record is read from the environment, described by @Setting only",
              "Remove " + simpleNames(found) + "; describe the setting with @Setting");
        }
      } else if (owner.getKind() == ElementKind.CONSTRUCTOR) {
        if (owner.getEnclosingElement().getKind() != ElementKind.RECORD) {
          // (a record's canonical constructor carries its components' annotations: not stray)
          ignored(
              element,
              found.get(0),
              found,
              "on parameter \"" + element.getSimpleName() + "\" of " + describe(owner),
              "only the parameters of @Action methods are read from a call's context",
              "Remove "
                  + simpleNames(found)
                  + ". Configuration a plugin needs (a URL, a key) is a @Settings record it"
                  + " injects");
        }
      } else if (owner.getKind() == ElementKind.METHOD) {
        TypeElement type = (TypeElement) owner.getEnclosingElement();
        if (!Annotations.has(type, Names.PLUGIN)) {
          diagnostics.error(
              element,
              Annotations.find(element, found.get(0)),
              Messages.actionOutsidePlugin(
                  simple(found.get(0)).substring(1), type.getQualifiedName().toString()));
        } else if (!Annotations.has(owner, Names.ACTION)) {
          ignored(
              element,
              found.get(0),
              found,
              "on parameter \"" + element.getSimpleName() + "\" of " + describe(owner),
              "the method has no @Action, so no call reaches it",
              "Annotate the method @Action, or remove " + simpleNames(found));
        }
      }
    }
  }

  private void ignored(Element element, String annotation, String where, String why, String fix) {
    ignored(element, annotation, List.of(annotation), where, why, fix);
  }

  private void ignored(
      Element element,
      String annotation,
      List<String> annotations,
      String where,
      String why,
      String fix) {
    // javac places no diagnostic on a record component: its field stands in for it.
    Element positioned = Annotations.positioned(element);
    diagnostics.error(
        positioned,
        positioned == element ? Annotations.find(element, annotation) : null,
        Messages.ignoredAnnotation(simpleNames(annotations), where, why, fix));
  }

  private static String simple(String qualifiedName) {
    return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String simpleNames(List<String> qualifiedNames) {
    return String.join(" ", qualifiedNames.stream().map(StrayAnnotations::simple).toList());
  }

  /** "method Weather.forecast", "the constructor of Weather", "class Weather", … */
  private static String describe(Element element) {
    Element owner = element.getEnclosingElement();
    return switch (element.getKind()) {
      case CONSTRUCTOR -> "the constructor of " + owner.getSimpleName();
      case METHOD -> "method " + owner.getSimpleName() + "." + element.getSimpleName();
      case RECORD_COMPONENT ->
          "component \"" + element.getSimpleName() + "\" of record " + owner.getSimpleName();
      case FIELD -> "field " + owner.getSimpleName() + "." + element.getSimpleName();
      default ->
          element.getKind().toString().toLowerCase(java.util.Locale.ROOT)
              + " "
              + element.getSimpleName();
    };
  }

  private List<Element> annotated(RoundEnvironment round, String annotationName) {
    TypeElement annotation = env.getElementUtils().getTypeElement(annotationName);
    return annotation == null
        ? List.of()
        : new ArrayList<>(round.getElementsAnnotatedWith(annotation));
  }

  /** A class that implements the invoker contract by hand is never registered: say so. */
  private void checkHandWrittenInvokers(RoundEnvironment round) {
    TypeElement invoker =
        env.getElementUtils().getTypeElement(Names.PLUGIN_INVOKER.canonicalName());
    if (invoker == null) {
      return;
    }
    for (Element root : round.getRootElements()) {
      if (!(root instanceof TypeElement type)
          || type.getKind() != ElementKind.CLASS
          || type.getModifiers().contains(Modifier.ABSTRACT)
          || Annotations.has(type, Names.PLUGIN)
          || Annotations.has(type, "javax.annotation.processing.Generated")
          || !env.getTypeUtils()
              .isAssignable(env.getTypeUtils().erasure(type.asType()), invoker.asType())) {
        continue;
      }
      diagnostics.warning(type, Messages.looksLikePlugin(type.getQualifiedName().toString()));
    }
  }
}
