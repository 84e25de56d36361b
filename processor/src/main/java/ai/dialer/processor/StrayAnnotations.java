package ai.dialer.processor;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reports {@code @Action} and {@code @Param} where they can have no effect: in a class that is not
 * a plugin. (On record components {@code @Param} is always fine.)
 */
final class StrayAnnotations {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  StrayAnnotations(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  void check(RoundEnvironment round) {
    checkAnnotated(round, Names.ACTION, "Action");
    checkAnnotated(round, Names.PARAM, "Param");
    checkHandWrittenInvokers(round);
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
          || type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
          || hasPlugin(type)
          || isGenerated(type)
          || !env.getTypeUtils()
              .isAssignable(env.getTypeUtils().erasure(type.asType()), invoker.asType())) {
        continue;
      }
      diagnostics.warning(type, Messages.looksLikePlugin(type.getQualifiedName().toString()));
    }
  }

  private static boolean isGenerated(TypeElement type) {
    return mirror(type, "javax.annotation.processing.Generated") != null;
  }

  private void checkAnnotated(RoundEnvironment round, String annotationName, String simpleName) {
    TypeElement annotation = env.getElementUtils().getTypeElement(annotationName);
    if (annotation == null) {
      return;
    }
    Set<Element> elements = new LinkedHashSet<>(round.getElementsAnnotatedWith(annotation));
    for (Element element : elements) {
      Element method =
          element.getKind() == ElementKind.PARAMETER ? element.getEnclosingElement() : element;
      if (method.getKind() != ElementKind.METHOD) {
        continue; // record components, and the record constructor parameters javac derives
      }
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (!hasPlugin(owner)) {
        diagnostics.error(
            element,
            mirror(element, annotationName),
            Messages.actionOutsidePlugin(simpleName, owner.getQualifiedName().toString()));
      }
    }
  }

  private static boolean hasPlugin(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(Names.PLUGIN)) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror mirror(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(annotationName)) {
        return mirror;
      }
    }
    return null;
  }
}
