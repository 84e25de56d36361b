package ai.dialer.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by name, with their declared defaults, without loading their classes. */
public final class Annotations {
  private Annotations() {}

  public static AnnotationMirror find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return mirror;
      }
    }
    return null;
  }

  public static boolean has(Element element, String... annotationNames) {
    for (String name : annotationNames) {
      if (find(element, name) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a diagnostic on {@code element} can be shown: javac has no position for a record
   * component, so its field (same name, same line) stands in for it.
   */
  public static Element positioned(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (Element enclosed : element.getEnclosingElement().getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.FIELD
          && enclosed.getSimpleName().contentEquals(element.getSimpleName())) {
        return enclosed;
      }
    }
    return element;
  }

  static String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member);
  }

  static boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member);
  }

  static int integer(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member)).intValue();
  }

  static Number number(AnnotationMirror mirror, String member) {
    return (Number) value(mirror, member);
  }

  /** A {@code String[]} member. */
  static List<String> strings(AnnotationMirror mirror, String member) {
    List<String> values = new ArrayList<>();
    if (value(mirror, member) instanceof List<?> list) {
      for (Object item : list) {
        values.add((String) ((AnnotationValue) item).getValue());
      }
    }
    return values;
  }

  private static Object value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue().getValue();
      }
    }
    for (Element enclosed : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (enclosed instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(member)
          && method.getDefaultValue() != null) {
        return method.getDefaultValue().getValue();
      }
    }
    throw new IllegalStateException("@" + mirror.getAnnotationType() + " has no " + member);
  }
}
