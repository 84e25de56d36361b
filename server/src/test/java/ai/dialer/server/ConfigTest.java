package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.server.config.Config;
import ai.dialer.server.config.ConfigException;
import ai.dialer.server.config.ServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @Test
  void defaultsAreTheEmbeddedOnes(@TempDir Path dir) {
    ServerSettings settings =
        ServerSettings.from(Config.fromEnvironment(Map.of(), dir.resolve(".env")));
    assertEquals("127.0.0.1", settings.host());
    assertEquals(5000, settings.port());
    assertEquals(1 << 20, settings.maxBodyBytes());
    assertEquals(Path.of("data"), settings.storage().dataDirectory());
    assertEquals(java.time.Duration.ofSeconds(60), settings.idleTimeout());
    assertEquals(java.time.Duration.ofSeconds(30), settings.bodyTimeout());
    assertFalse(settings.chatBackend().isConfigured());
  }

  @Test
  void environmentWinsOverDotEnv(@TempDir Path dir) throws Exception {
    Path dotEnv = dir.resolve(".env");
    Files.writeString(
        dotEnv,
        "# comment\n\nexport PORT=6000\nHOST=\"0.0.0.0\"\nOPENAI_BASE_URL='http://localhost:8080/v1'\n");
    ServerSettings settings =
        ServerSettings.from(Config.fromEnvironment(Map.of("PORT", "7000"), dotEnv));
    assertEquals(7000, settings.port());
    assertEquals("0.0.0.0", settings.host());
    assertTrue(settings.chatBackend().isConfigured());
    assertEquals("http://localhost:8080/v1", settings.chatBackend().baseUrl().get().toString());
  }

  @Test
  void malformedValuesNameTheSetting(@TempDir Path dir) throws Exception {
    ConfigException port =
        assertThrows(
            ConfigException.class, () -> ServerSettings.from(new Config(Map.of("PORT", "http"))));
    assertTrue(port.getMessage().startsWith("PORT "), port.getMessage());
    ConfigException body =
        assertThrows(
            ConfigException.class,
            () -> ServerSettings.from(new Config(Map.of("BODY_TIMEOUT_SECONDS", "0"))));
    assertTrue(body.getMessage().startsWith("BODY_TIMEOUT_SECONDS "), body.getMessage());
    assertEquals(
        java.time.Duration.ofSeconds(5),
        ServerSettings.from(new Config(Map.of("BODY_TIMEOUT_SECONDS", "5"))).bodyTimeout());
    ConfigException url =
        assertThrows(
            ConfigException.class,
            () -> ServerSettings.from(new Config(Map.of("OPENAI_BASE_URL", "localhost:8080"))));
    assertTrue(url.getMessage().startsWith("OPENAI_BASE_URL"), url.getMessage());
    Path dotEnv = dir.resolve(".env");
    Files.writeString(dotEnv, "JUST_A_WORD\n");
    ConfigException line =
        assertThrows(ConfigException.class, () -> Config.fromEnvironment(Map.of(), dotEnv));
    assertTrue(line.getMessage().contains("line 1"), line.getMessage());
  }

  @Test
  void anApiKeyAloneMeansTheHostedApi() {
    ServerSettings settings = ServerSettings.from(new Config(Map.of("OPENAI_API_KEY", "sk-x")));
    assertEquals("https://api.openai.com/v1", settings.chatBackend().baseUrl().get().toString());
    assertFalse(settings.toString().contains("sk-x"));
  }

  @Test
  void aDataDirectoryThatCannotHoldTheDatabaseStopsStartUpNamingIt(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    ServerSettings settings =
        ServerSettings.from(
            Config.fromEnvironment(
                Map.of("PORT", "0", "DATA_DIR", file.resolve("data").toString()),
                dir.resolve(".env")));
    ConfigException e = assertThrows(ConfigException.class, () -> ApiServer.start(settings));
    assertTrue(
        e.getMessage()
            .startsWith("DATA_DIR=" + file.resolve("data") + " cannot hold the database:"),
        e.getMessage());
  }
}
