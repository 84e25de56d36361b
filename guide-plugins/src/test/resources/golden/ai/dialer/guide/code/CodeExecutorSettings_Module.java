package ai.dialer.guide.code;

import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.runtime.settings.SettingsReader;
import ai.dialer.runtime.settings.SettingsSource;
import dagger.Module;
import dagger.Provides;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Singleton;

/**
 * Binds {@link CodeExecutorSettings}, read once at start-up.
 */
@Generated("ai.dialer.processor.PluginProcessor")
@Module
public final class CodeExecutorSettings_Module {
  /**
   * The variables of {@link CodeExecutorSettings}, for {@code --help}.
   */
  public static final List<SettingSpec> SPECS = List.of(
      new SettingSpec(
          "CODE_EXECUTOR_PLUGIN_TIMEOUT_MILLIS",
          "a whole number",
          "5000",
          "how long a snippet may run, in milliseconds",
          false,
          false),
      new SettingSpec(
          "CODE_EXECUTOR_PLUGIN_MAX_STATEMENTS",
          "a whole number",
          "50000000",
          "how many statements a snippet may run",
          false,
          false),
      new SettingSpec(
          "CODE_EXECUTOR_PLUGIN_MEMORY_MEGABYTES",
          "a whole number",
          "128",
          "the heap of the process a snippet runs in, in MiB",
          false,
          false),
      new SettingSpec(
          "CODE_EXECUTOR_PLUGIN_MAX_OUTPUT_BYTES",
          "a whole number",
          "65536",
          "how much a snippet may print, in bytes",
          false,
          false),
      new SettingSpec(
          "CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS",
          "a whole number",
          "4",
          "how many snippets run at once",
          false,
          false));

  private CodeExecutorSettings_Module() {
  }

  /**
   * Reads {@link CodeExecutorSettings} from the environment and {@code .env}.
   */
  @Provides
  @Singleton
  public static CodeExecutorSettings codeExecutorSettings(SettingsSource source) {
    SettingsReader read = new SettingsReader(source);
    int timeoutMillis = read.integer("CODE_EXECUTOR_PLUGIN_TIMEOUT_MILLIS", "5000");
    long maxStatements = read.longValue("CODE_EXECUTOR_PLUGIN_MAX_STATEMENTS", "50000000");
    int memoryMegabytes = read.integer("CODE_EXECUTOR_PLUGIN_MEMORY_MEGABYTES", "128");
    int maxOutputBytes = read.integer("CODE_EXECUTOR_PLUGIN_MAX_OUTPUT_BYTES", "65536");
    int maxConcurrentRuns = read.integer("CODE_EXECUTOR_PLUGIN_MAX_CONCURRENT_RUNS", "4");
    return read.build("CodeExecutorSettings", () -> new CodeExecutorSettings(timeoutMillis,
        maxStatements, memoryMegabytes, maxOutputBytes, maxConcurrentRuns));
  }
}
