package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One fixture per mistake: the build fails with exactly one error, tagged, on the line of the
 * offending element. (Exactly one: code generated for a broken plugin would add errors of its own.)
 */
class RejectionTest {
  /**
   * Compiles {@code body} as {@code test.Bad}: one error, tagged, on the line with {@code onLine}.
   */
  private static Compilation assertRejected(String tag, String onLine, String body) {
    JavaFileObject source = Fixtures.plugin("test.Bad", body);
    Compilation compilation = Fixtures.compileAlone(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[Plugin/" + tag + "]")
        .inFile(source)
        .onLineContaining(onLine);
    return compilation;
  }

  @Test
  void interfaceIsNotAPlugin() {
    assertRejected(
        "NotAClass",
        "interface Bad",
        """
        @Plugin(description = "d")
        public interface Bad {}
        """);
  }

  @Test
  void recordIsNotAPlugin() {
    assertRejected(
        "NotAClass",
        "record Bad",
        """
        @Plugin(description = "d")
        public record Bad() {}
        """);
  }

  @Test
  void nonPublicClass() {
    assertRejected(
        "NotPublic",
        "final class Bad",
        """
        @Plugin(description = "d")
        final class Bad {
          public Bad() {}
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void abstractClass() {
    assertRejected(
        "Abstract",
        "abstract class Bad",
        """
        @Plugin(description = "d")
        public abstract class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void innerClass() {
    assertRejected(
        "InnerClass",
        "public class Inner",
        """
        public class Bad {
          @Plugin(description = "d")
          public class Inner {
            @Action public String run() { return ""; }
          }
        }
        """);
  }

  @Test
  void genericClass() {
    assertRejected(
        "GenericClass",
        "class Bad<T>",
        """
        @Plugin(description = "d")
        public final class Bad<T> {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void noWayToConstruct() {
    assertRejected(
        "NotConstructible",
        "final class Bad",
        """
        @Plugin(description = "d")
        public final class Bad {
          public Bad(String s) {}
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void privateInjectConstructor() {
    assertRejected(
        "PrivateConstructor",
        "private Bad()",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Inject private Bad() {}
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void noAction() {
    assertRejected(
        "NoAction",
        "final class Bad",
        """
        @Plugin(description = "d")
        public final class Bad {
          public String run() { return ""; }
        }
        """);
  }

  @Test
  void blankDescription() {
    assertRejected(
        "DescriptionMissing",
        "@Plugin",
        """
        @Plugin(description = "  ")
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void invalidName() {
    assertRejected(
        "NameInvalid",
        "@Plugin",
        """
        @Plugin(name = "my plugin", description = "d")
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void unsupportedParameterType() {
    assertRejected(
        "UnsupportedType",
        "Object payload",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(description = "p") Object payload) { return ""; }
        }
        """);
  }

  @Test
  void unsupportedTypeInsideARecordNamesItsPath() {
    Compilation compilation =
        assertRejected(
            "UnsupportedType",
            "List<Turn> conversation",
            """
            @Plugin(description = "d")
            public final class Bad {
              public record Turn(String role, Thread speaker) {}
              @Action public String run(
                  @Param(description = "c") List<Turn> conversation) { return ""; }
            }
            """);
    assertThat(compilation).hadErrorContaining("\"conversation[].speaker\"");
  }

  @Test
  void mapWithNonStringKeys() {
    assertRejected(
        "UnsupportedType",
        "Map<Integer, String> byId",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(description = "p") Map<Integer, String> byId) { return ""; }
        }
        """);
  }

  @Test
  void unsupportedResultType() {
    assertRejected(
        "UnsupportedType",
        "public Object run",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public Object run() { return ""; }
        }
        """);
  }

  @Test
  void parameterWithoutParam() {
    assertRejected(
        "ParamMissing",
        "String text",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              String text) { return text; }
        }
        """);
  }

  @Test
  void requiredWithDefault() {
    assertRejected(
        "RequiredWithDefault",
        "required = true",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(description = "t", required = true, defaultValue = "x") String text) {
            return text;
          }
        }
        """);
  }

  @Test
  void defaultThatIsNotOfItsType() {
    assertRejected(
        "BadDefault",
        "defaultValue = \"ten\"",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(description = "n", defaultValue = "ten") int n) { return ""; }
        }
        """);
  }

  @Test
  void optionalPrimitiveWithoutDefault() {
    assertRejected(
        "OptionalPrimitive",
        "int n",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(description = "n", required = false) int n) { return ""; }
        }
        """);
  }

  @Test
  void twoParametersWithOneKey() {
    assertThat(
            assertRejected(
                "DuplicateKey",
                "String other",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "a") String userId,
                      @Param(name = "user_id", description = "b") String other) { return ""; }
                }
                """))
        .hadErrorContaining(
            "Keys must be unique in action \"Bad.run\", but \"user_id\" is the key of both"
                + " \"userId\" and \"other\"");
  }

  @Test
  void twoComponentsWithOneKeyAreReportedOnTheSecond() {
    assertRejected(
        "DuplicateKey",
        "String other",
        """
        @Plugin(description = "d")
        public final class Bad {
          public record Person(
              @Param(description = "a") String userId,
              @Param(name = "user_id", description = "b") String other) {}
          @Action public String run(@Param(description = "p") Person person) { return ""; }
        }
        """);
  }

  @Test
  void invalidKey() {
    assertRejected(
        "KeyInvalid",
        "name = \"user id\"",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
              @Param(name = "user id", description = "a") String id) { return ""; }
        }
        """);
  }

  @Test
  void severalActionsNeedNames() {
    assertRejected(
        "ActionNameMissing",
        "public String two",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action(name = "one") public String one() { return ""; }
          @Action public String two() { return ""; }
        }
        """);
  }

  @Test
  void duplicateActionNames() {
    assertRejected(
        "DuplicateAction",
        "public String two",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action(name = "one") public String one() { return ""; }
          @Action(name = "one") public String two() { return ""; }
        }
        """);
  }

  @Test
  void twoDefaultActions() {
    assertThat(
            assertRejected(
                "SeveralDefaultActions",
                "public String two",
                """
        @Plugin(description = "d")
        public final class Bad {
          @Action(name = "one", isDefault = true) public String one() { return ""; }
          @Action(name = "two", isDefault = true) public String two() { return ""; }
        }
        """))
        .hadErrorContaining("marks both \"one\" (Bad.one) and \"two\" (Bad.two)");
  }

  @Test
  void actionKeyIsReservedInMultiActionPlugins() {
    assertRejected(
        "ActionKeyReserved",
        "String action",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action(name = "one") public String one(
              @Param(description = "a") String action) { return ""; }
          @Action(name = "two") public String two() { return ""; }
        }
        """);
  }

  @Test
  void privateAction() {
    assertRejected(
        "ActionNotPublic",
        "String run()",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action String run() { return ""; }
        }
        """);
  }

  @Test
  void staticAction() {
    assertRejected(
        "ActionStatic",
        "static String run()",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public static String run() { return ""; }
        }
        """);
  }

  @Test
  void checkedExceptionOtherThanPluginException() {
    assertRejected(
        "CheckedException",
        "throws java.io.IOException",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run() throws java.io.IOException { return ""; }
        }
        """);
  }

  @Test
  void actionOutsideAPlugin() {
    assertRejected(
        "NotInPlugin",
        "public String run()",
        """
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void twoPluginsWithOneNameAreBothReported() {
    JavaFileObject first =
        Fixtures.plugin(
            "test.First",
            """
            @Plugin(name = "Same", description = "d")
            public final class First {
              @Action public String run() { return ""; }
            }
            """);
    JavaFileObject second =
        Fixtures.plugin(
            "test.Second",
            """
            @Plugin(name = "Same", description = "d")
            public final class Second {
              @Action public String run() { return ""; }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[Plugin/DuplicateName]")
        .inFile(first)
        .onLineContaining("class First");
    assertThat(compilation)
        .hadErrorContaining("[Plugin/DuplicateName]")
        .inFile(second)
        .onLineContaining("class Second");
  }

  @Test
  void twoPluginsWithOneToolNameAreBothReported() {
    JavaFileObject notes =
        Fixtures.plugin(
            "test.Notes",
            """
            @Plugin(name = "notes", description = "d")
            public final class Notes {
              @Action(name = "add") public String add() { return ""; }
              @Action(name = "search") public String search() { return ""; }
            }
            """);
    JavaFileObject search =
        Fixtures.plugin(
            "test.NotesSearch",
            """
            @Plugin(name = "notes_search", description = "d")
            public final class NotesSearch {
              @Action public String run() { return ""; }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(notes, search);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    String message =
        "[Plugin/DuplicateToolName] Tool names must be unique in a build, but \"notes_search\" is"
            + " a tool of plugin \"notes\" (test.Notes) and of plugin \"notes_search\""
            + " (test.NotesSearch): MCP and the model providers would see one tool.";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(notes)
        .onLineContaining("class Notes");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(search)
        .onLineContaining("class NotesSearch");
  }

  @Test
  void aMissingBindingFailsTheBuild() {
    JavaFileObject plugin =
        Fixtures.plugin(
            "test.NeedsService",
            """
            @Plugin(description = "d")
            public final class NeedsService {
              public interface Weather { String now(); }
              @Inject public NeedsService(Weather weather) {}
              @Action public String run() { return ""; }
            }
            """);
    JavaFileObject component =
        Fixtures.source(
            "test.App",
            """
            package test;
            @ai.dialer.server.PluginServer
            public interface App {}
            """);
    Compilation compilation = Fixtures.compile(plugin, component);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("MissingBinding");
  }

  @Test
  void pluginsThatNeedEachOtherAreACycle() {
    JavaFileObject first =
        Fixtures.plugin(
            "test.Chicken",
            """
            @Plugin(description = "d")
            public final class Chicken {
              @Inject public Chicken(Egg egg) {}
              @Action public String run() { return ""; }
            }
            """);
    JavaFileObject second =
        Fixtures.plugin(
            "test.Egg",
            """
            @Plugin(description = "d")
            public final class Egg {
              @Inject public Egg(Chicken chicken) {}
              @Action public String run() { return ""; }
            }
            """);
    JavaFileObject component =
        Fixtures.source(
            "test.App",
            """
            package test;
            @ai.dialer.server.PluginServer
            public interface App {}
            """);
    Compilation compilation = Fixtures.compile(first, second, component);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("DependencyCycle");
  }

  /** {@code parameter} as the only parameter of an action. */
  private static Compilation assertParameterRejected(String tag, String onLine, String parameter) {
    return assertRejected(
        tag,
        onLine,
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run(
        """
            + parameter
            + """
          ) { return ""; } }
        """);
  }

  @Test
  void patternOnAnInteger() {
    assertParameterRejected(
        "ConstraintNotApplicable",
        "@Pattern",
        """
              @Param(description = "n")
              @Pattern("[0-9]+")
              int n
        """);
  }

  @Test
  void minimumOnAString() {
    assertParameterRejected(
        "ConstraintNotApplicable",
        "@Minimum",
        "      @Param(description = \"s\") @Minimum(1) String s");
  }

  @Test
  void minimumAboveMaximum() {
    assertParameterRejected(
        "ContradictoryConstraints",
        "@Maximum(5)",
        """
              @Param(description = "n") @Minimum(10)
              @Maximum(5) int n
        """);
  }

  @Test
  void minLengthAboveMaxLength() {
    assertParameterRejected(
        "ContradictoryConstraints",
        "@Length",
        "      @Param(description = \"s\") @Length(min = 5, max = 2) String s");
  }

  @Test
  void negativeItems() {
    assertParameterRejected(
        "ContradictoryConstraints",
        "@Items",
        "      @Param(description = \"l\") @Items(min = -1) List<String> l");
  }

  @Test
  void fractionalBoundOnAnInteger() {
    assertParameterRejected(
        "ContradictoryConstraints",
        "@Minimum(0.5)",
        "      @Param(description = \"n\") @Minimum(0.5) int n");
  }

  @Test
  void patternThatDoesNotCompile() {
    assertParameterRejected(
        "InvalidPattern",
        "@Pattern(\"[a-z\")",
        "      @Param(description = \"s\") @Pattern(\"[a-z\") String s");
  }

  @Test
  void patternThatOnlyJavaReads() {
    // Valid for java.util.regex, but ECMA-262 (the published schema's reader) takes \p as "p".
    assertParameterRejected(
        "InvalidPattern",
        "@Pattern(\"^\\\\p{L}+$\")",
        "      @Param(description = \"s\") @Pattern(\"^\\\\p{L}+$\") String s");
  }

  @Test
  void patternThatTheUFlagRefuses() {
    // Read without flags (Annex B), "a{" is a literal brace; JSON Schema builds patterns with the
    // u flag, which refuses it, so a validator like Ajv could not compile the published schema.
    assertParameterRejected(
        "InvalidPattern",
        "@Pattern(\"^a{$\")",
        "      @Param(description = \"s\") @Pattern(\"^a{$\") String s");
    Compilation compilation =
        Fixtures.compileAlone(
            Fixtures.source(
                "test.Bad",
                """
                package test;
                import ai.dialer.annotation.*;
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(@Param(description = "s") @Pattern("^a\\\\@b$") String s) {
                    return ""; } }
                """));
    assertThat(compilation).hadErrorContaining("write it without the backslash");
  }

  @Test
  void unknownFormat() {
    assertParameterRejected(
        "UnknownFormat",
        "@Format(\"phone\")",
        "      @Param(description = \"s\") @Format(\"phone\") String s");
  }

  @Test
  void allowedValuesTwice() {
    assertParameterRejected(
        "BadAllowedValues",
        "@AllowedValues",
        "      @Param(description = \"s\") @AllowedValues({\"a\", \"a\"}) String s");
  }

  @Test
  void defaultThatBreaksItsOwnConstraints() {
    assertParameterRejected(
        "BadDefault",
        "defaultValue = \"0\"",
        "      @Param(description = \"n\", defaultValue = \"0\") @Minimum(1) int n");
  }

  @Test
  void defaultOutsideTheAllowedValues() {
    assertParameterRejected(
        "BadDefault",
        "defaultValue = \"d\"",
        """
              @Param(description = "s", defaultValue = "d") @AllowedValues({"a", "b"})
              String s
        """);
  }

  @Test
  void exampleThatBreaksTheFormat() {
    assertParameterRejected(
        "BadExample",
        "examples = \"ann\"",
        "      @Param(description = \"e\", examples = \"ann\") @Format(\"email\") String e");
  }

  @Test
  void exampleThatIsNoDate() {
    // The shape of a date, but no day: the build checks with the run time's own StringFormat.
    assertParameterRejected(
        "BadExample",
        "examples = \"2026-02-30\"",
        "      @Param(description = \"d\", examples = \"2026-02-30\") @Format(\"date\") String d");
  }

  @Test
  void wireValueUsedTwice() {
    // Once, though the enum is both a parameter and the result.
    assertRejected(
        "BadWireValue",
        "@WireValue(\"x\") B",
        """
        @Plugin(description = "d")
        public final class Bad {
          public enum Level { @WireValue("x") A, @WireValue("x") B }
          @Action public Level run(@Param(description = "l") Level level) { return level; }
        }
        """);
  }

  @Test
  void anEnumDefaultWrittenAsTheJavaNameIsToldTheWireName() {
    assertThat(
            assertRejected(
                "BadDefault",
                "defaultValue = \"CELSIUS\"",
                """
                @Plugin(description = "d")
                public final class Bad {
                  public enum Units { @WireValue("celsius") CELSIUS, @WireValue("fahrenheit") F }
                  @Action public String run(
                      @Param(description = "u", defaultValue = "CELSIUS") Units u) { return ""; }
                }
                """))
        .hadErrorContaining(
            "the default \"CELSIUS\" of \"u\" is not one of [celsius, fahrenheit] (values are"
                + " written as on the wire: the @WireValue of CELSIUS is \"celsius\")");
  }

  @Test
  void theBadExampleOfSeveralIsNamed() {
    assertThat(
            assertParameterRejected(
                "BadExample",
                "examples",
                "      @Param(description = \"e\", examples = {\"a@b.c\", \"ann\", \"x@y.z\"})"
                    + " @Format(\"email\") String e"))
        .hadErrorContaining("but example 2 of 3, \"ann\", of \"e\" is not a valid email");
  }

  @Test
  void anOptionalOfAnOptionalIsNamedWhole() {
    assertThat(
            assertParameterRejected(
                "UnsupportedType",
                "Optional<Optional<String>> o",
                "      @Param(description = \"o\") Optional<Optional<String>> o"))
        .hadErrorContaining(
            "\"o\" has type \"java.util.Optional<java.util.Optional<java.lang.String>>\", an"
                + " Optional inside an Optional");
  }

  @Test
  void anUnsupportedResultNamesItsAction() {
    Compilation compilation =
        assertRejected(
            "UnsupportedType",
            "public Reply two",
            """
                @Plugin(description = "d")
                public final class Bad {
                  public record Reply(Object payload) {}
                  @Action(name = "one", isDefault = true) public String one() { return ""; }
                  @Action(name = "two") public Reply two() { return null; }
                }
                """);
    assertThat(compilation)
        .hadErrorContaining("\"Bad.two result.payload\" has type \"java.lang.Object\"");
    assertThat(compilation)
        .hadErrorContaining("BigDecimal, LocalDate, LocalTime, OffsetDateTime, Instant");
  }

  @Test
  void enumIsNotAPlugin() {
    assertRejected(
        "NotAClass",
        "enum Bad",
        """
        @Plugin(description = "d")
        public enum Bad { A }
        """);
  }

  @Test
  void annotationIsNotAPlugin() {
    assertRejected(
        "NotAClass",
        "@interface Bad",
        """
        @Plugin(description = "d")
        public @interface Bad {}
        """);
  }

  @Test
  void abstractActionInAnAbstractClassIsReportedToo() {
    JavaFileObject source =
        Fixtures.plugin(
            "test.Bad",
            """
            @Plugin(description = "d")
            public abstract class Bad {
              @Action public abstract String run();
            }
            """);
    Compilation compilation = Fixtures.compileAlone(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[Plugin/Abstract]")
        .inFile(source)
        .onLineContaining("class Bad");
    assertThat(compilation)
        .hadErrorContaining("[Plugin/ActionAbstract]")
        .inFile(source)
        .onLineContaining("abstract String run()");
  }

  @Test
  void genericAction() {
    assertRejected(
        "ActionGeneric",
        "<T> String run",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public <T> String run() { return ""; }
        }
        """);
  }

  @Test
  void invalidActionName() {
    assertRejected(
        "ActionNameInvalid",
        "Add Note",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action(name = "Add Note") public String one() { return ""; }
          @Action(name = "two") public String two() { return ""; }
        }
        """);
  }

  @Test
  void rawListAndWildcard() {
    assertParameterRejected(
        "UnsupportedType",
        "List raw",
        "      @Param(description = \"r\") @SuppressWarnings(\"rawtypes\") List raw");
    assertParameterRejected(
        "UnsupportedType", "List<?> any", "      @Param(description = \"a\") List<?> any");
  }

  @Test
  void policyWithoutTime() {
    assertRejected(
        "BadPolicy",
        "timeoutMillis = 0",
        """
        @Plugin(description = "d")
        @Policy(timeoutMillis = 0)
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void policyWithTooManyRetries() {
    assertRejected(
        "BadPolicy",
        "maxRetries = 11",
        """
        @Plugin(description = "d")
        @Policy(idempotent = true, maxRetries = 11)
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void retriesOfAPluginNotDeclaredIdempotent() {
    assertRejected(
        "NotIdempotent",
        "maxRetries = 2",
        """
        @Plugin(description = "d")
        @Policy(maxRetries = 2)
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void cacheOfAPluginNotDeclaredIdempotent() {
    assertRejected(
        "NotIdempotent",
        "cacheEntries = 100",
        """
        @Plugin(description = "d")
        @Policy(
            cacheEntries = 100)
        public final class Bad {
          @Action public String run() { return ""; }
        }
        """);
  }

  @Test
  void rawCompletionStage() {
    assertRejected(
        "UnsupportedType",
        "CompletionStage run()",
        """
        @Plugin(description = "d")
        public final class Bad {
          @SuppressWarnings("rawtypes")
          @Action public java.util.concurrent.CompletionStage run() { return null; }
        }
        """);
  }

  @Test
  void keyGroupsNameOptionalKeysOfTheAction() {
    assertThat(
            assertRejected(
                "BadKeyGroup",
                "@RequireAnyOf",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action
                  @RequireAnyOf({"text", "conversation"})
                  public String run(
                      @Param(description = "t", required = false) String text,
                      @Param(description = "c", required = false) java.util.List<String> turns) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining(
            "\"Bad.run\" has no parameter with key \"conversation\"; its keys are \"text\","
                + " \"turns\"");
    assertThat(
            assertRejected(
                "BadKeyGroup",
                "@RequireOneOf",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action
                  @RequireOneOf({"city", "units"})
                  public String run(
                      @Param(description = "c", required = false) String city,
                      @Param(description = "u", defaultValue = "metric") String units) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining("\"units\" of \"Bad.run\" has the default \"metric\"");
    assertThat(
            assertRejected(
                "BadKeyGroup",
                "@RequireAnyOf",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action
                  @RequireAnyOf({"city", "city"})
                  public String run(@Param(description = "c", required = false) String city) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining("names \"city\" twice");
    assertThat(
            assertRejected(
                "BadKeyGroup",
                "@RequireAnyOf",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action
                  @RequireAnyOf({"city"})
                  public String run(@Param(description = "c", required = false) String city) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining("needs two keys or more, but on \"Bad.run\" it names \"city\"");
  }

  @Test
  void aParamOnAMethodWithoutActionIsReported() {
    assertThat(
            assertRejected(
                "IgnoredAnnotation",
                "String city",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run() { return ""; }
                  public String forecast(@Param(description = "c") @Length(max = 9) String city) {
                    return city;
                  }
                }
                """))
        .hadErrorContaining(
            "@Param @Length on parameter \"city\" of method Bad.forecast has no effect: the"
                + " method has no @Action");
  }

  @Test
  void aParamOnAConstructorParameterIsReported() {
    assertThat(
            assertRejected(
                "IgnoredAnnotation",
                "String apiKey",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Inject
                  public Bad(@Param(description = "The key.") String apiKey) {}
                  @Action public String run() { return ""; }
                }
                """))
        .hadErrorContaining(
            "@Param on parameter \"apiKey\" of the constructor of Bad has no effect: only the"
                + " parameters of @Action methods are read");
  }

  @Test
  void aConstraintOnAMethodOfAClassThatIsNoPluginIsReported() {
    assertRejected(
        "NotInPlugin",
        "int n",
        """
        public final class Bad {
          public int twice(@Minimum(1) int n) { return 2 * n; }
        }
        """);
  }

  @Test
  void policyWithoutPluginIsReported() {
    assertThat(
            assertRejected(
                "IgnoredAnnotation",
                "@Policy",
                """
                @Policy(timeoutMillis = 5_000)
                public final class Bad {}
                """))
        .hadErrorContaining("@Policy on class Bad has no effect: it is not annotated @Plugin");
  }

  @Test
  void aKeyRuleOnAMethodWithoutActionIsReported() {
    assertRejected(
        "IgnoredAnnotation",
        "@RequireAnyOf",
        """
        @Plugin(description = "d")
        public final class Bad {
          @Action public String run() { return ""; }
          @RequireAnyOf({"a", "b"})
          public String other(String a, String b) { return a + b; }
        }
        """);
  }

  @Test
  void aSettingOutsideSettingsAndAConstraintInsideAreReported() {
    assertThat(
            assertRejected(
                "IgnoredAnnotation",
                "String url",
                """
                public record Bad(@Setting(description = "The URL.") String url) {}
                """))
        .hadErrorContaining("the record is not annotated @Settings");
    assertThat(
            assertRejected(
                "IgnoredAnnotation",
                "int retries",
                """
                @Settings(prefix = "BAD")
                public record Bad(
                    @Setting(description = "Retries.", defaultValue = "3") @Maximum(5) int retries) {}
                """))
        .hadErrorContaining(
            "@Maximum on component \"retries\" of record Bad has no effect: a @Settings record");
  }

  @Test
  void aWireValueOnAFieldIsReported() {
    assertRejected(
        "IgnoredAnnotation",
        "String unit",
        """
        public final class Bad {
          @WireValue("c") public static final String unit = "c";
        }
        """);
  }

  @Test
  void integerBoundsWithNoIntegerBetweenThem() {
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "int share",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "s") @Minimum(value = 0, exclusive = true)
                          @Maximum(value = 1, exclusive = true) int share) { return ""; }
                }
                """))
        .hadErrorContaining(
            "those of \"share\" are ints that must be above 0 and below 1, and no int is");
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "int big",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "b") @Minimum(3_000_000_000L) int big) { return ""; }
                }
                """))
        .hadErrorContaining("must be at least 3000000000, and no int is");
  }

  @Test
  void allowedValuesThatOtherRulesRefuse() {
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "@AllowedValues({\"C\", \"F\"})",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "u") @AllowedValues({"C", "F"}) @Length(min = 2)
                          String unit) { return ""; }
                }
                """))
        .hadErrorContaining(
            "no call could send any value: \"C\" is shorter than its minimum length of 2;"
                + " \"F\" is shorter than its minimum length of 2");
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "@AllowedValues({\"2026-01-01\", \"soon\"})",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "d") @AllowedValues({"2026-01-01", "soon"})
                          @Format("date") String day) { return ""; }
                }
                """))
        .hadErrorContaining("send them: \"soon\" is not a valid date");
  }

  @Test
  void moreUniqueItemsThanValues() {
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "List<Boolean> flags",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "f") @Items(min = 3, unique = true) List<Boolean> flags) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining("need at least 3 unique items, but there are only 2 booleans");
  }

  @Test
  void aDateOfTheWrongLength() {
    assertThat(
            assertRejected(
                "ContradictoryConstraints",
                "@Length(max = 8)",
                """
                @Plugin(description = "d")
                public final class Bad {
                  @Action public String run(
                      @Param(description = "d") @Format("date") @Length(max = 8) String day) {
                    return "";
                  }
                }
                """))
        .hadErrorContaining("always 10 characters) of length 0 to 8");
  }

  @Test
  void aRecordThatRequiresItself() {
    assertThat(
            assertRejected(
                "EndlessRecord",
                "Node first",
                """
                @Plugin(description = "d")
                public final class Bad {
                  public record Node(@Param(description = "n") String name, Link link) {}
                  public record Link(Node next, Optional<Node> other, List<Node> more) {}
                  @Action public String run(@Param(description = "f") Node first) { return ""; }
                }
                """))
        .hadErrorContaining("\"first\" does: Node.link -> Link.next -> Node");
  }

  @Test
  void aConstraintOnARecordThePluginOnlyReturnsIsAWarning() {
    JavaFileObject source =
        Fixtures.plugin(
            "test.Bad",
            """
            @Plugin(description = "d")
            public final class Bad {
              public record Forecast(@Minimum(-90) double celsius) {}
              @Action public Forecast run() { return new Forecast(1); }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Plugin/ResultConstraint] Constraints are checked on what a plugin receives, not on"
                + " what it returns, but \"Forecast.celsius\" has constraints")
        .inFile(source)
        .onLineContaining("public final class Bad");
  }

  @Test
  void aToolNameNoProviderTakes() {
    assertThat(
            assertRejected(
                "ToolName",
                "public final class Bad",
                """
                @Plugin(name = "CalendarAndMeetingsAndRemindersForEveryTeamPlugin", description = "d")
                public final class Bad {
                  @Action(name = "list_everything_for_the_week", isDefault = true)
                  public String list() { return ""; }
                  @Action(name = "add") public String add() { return ""; }
                }
                """))
        .hadErrorContaining(
            "would be named \"CalendarAndMeetingsAndRemindersForEveryTeamPlugin_list_everything_for_the_week\"");
  }

  @Test
  void aRecordThatContainsItselfIsAWarningForGemini() {
    JavaFileObject source =
        Fixtures.plugin(
            "test.Tree",
            """
            @Plugin(description = "d")
            public final class Tree {
              public record Node(@Param(description = "n") String name, Optional<Node> next) {}
              @Action public String run(@Param(description = "r") Node root) { return ""; }
            }
            """);
    Compilation compilation = Fixtures.compileAlone(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Plugin/ToolFormat] Gemini cannot take tool \"Tree\" exactly as declared: the record"
                + " Tree.Node contains itself");
  }
}
