package ai.dialer.processor.model;

import java.util.List;

/**
 * One {@code @Action} method.
 *
 * @param methodName the Java method to call
 * @param name the wire name ({@code ""} for a plugin's only action without one)
 * @param isDefault whether it runs when the context names no action
 * @param description what it does
 * @param parameters its parameters, in declaration order
 * @param result what it returns (for an asynchronous action, what its stage completes with)
 * @param async whether it returns a {@code CompletionStage} (or {@code CompletableFuture})
 * @param throwsPluginException whether the method declares the plugin-failure exception
 * @param keyGroups its {@code @RequireAnyOf} and {@code @RequireOneOf}, in that order
 * @param readOnly whether it changes nothing ({@code @Action(readOnly = true)})
 */
public record ActionModel(
    String methodName,
    String name,
    boolean isDefault,
    String description,
    List<FieldModel> parameters,
    ValueType result,
    boolean async,
    boolean throwsPluginException,
    List<KeyGroup> keyGroups,
    boolean readOnly) {
  /**
   * Keys of which at least one ({@code @RequireAnyOf}) or exactly one ({@code @RequireOneOf}) is
   * sent, not null.
   */
  public record KeyGroup(List<String> keys, boolean exactlyOne) {
    /** The annotation, as a person wrote it. */
    public String annotation() {
      return exactlyOne ? "@RequireOneOf" : "@RequireAnyOf";
    }
  }
}
