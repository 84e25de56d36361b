package ai.dialer.benchmarks.load;

import ai.dialer.plugins.summary.SummarizerPlugin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The load benchmark's baseline: the Summarizer's work behind a bare Undertow handler with
 * Jackson's tree model, and nothing else: no registry, no validation, no policy, no metrics. It
 * answers POST /api/plugins/invoke with the same JSON as the real server, so one load script drives
 * both. Not for use: a missing key is a NullPointerException here.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar
 * ai.dialer.benchmarks.load.BareSummarizerServer PORT}
 */
public final class BareSummarizerServer {
  private BareSummarizerServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "5001");
    ObjectMapper json = new ObjectMapper();
    SummarizerPlugin summarizer = new SummarizerPlugin();
    Undertow.builder()
        .addHttpListener(port, "127.0.0.1")
        .setHandler(
            exchange ->
                exchange
                    .getRequestReceiver()
                    .receiveFullBytes(
                        // Off the IO thread, as the real server runs plugins.
                        (ex, body) -> ex.dispatch(() -> answer(ex, body, json, summarizer))))
        .build()
        .start();
    System.out.println("Bare Summarizer handler listening on http://127.0.0.1:" + port);
  }

  private static void answer(
      HttpServerExchange exchange, byte[] body, ObjectMapper json, SummarizerPlugin summarizer) {
    try {
      JsonNode context = json.readTree(body).path("context");
      SummarizerPlugin.Summary summary =
          summarizer.summarize(
              context.path("text").asText(), null, context.path("max_length").asInt(100));
      ObjectNode answer = json.createObjectNode();
      answer.put("success", true);
      answer.put("plugin", "SummarizerPlugin");
      ObjectNode result = answer.putObject("result");
      result.put("summary", summary.summary());
      result.put("original_length", summary.originalLength());
      result.put("summary_length", summary.summaryLength());
      result.put("compression_ratio", summary.compressionRatio());
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
      exchange.getResponseSender().send(ByteBuffer.wrap(json.writeValueAsBytes(answer)));
    } catch (IOException e) {
      exchange.setStatusCode(400);
      exchange.endExchange();
    }
  }
}
