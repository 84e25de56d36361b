package ai.dialer.guide.code;

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;

/**
 * The limits of a snippet's run. The plugin itself is off until {@code
 * CODE_EXECUTOR_PLUGIN_ENABLED=true}.
 *
 * @param timeoutMillis how long a snippet may run, its JavaScript engine's start not counted
 * @param maxStatements how many statements a snippet may run
 * @param memoryMegabytes the heap of the process a snippet runs in
 * @param maxOutputBytes how much a snippet may print
 * @param maxConcurrentRuns how many snippets run at once; past them, a run is refused
 */
@Settings(prefix = "CODE_EXECUTOR_PLUGIN")
public record CodeExecutorSettings(
    @Setting(description = "how long a snippet may run, in milliseconds", defaultValue = "5000")
        int timeoutMillis,
    @Setting(description = "how many statements a snippet may run", defaultValue = "50000000")
        long maxStatements,
    @Setting(
            description = "the heap of the process a snippet runs in, in MiB",
            defaultValue = "128")
        int memoryMegabytes,
    @Setting(description = "how much a snippet may print, in bytes", defaultValue = "65536")
        int maxOutputBytes,
    @Setting(description = "how many snippets run at once", defaultValue = "4")
        int maxConcurrentRuns) {
  public CodeExecutorSettings {
    check(timeoutMillis >= 100 && timeoutMillis <= 60_000, "TIMEOUT_MILLIS", "100 to 60000");
    check(maxStatements >= 1_000, "MAX_STATEMENTS", "at least 1000");
    check(memoryMegabytes >= 64 && memoryMegabytes <= 4096, "MEMORY_MEGABYTES", "64 to 4096");
    check(maxOutputBytes >= 1 && maxOutputBytes <= 10_000_000, "MAX_OUTPUT_BYTES", "1 to 10000000");
    check(maxConcurrentRuns >= 1 && maxConcurrentRuns <= 64, "MAX_CONCURRENT_RUNS", "1 to 64");
  }

  private static void check(boolean ok, String name, String range) {
    if (!ok) {
      throw new IllegalArgumentException(
          "CODE_EXECUTOR_PLUGIN_" + name + " must be " + range + ".");
    }
  }
}
