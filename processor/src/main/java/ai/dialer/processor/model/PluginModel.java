package ai.dialer.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @Plugin} class, ready for the writers.
 *
 * @param element the class, for diagnostics and originating elements
 * @param className the class, as generated code names it
 * @param name the wire name
 * @param description what it does
 * @param injectable whether Dagger constructs it through an {@code @Inject} constructor (otherwise
 *     the generated module provides it with its public no-argument constructor)
 * @param actions its actions, in declaration order
 * @param ignoreUnknownKeys whether undeclared keys are ignored rather than violations
 * @param policy how its calls are run
 */
public record PluginModel(
    TypeElement element,
    ClassName className,
    String name,
    String description,
    boolean injectable,
    List<ActionModel> actions,
    boolean ignoreUnknownKeys,
    PolicyModel policy) {
  public boolean hasActions() {
    return actions.size() > 1;
  }

  /**
   * The tool name of {@code action} in MCP and the model providers' formats: the plugin's name,
   * with {@code _action} if it has several (as the server's {@code McpTools.toolName}).
   */
  public String toolName(ActionModel action) {
    return hasActions() ? name + "_" + action.name() : name;
  }

  /** The tool names of its actions, in declaration order. */
  public List<String> toolNames() {
    return actions.stream().map(this::toolName).toList();
  }

  /** The generated class next to the plugin with this suffix: {@code FooPlugin_Validator}. */
  public ClassName generated(String suffix) {
    return ClassName.get(
        className.packageName(), String.join("_", className.simpleNames()) + "_" + suffix);
  }
}
