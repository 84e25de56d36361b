package ai.dialer.processor.writing;

import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.Scalar;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * One class being generated: its builder, the names of its members, its constants and its helper
 * methods (one per kind and type, as {@code readListOfString}, written the first time it is asked
 * for and named before it is written, so that the helper of a record that contains itself calls
 * itself).
 */
public final class GeneratedClass {
  private final TypeSpec.Builder type;
  private final NameAllocator members = new NameAllocator();
  private final Map<String, String> helpers = new HashMap<>();

  public GeneratedClass(TypeSpec.Builder type) {
    this.type = type;
  }

  public TypeSpec.Builder type() {
    return type;
  }

  /** Reserves a member name, made unique among the class's members. */
  public String reserve(String name) {
    return members.newName(name);
  }

  /** Declares a {@code private static final} constant named from {@code name}; its name. */
  public String constant(String name, TypeName constantType, CodeBlock initializer) {
    String declared = members.newName(name);
    type.addField(
        FieldSpec.builder(constantType, declared, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(initializer)
            .build());
    return declared;
  }

  /** The name of the {@code kind} helper of {@code valueType}, written by {@code write} once. */
  public String helper(String kind, ValueType valueType, Function<String, MethodSpec> write) {
    String key = kind + " " + valueType.key();
    String existing = helpers.get(key);
    if (existing != null) {
      return existing;
    }
    String name = members.newName(kind + describe(valueType));
    helpers.put(key, name);
    type.addMethod(write.apply(name));
    return name;
  }

  /** A readable fragment of a helper's name: {@code ListOfString}, {@code MapOfNote}. */
  static String describe(ValueType valueType) {
    if (valueType instanceof Scalar scalar) {
      return pascalCase(scalar.kind().name().toLowerCase(Locale.ROOT));
    }
    if (valueType instanceof ListType list) {
      return (list.isSet() ? "SetOf" : "ListOf") + describe(list.element());
    }
    if (valueType instanceof MapType map) {
      return "MapOf" + describe(map.value());
    }
    if (valueType instanceof OptionalType optional) {
      return "OptionalOf" + describe(optional.element());
    }
    return ((ClassName) valueType.typeName()).simpleName();
  }

  /** {@code list_all} to {@code ListAll}. */
  public static String pascalCase(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = true;
    for (char c : snake.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code user_id} to {@code USER_ID}, {@code TimeZone} to {@code TIME_ZONE}: constant names. */
  public static String constantCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(c == '-' ? '_' : Character.toUpperCase(c));
    }
    return out.toString();
  }
}
