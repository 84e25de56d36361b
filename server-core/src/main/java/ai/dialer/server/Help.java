package ai.dialer.server;

import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.settings.SettingSpec;
import ai.dialer.server.access.AccessControl;
import ai.dialer.server.chat.ChatSettings;
import ai.dialer.server.config.McpSettings;
import ai.dialer.server.config.PluginSettings;
import ai.dialer.server.config.ServerSettings;
import java.io.PrintStream;
import java.util.List;

/** What {@code --help} prints: every setting of the server and of its plugins, with defaults. */
final class Help {
  static final String USAGE =
      "Usage: java -jar <server>.jar [--help | --mcp-stdio]\n"
          + "  (no argument: serve HTTP; --mcp-stdio: serve MCP on standard input and output)";

  private Help() {}

  static void print(ServerAssembly assembly, PrintStream out) {
    out.println(USAGE);
    out.println();
    out.println(
        "Settings are environment variables, or KEY=value lines in ./.env; the environment wins.");
    out.println();
    section(out, "The server", ServerSettings.SPECS);
    section(out, "Who may call (API keys, limits, the audit log)", AccessControl.SPECS);
    section(out, "MCP at /mcp", McpSettings.SPECS);
    section(out, "POST /api/chat (and the OPENAI_* settings)", ChatSettings.SPECS);
    section(out, "Declared by the plugins", assembly.settings());
    for (PluginDescriptor plugin : assembly.plugins()) {
      section(out, "How " + plugin.name() + "'s calls run", PluginSettings.specs(plugin));
    }
  }

  private static void section(PrintStream out, String title, List<SettingSpec> specs) {
    if (specs.isEmpty()) {
      return;
    }
    out.println(title + ":");
    for (SettingSpec spec : specs) {
      String value =
          spec.required()
              ? "required"
              : spec.defaultValue() == null ? "not set" : "default " + spec.defaultValue();
      out.println(
          "  "
              + spec.name()
              + " ("
              + spec.type()
              + (spec.secret() ? ", secret" : "")
              + "; "
              + value
              + ")");
      out.println("      " + spec.description());
    }
    out.println();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
