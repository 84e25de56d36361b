package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run-time path (the author API, runtime, server, the shipped plugins and every file generated
 * for them) uses no reflection, no class loading by name, no service or classpath scanning and no
 * Jackson bean binding. Checked on the sources and, for what a source could hide behind an import,
 * on the compiled classes' constant pools.
 */
class NoReflectionTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<Path> SOURCES =
      List.of(
          ROOT.resolve("annotations/src/main/java"),
          ROOT.resolve("runtime/src/main/java"),
          ROOT.resolve("server-core/src/main/java"),
          ROOT.resolve("server/src/main/java"),
          ROOT.resolve("server/target/generated-sources/annotations"),
          ROOT.resolve("plugins/src/main/java"),
          ROOT.resolve("plugins/target/generated-sources/annotations"),
          ROOT.resolve("guide-plugins/src/main/java"),
          ROOT.resolve("guide-plugins/target/generated-sources/annotations"));
  private static final List<Path> CLASSES =
      List.of(
          ROOT.resolve("annotations/target/classes"),
          ROOT.resolve("runtime/target/classes"),
          ROOT.resolve("server-core/target/classes"),
          ROOT.resolve("server/target/classes"),
          ROOT.resolve("plugins/target/classes"),
          ROOT.resolve("guide-plugins/target/classes"));

  private static final Pattern FORBIDDEN_SOURCE =
      Pattern.compile(
          "java\\.lang\\.reflect|Class\\.forName|\\.getDeclared(Methods|Fields|Constructors|Method|Field|Constructor)\\("
              + "|\\.newInstance\\(|ServiceLoader|ClassLoader|getResources\\("
              + "|\\.readValue\\(|\\.convertValue\\(|\\.treeToValue\\(|\\.valueToTree\\("
              + "|\\.writeValue(AsString|AsBytes)?\\(|\\.writeObject\\(|\\.readValueAs\\(");

  /** Packages and classes a class file's constant pool names when it touches these APIs. */
  private static final List<String> FORBIDDEN_TYPES =
      List.of("java/lang/reflect/", "java/util/ServiceLoader", "java/lang/ClassLoader");

  /**
   * Method names, matched as whole constant-pool entries (so {@code writeObjectFieldStart}, which
   * writes a brace, is not taken for {@code writeObject}, which binds a bean).
   */
  private static final List<String> FORBIDDEN_METHODS =
      List.of(
          "forName",
          "getDeclaredMethods",
          "getDeclaredFields",
          "getDeclaredConstructors",
          "readValue",
          "convertValue",
          "treeToValue",
          "valueToTree",
          "writeValueAsString",
          "writeValueAsBytes",
          "writeObject");

  @Test
  void runTimeSourcesUseNoReflection() throws IOException {
    List<String> hits = new ArrayList<>();
    int files = 0;
    for (Path root : SOURCES) {
      assertTrue(Files.isDirectory(root), root + " must exist (build before testing)");
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file :
            (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
          files++;
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (FORBIDDEN_SOURCE.matcher(lines.get(i)).find()) {
              hits.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(files > 40, "found only " + files + " source files");
    assertEquals(List.of(), hits);
  }

  @Test
  void generatedCodeIsPartOfTheCheck() throws IOException {
    Path generated = ROOT.resolve("plugins/target/generated-sources/annotations/ai/dialer/plugins");
    assertTrue(Files.exists(generated.resolve("notes/NoteTakerPlugin_Validator.java")));
    assertTrue(Files.exists(generated.resolve("notes/NoteTakerPlugin_Invoker.java")));
    assertTrue(
        Files.exists(
            ROOT.resolve(
                "server/target/generated-sources/annotations/ai/dialer/assembly/"
                    + "DaggerAiDialerServer_Component.java")));
  }

  @Test
  void compiledClassesReferenceNoReflection() throws IOException {
    List<String> hits = new ArrayList<>();
    int files = 0;
    for (Path root : CLASSES) {
      assertTrue(Files.isDirectory(root), root + " must exist (build before testing)");
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file :
            (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".class"))::iterator) {
          files++;
          // Constant-pool UTF-8 entries of ASCII names are plain bytes; ISO-8859-1 keeps them 1:1.
          String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          for (String name : FORBIDDEN_TYPES) {
            if (pool.contains(name)) {
              hits.add(ROOT.relativize(file) + " references " + name);
            }
          }
          for (String name : FORBIDDEN_METHODS) {
            // A CONSTANT_Utf8 entry: tag 1, a two-byte length, the bytes.
            String entry =
                "\u0001" + (char) (name.length() >> 8) + (char) (name.length() & 0xff) + name;
            if (pool.contains(entry)) {
              hits.add(ROOT.relativize(file) + " references " + name);
            }
          }
        }
      }
    }
    assertTrue(files > 40, "found only " + files + " class files");
    assertEquals(List.of(), hits);
  }
}
