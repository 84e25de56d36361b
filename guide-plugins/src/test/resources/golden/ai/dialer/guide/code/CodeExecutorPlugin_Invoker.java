package ai.dialer.guide.code;

import ai.dialer.runtime.ActionDescriptor;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.InvocationPolicy;
import ai.dialer.runtime.ParameterSpec;
import ai.dialer.runtime.PluginDescriptor;
import ai.dialer.runtime.PluginInvoker;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Inject;

/**
 * Invokes {@link CodeExecutorPlugin} without reflection.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class CodeExecutorPlugin_Invoker implements PluginInvoker {
  /**
   * The JSON Schema of the action's arguments, as a tool's input.
   */
  private static final String INPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100000,
            "description": "The JavaScript to run; print with console.log.",
            "examples": [
              "console.log([1, 2, 3].map(x => x * x).join(', '))"
            ]
          }
        },
        "required": [
          "code"
        ],
        "additionalProperties": false,
        "description": "Run a JavaScript snippet."
      }""";

  /**
   * The JSON Schema of its result, as a tool's output.
   */
  private static final String OUTPUT_SCHEMA = """
      {
        "type": "object",
        "properties": {
          "output": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "error": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "success": {
            "type": "boolean"
          }
        },
        "required": [
          "output",
          "error",
          "success"
        ]
      }""";

  /**
   * The JSON Schema (2020-12) of the context.
   */
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "CodeExecutorPlugin",
        "description": "Runs a JavaScript snippet in a sandbox (no files, network, environment or host \
      access) and returns what it printed with console.log, or its error.",
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100000,
            "description": "The JavaScript to run; print with console.log.",
            "examples": [
              "console.log([1, 2, 3].map(x => x * x).join(', '))"
            ]
          }
        },
        "required": [
          "code"
        ],
        "additionalProperties": false
      }""";

  public static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
      "CodeExecutorPlugin",
      "Runs a JavaScript snippet in a sandbox (no files, network, environment or host " +
          "access) and returns what it printed with console.log, or its error.",
      List.of(
        new ActionDescriptor(
            "",
            true, // default
            "Run a JavaScript snippet.",
            List.of(
              new ParameterSpec(
                  "code",
                  "string",
                  "The JavaScript to run; print with console.log.",
                  true,
                  null)),
            INPUT_SCHEMA,
            OUTPUT_SCHEMA,
            false, // result wrapped
            false // read only
            )),
      SCHEMA,
      new InvocationPolicy(
          Duration.ofMillis(120000), // timeout
          1000, // max concurrent calls
          false, // idempotent
          0, // max retries
          Duration.ofMillis(100), // retry backoff
          0, // cache entries
          Duration.ofMillis(60000), // cache time to live
          false, // enabled by default
          true) // requires a key
      );

  private final CodeExecutorPlugin plugin;

  @Inject
  public CodeExecutorPlugin_Invoker(CodeExecutorPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PluginInvoker.Call prepare(ContextJson context) {
    CodeExecutorPlugin_Validator.Arguments arguments =
        context.read(CodeExecutorPlugin_Validator::read);
    return PluginInvoker.Call.of(
        arguments,
        () -> {
          CodeExecutorPlugin.Ran result = plugin.execute(arguments.code());
          return CodeExecutorPlugin_Encoder.result(result);
        });
  }
}
