package ai.dialer.processor.writing;

import ai.dialer.processor.PluginProcessor;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

  /** Longer string literals are split, so that no generated line runs past 120 characters. */
  private static final int LITERAL_CHUNK = 80;

  /**
   * A string literal, split at spaces into parts joined with {@code +} that JavaPoet wraps onto
   * lines of their own when they are long.
   */
  public static CodeBlock literal(String text) {
    if (text == null) {
      return CodeBlock.of("null");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    int start = 0;
    while (text.length() - start > LITERAL_CHUNK) {
      int end = text.lastIndexOf(' ', start + LITERAL_CHUNK);
      if (end <= start) {
        end = start + LITERAL_CHUNK;
      } else {
        end++; // the space ends this part
      }
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      code.add("$S +$W", text.substring(start, end));
      start = end;
    }
    return code.add("$S", text.substring(start)).build();
  }

  /**
   * A text block holding {@code content} (which has no line break of its own at its end), as an
   * expression. Lines longer than {@code width} are broken at a space with a {@code \} line
   * continuation, which joins them again: the block's content is exactly {@code content}.
   */
  public static CodeBlock textBlock(String content, int width) {
    // JavaPoet indents the lines of a $L to the class body only; the block goes in further.
    String indent = "    ";
    StringBuilder block = new StringBuilder("\"\"\"\n");
    for (String line : content.split("\n", -1)) {
      String escaped = line.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\"");
      while (escaped.length() > width) {
        // Continuation lines start in the block's first column: a space they began with would be
        // taken for indentation and dropped, so the space stays at the end of the line before.
        int cut = escaped.lastIndexOf(' ', width);
        if (cut <= 0) {
          break;
        }
        block.append(indent).append(escaped, 0, cut + 1).append("\\\n");
        escaped = escaped.substring(cut + 1);
      }
      block.append(indent).append(escaped).append('\n');
    }
    block.setLength(block.length() - 1);
    return CodeBlock.of("$L\"\"\"", block);
  }

  /** Arguments of a call, separated by commas where JavaPoet may break a long line. */
  public static CodeBlock arguments(List<String> expressions) {
    return expressions.stream().map(e -> CodeBlock.of("$L", e)).collect(CodeBlock.joining(",$W"));
  }

  /** The JSON Pointer segment for a key: {@code ~} and {@code /} escaped (RFC 6901). */
  public static String pointerSegment(String key) {
    return "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
