package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.dialer.runtime.ContextJson;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor keeps its head: types generated in later rounds, unrelated compile errors and
 * missing types produce no nonsense from it; valid plugins compile without a warning; warnings come
 * where a definition works but is likely a mistake.
 */
class RobustnessTest {
  /** Writes {@code test.Later} (a record) in the first round, as another processor might. */
  static final class LaterRecordProcessor extends AbstractProcessor {
    private boolean written;

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
      if (!written) {
        written = true;
        try {
          JavaFileObject file = processingEnv.getFiler().createSourceFile("test.Later");
          try (Writer out = file.openWriter()) {
            out.write("package test; public record Later(String what, int count) {}");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aTypeGeneratedInALaterRoundIsWaitedFor() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.UsesLater",
            """
            @Plugin(description = "d")
            public final class UsesLater {
              @Action public Later run(@Param(description = "l") Later later) { return later; }
            }
            """);
    Compilation compilation =
        javac()
            .withProcessors(new LaterRecordProcessor(), new PluginProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(plugin);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test/UsesLater_Invoker");
    assertThat(compilation).generatedSourceFile("test/UsesLater_Module");
  }

  @Test
  void aMissingTypeIsLeftToJavac() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Missing",
            """
            @Plugin(description = "d")
            public final class Missing {
              @Action public String run(@Param(description = "n") NoSuchType n) { return ""; }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(plugin);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void unrelatedErrorsBringNoErrorsFromUs() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Fine",
            """
            @Plugin(description = "d")
            public final class Fine {
              @Action public String run(@Param(description = "t") String t) { return t; }
            }
            """);
    JavaFileObject broken =
        Fixtures.source(
            "test.Broken",
            """
            package test;
            class Broken { int x = "not a number"; }
            """);
    Compilation compilation = Fixtures.compileAlone(plugin, broken);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(broken);
  }

  @Test
  void validPluginsCompileWithoutAnyLintWarning() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Clean",
            """
            @Plugin(description = "d")
            public final class Clean {
              public enum Mood { @WireValue("up") UP, DOWN }
              public record Item(String name, Optional<Integer> count) {}
              @Action(name = "a", isDefault = true)
              public Map<String, List<Item>> a(
                  @Param(description = "i", defaultValue = "[]") @Items(max = 3) List<Item> items,
                  @Param(description = "m", defaultValue = "up") Mood mood,
                  @Param(description = "s") Set<java.time.LocalDate> days) { return Map.of(); }
              @Action(name = "b") public void b() {}
            }
            """);
    // Every lint category but "processing", which is javac's note that no processor claimed
    // javax.inject.Inject or @Generated: true of any build with annotations, not a finding.
    assertThat(
            javac()
                .withProcessors(new PluginProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(plugin))
        .succeededWithoutWarnings();
  }

  @Test
  void namesThatHideWhatGeneratedCodeNamesStillCompileAndRead() throws Exception {
    // Java allows parameters and components named like the constants and types the generated
    // code uses (FIELDS, KEYS, PATTERN_TITLE, Check, List, the validator's own name); a local of
    // that name would hide them.
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Hiding",
            """
            @Plugin(description = "d")
            public final class Hiding {
              @Inject public Hiding() {}
              public enum Kind { A, B }
              public record Inner(@Param(name = "f") String FIELDS_, @Param(name = "k") @Pattern("^k") String KEYS,
                  @Param(name = "c") Kind Check) {}
              public record Out(String FIELDS, String generator, String value, int JsonWrite) {}
              @Action(description = "t")
              public Out take(
                  @Param(name = "title", description = "t") @Pattern("^a") String title,
                  @Param(name = "pattern", description = "p") String PATTERN_TITLE,
                  @Param(name = "fields", description = "f") String FIELDS,
                  @Param(name = "keys", description = "k") Inner KEYS_,
                  @Param(name = "tags", description = "d", defaultValue = "[\\"x\\"]") List<String> tags,
                  @Param(name = "default", description = "d") String DEFAULT_TAGS,
                  @Param(name = "list", description = "l") List<Kind> List,
                  @Param(name = "check", description = "c") Optional<String> Check,
                  @Param(name = "validator", description = "v") String Hiding_Validator,
                  @Param(name = "plain", description = "p") int plain) {
                return new Out(FIELDS, title, KEYS_.KEYS(), plain);
              }
            }
            """);
    Compilation compilation = Fixtures.compile(plugin);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> validator = Fixtures.load(compilation).loadClass("test.Hiding_Validator");
    Method read = validator.getMethod("read", JsonParser.class);
    String context =
        "{\"title\":\"ab\",\"pattern\":\"p\",\"fields\":\"f\",\"keys\":{\"f\":\"g\",\"k\":\"kk\",\"c\":\"B\"},"
            + "\"default\":\"d\",\"list\":[\"A\"],\"check\":\"c\",\"validator\":\"v\",\"plain\":7}";
    String expected =
        "Arguments[title=ab, PATTERN_TITLE=p, FIELDS=f, KEYS_=Inner[FIELDS_=g, KEYS=kk, Check=B],"
            + " tags=[x], DEFAULT_TAGS=d, List=[A], Check=Optional[c], Hiding_Validator=v, plain=7]";
    Object arguments =
        ContextJson.of(context)
            .read(
                parser -> {
                  try {
                    return read.invoke(null, parser);
                  } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                  }
                });
    assertEquals(expected, String.valueOf(arguments));
  }

  @Test
  void aHandWrittenInvokerIsFlagged() {
    JavaFileObject invoker =
        Fixtures.source(
            "test.ByHand",
            """
            package test;
            import ai.dialer.runtime.*;
            public final class ByHand implements PluginInvoker {
              public PluginDescriptor descriptor() { return null; }
              public Call prepare(ContextJson context) { return null; }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(invoker);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[Plugin/LooksLikePlugin]")
        .inFile(invoker)
        .onLineContaining("class ByHand");
  }

  @Test
  void aVeryLongDescriptionIsAWarning() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Wordy",
            "@Plugin(description = \""
                + "word ".repeat(250)
                + "\")\n"
                + """
                public final class Wordy {
                  @Action public String run() { return ""; }
                }
                """);
    Compilation compilation = Fixtures.compileAlone(plugin);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[Plugin/LongDescription]")
        .inFile(plugin)
        .onLineContaining("@Plugin");
  }

  /** Our processor with a file system that breaks, as a full disk or a buggy build tool would. */
  static final class BrokenFilerProcessor extends AbstractProcessor {
    private final PluginProcessor delegate = new PluginProcessor();

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
      super.init(env);
      javax.annotation.processing.Filer broken =
          new javax.annotation.processing.Filer() {
            @Override
            public JavaFileObject createSourceFile(
                CharSequence name, javax.lang.model.element.Element... e) {
              throw new IllegalStateException("the disk is full");
            }

            @Override
            public JavaFileObject createClassFile(
                CharSequence name, javax.lang.model.element.Element... e) {
              throw new IllegalStateException("the disk is full");
            }

            @Override
            public javax.tools.FileObject createResource(
                javax.tools.JavaFileManager.Location location,
                CharSequence pkg,
                CharSequence name,
                javax.lang.model.element.Element... e) {
              throw new IllegalStateException("the disk is full");
            }

            @Override
            public javax.tools.FileObject getResource(
                javax.tools.JavaFileManager.Location location,
                CharSequence pkg,
                CharSequence name) {
              throw new IllegalStateException("the disk is full");
            }
          };
      delegate.init(
          new javax.annotation.processing.ProcessingEnvironment() {
            public java.util.Map<String, String> getOptions() {
              return env.getOptions();
            }

            public javax.annotation.processing.Messager getMessager() {
              return env.getMessager();
            }

            public javax.annotation.processing.Filer getFiler() {
              return broken;
            }

            public javax.lang.model.util.Elements getElementUtils() {
              return env.getElementUtils();
            }

            public javax.lang.model.util.Types getTypeUtils() {
              return env.getTypeUtils();
            }

            public SourceVersion getSourceVersion() {
              return env.getSourceVersion();
            }

            public java.util.Locale getLocale() {
              return env.getLocale();
            }
          });
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  @Test
  void anInternalFailureIsOneErrorWithItsTraceNotACrash() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.Fine",
            """
            @Plugin(description = "d")
            public final class Fine {
              @Action public String run() { return ""; }
            }
            """);
    Compilation compilation =
        javac()
            .withProcessors(new BrokenFilerProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(plugin);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[Plugin/InternalError]");
    assertThat(compilation).hadErrorContaining("the disk is full");
    assertThat(compilation).hadErrorContaining("at ai.dialer.processor.");
  }
}
