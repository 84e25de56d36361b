package ai.dialer.processor.writing;

import ai.dialer.processor.PluginProcessor;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;

/** What every generated file shares: the {@code @Generated} mark (no timestamp) and the writing. */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  public static AnnotationSpec generatedAnnotation() {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", PluginProcessor.class.getCanonicalName())
        .build();
  }

  public static void write(Filer filer, String packageName, TypeSpec type) {
    try {
      JavaFile.builder(packageName, type)
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + packageName + "." + type.name(), e);
    }
  }

  /** {@code list_all} to {@code ListAll}. */
  public static String pascalCase(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = true;
    for (char c : snake.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The JSON Pointer segment for a key: {@code ~} and {@code /} escaped (RFC 6901). */
  public static String pointerSegment(String key) {
    return "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
