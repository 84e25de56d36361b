package ai.dialer.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/** Reports on the element, and on the annotation and its value where there is one. */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  public void error(Element element, AnnotationMirror annotation, String message) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }
  }

  /** On the annotation's value {@code member}, or on the annotation when it is not written. */
  public void error(Element element, AnnotationMirror annotation, String member, String message) {
    AnnotationValue value = annotation == null ? null : explicitValue(annotation, member);
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  public void warning(Element element, AnnotationMirror annotation, String member, String message) {
    AnnotationValue value = annotation == null ? null : explicitValue(annotation, member);
    if (value != null) {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation, value);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation);
    }
  }

  public void warning(Element element, String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, message, element);
  }

  public int errorCount() {
    return errors;
  }

  /** The value written in the source for {@code member}, or null if it is left to its default. */
  public static AnnotationValue explicitValue(AnnotationMirror annotation, String member) {
    for (var entry : annotation.getElementValues().entrySet()) {
      ExecutableElement key = entry.getKey();
      if (key.getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
