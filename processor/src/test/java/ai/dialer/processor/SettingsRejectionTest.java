package ai.dialer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One fixture per mistake in settings and plugin modules, as {@link RejectionTest} has them. */
class SettingsRejectionTest {
  private static void assertRejected(String tag, String onLine, String body) {
    JavaFileObject source = Fixtures.plugin("test.Bad", body);
    Compilation compilation = Fixtures.compileAlone(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[Plugin/" + tag + "]")
        .inFile(source)
        .onLineContaining(onLine);
  }

  @Test
  void settingsAreARecord() {
    assertRejected(
        "SettingsNotRecord",
        "@Settings",
        """
        @Settings(prefix = "BAD")
        public final class Bad {}
        """);
  }

  @Test
  void aPrefixIsUpperSnakeCase() {
    assertRejected(
        "SettingsPrefixInvalid",
        "@Settings",
        """
        @Settings(prefix = "bad-plugin")
        public record Bad(@Setting(description = "d") String url) {}
        """);
  }

  @Test
  void everyComponentIsASetting() {
    assertRejected(
        "SettingMissing",
        "String url",
        """
        @Settings(prefix = "BAD")
        public record Bad(String url) {}
        """);
  }

  @Test
  void aSettingHasADescription() {
    assertRejected(
        "DescriptionMissing",
        "String url",
        """
        @Settings(prefix = "BAD")
        public record Bad(@Setting(description = " ") String url) {}
        """);
  }

  @Test
  void aSettingsNameIsUpperSnakeCase() {
    assertRejected(
        "SettingNameInvalid",
        "String url",
        """
        @Settings(prefix = "BAD")
        public record Bad(@Setting(name = "base-url", description = "d") String url) {}
        """);
  }

  @Test
  void aSettingHasASupportedType() {
    assertRejected(
        "SettingType",
        "List<String> urls",
        """
        @Settings(prefix = "BAD")
        public record Bad(@Setting(description = "d") List<String> urls) {}
        """);
  }

  @Test
  void aDefaultIsOfItsType() {
    assertRejected(
        "SettingBadDefault",
        "int retries",
        """
        @Settings(prefix = "BAD")
        public record Bad(@Setting(description = "d", defaultValue = "abc") int retries) {}
        """);
    assertRejected(
        "SettingBadDefault",
        "java.net.URI url",
        """
        @Settings(prefix = "BAD")
        public record Bad(
            @Setting(description = "d", defaultValue = "ftp://x") java.net.URI url) {}
        """);
  }

  @Test
  void aSecretHasNoDefault() {
    assertRejected(
        "SettingBadDefault",
        "Secret key",
        """
        @Settings(prefix = "BAD")
        public record Bad(@Setting(description = "d", defaultValue = "sk-1") Secret key) {}
        """);
  }

  @Test
  void aVariableIsDeclaredOnce() {
    assertRejected(
        "DuplicateSetting",
        "String other",
        """
        @Settings(prefix = "BAD")
        public record Bad(
            @Setting(name = "URL", description = "d") String url,
            @Setting(name = "URL", description = "d") String other) {}
        """);
  }

  @Test
  void aPluginModuleIsADaggerModule() {
    assertRejected(
        "PluginModuleNotModule",
        "@PluginModule",
        """
        @PluginModule
        public final class Bad {}
        """);
  }
}
