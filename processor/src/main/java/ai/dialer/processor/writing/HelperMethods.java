package ai.dialer.processor.writing;

import ai.dialer.processor.model.ValueType;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The helper methods of one generated class, one per kind and type: each named once (the kind,
 * then the type, as {@code decodeListOfString}) and written the first time it is asked for. The
 * name is taken before the method is written, so that the helper of a record that contains
 * itself calls itself.
 */
final class HelperMethods {
  private final TypeSpec.Builder generated;
  private final UnaryOperator<String> reserve;
  private final Map<String, String> names = new HashMap<>();

  /**
   * @param reserve makes a name unique among the generated class's members
   */
  HelperMethods(TypeSpec.Builder generated, UnaryOperator<String> reserve) {
    this.generated = generated;
    this.reserve = reserve;
  }

  /** The name of the {@code kind} helper of {@code type}, written by {@code write} the first time. */
  String name(String kind, ValueType type, Function<String, MethodSpec> write) {
    String key = kind + " " + type.key();
    String existing = names.get(key);
    if (existing != null) {
      return existing;
    }
    String name = reserve.apply(kind + DecoderWriter.describe(type));
    names.put(key, name);
    generated.addMethod(write.apply(name));
    return name;
  }
}
