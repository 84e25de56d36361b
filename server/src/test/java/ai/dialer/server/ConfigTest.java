package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.assembly.AiDialerServer_Assembly;
import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.llm.ChatBackendSettings_Module;
import ai.dialer.plugins.storage.StorageSettings_Module;
import ai.dialer.runtime.settings.SettingsException;
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
    Config config = Config.fromEnvironment(Map.of(), dir.resolve(".env"));
    ServerSettings settings = ServerSettings.from(config);
    assertEquals("127.0.0.1", settings.host());
    assertEquals(5000, settings.port());
    assertEquals(1 << 20, settings.maxBodyBytes());
    assertEquals(java.time.Duration.ofSeconds(60), settings.idleTimeout());
    assertEquals(java.time.Duration.ofSeconds(30), settings.bodyTimeout());
    assertEquals(Path.of("data"), StorageSettings_Module.storageSettings(config).dataDirectory());
    assertFalse(ChatBackendSettings_Module.chatBackendSettings(config).isConfigured());
  }

  @Test
  void environmentWinsOverDotEnv(@TempDir Path dir) throws Exception {
    Path dotEnv = dir.resolve(".env");
    Files.writeString(
        dotEnv,
        "# comment\n\nexport PORT=6000\nHOST=\"0.0.0.0\"\nOPENAI_BASE_URL='http://localhost:8080/v1'\n");
    Config config = Config.fromEnvironment(Map.of("PORT", "7000"), dotEnv);
    ServerSettings settings = ServerSettings.from(config);
    assertEquals(7000, settings.port());
    assertEquals("0.0.0.0", settings.host());
    ChatBackendSettings chat = ChatBackendSettings_Module.chatBackendSettings(config);
    assertTrue(chat.isConfigured());
    assertEquals("http://localhost:8080/v1", chat.base().toString());
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
    SettingsException url =
        assertThrows(
            SettingsException.class,
            () ->
                ChatBackendSettings_Module.chatBackendSettings(
                    new Config(Map.of("OPENAI_BASE_URL", "localhost:8080"))));
    assertEquals(
        "OPENAI_BASE_URL must be an http or https URL such as https://example.com/v1, but is"
            + " \"localhost:8080\".",
        url.getMessage());
    SettingsException timeout =
        assertThrows(
            SettingsException.class,
            () ->
                ChatBackendSettings_Module.chatBackendSettings(
                    new Config(Map.of("OPENAI_TIMEOUT_SECONDS", "0"))));
    assertTrue(timeout.getMessage().contains("OPENAI_TIMEOUT_SECONDS must be from 1 to 600"));
    Path dotEnv = dir.resolve(".env");
    Files.writeString(dotEnv, "JUST_A_WORD\n");
    ConfigException line =
        assertThrows(ConfigException.class, () -> Config.fromEnvironment(Map.of(), dotEnv));
    assertTrue(line.getMessage().contains("line 1"), line.getMessage());
  }

  @Test
  void anApiKeyAloneMeansTheHostedApi() {
    ChatBackendSettings chat =
        ChatBackendSettings_Module.chatBackendSettings(
            new Config(Map.of("OPENAI_API_KEY", "sk-x")));
    assertEquals("https://api.openai.com/v1", chat.base().toString());
    assertFalse(chat.toString().contains("sk-x"));
    assertFalse(chat.apiKey().get().toString().contains("sk-x"));
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
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ApiServer.start(settings, new AiDialerServer_Assembly()));
    assertTrue(
        e.getMessage().startsWith("DATA_DIR=" + file.resolve("data") + " cannot hold the "),
        e.getMessage());
  }
}
