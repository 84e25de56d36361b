package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.testkit.PluginTester;
import org.junit.jupiter.api.Test;

/** The plugin called as the server calls it, with no server: through its generated code. */
class GreeterPluginTest {
  private final PluginTester tester =
      PluginTester.of(new GreeterPlugin_Invoker(new GreeterPlugin(new GreeterSettings("Hi"))));

  @Test
  void greets() {
    assertEquals(
        "{\"success\":true,\"plugin\":\"GreeterPlugin\",\"result\":{\"text\":\"Hi, Ann!\",\"length\":8}}",
        tester.invoke("GreeterPlugin", "{\"name\": \"Ann\"}"));
  }

  @Test
  void refusesWhatItsParametersDoNotAllow() {
    PluginTester.Answer answer = tester.call("GreeterPlugin", "{\"name\": \"\", \"nmae\": 1}");
    assertEquals(400, answer.status());
    assertTrue(answer.json().contains("\"code\":\"min_length\""), answer.json());
    assertTrue(answer.json().contains("did you mean"), answer.json());
  }
}
