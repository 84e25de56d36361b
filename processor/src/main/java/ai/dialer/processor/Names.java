package ai.dialer.processor;

import com.palantir.javapoet.ClassName;

/**
 * The names of everything the processor refers to. Annotations and runtime types are named, never
 * loaded: the processor runs without them on its own class path.
 */
public final class Names {
  public static final String PLUGIN = "ai.dialer.annotation.Plugin";
  public static final String ACTION = "ai.dialer.annotation.Action";
  public static final String PARAM = "ai.dialer.annotation.Param";
  public static final String NO_DEFAULT = "\u0000<no default>";
  public static final String MINIMUM = "ai.dialer.annotation.Minimum";
  public static final String MAXIMUM = "ai.dialer.annotation.Maximum";
  public static final String LENGTH = "ai.dialer.annotation.Length";
  public static final String PATTERN = "ai.dialer.annotation.Pattern";
  public static final String ITEMS = "ai.dialer.annotation.Items";
  public static final String ALLOWED_VALUES = "ai.dialer.annotation.AllowedValues";
  public static final String FORMAT = "ai.dialer.annotation.Format";
  public static final String WIRE_VALUE = "ai.dialer.annotation.WireValue";
  public static final String POLICY = "ai.dialer.annotation.Policy";
  public static final String REQUIRE_ANY_OF = "ai.dialer.annotation.RequireAnyOf";
  public static final String REQUIRE_ONE_OF = "ai.dialer.annotation.RequireOneOf";
  public static final String SETTINGS = "ai.dialer.annotation.Settings";
  public static final String SETTING = "ai.dialer.annotation.Setting";
  public static final String PLUGIN_MODULE = "ai.dialer.annotation.PluginModule";
  public static final String PLUGIN_SERVER = "ai.dialer.server.PluginServer";
  public static final String DAGGER_MODULE_ANNOTATION = "dagger.Module";

  public static final String INJECT = "javax.inject.Inject";
  public static final String JAKARTA_INJECT = "jakarta.inject.Inject";

  private static final String API = "ai.dialer.plugin";
  public static final String PLUGIN_EXCEPTION = API + ".PluginException";
  public static final ClassName PLUGIN_EXCEPTION_CLASS = ClassName.get(API, "PluginException");
  public static final ClassName INVALID_CONTEXT_EXCEPTION =
      ClassName.get(API, "InvalidContextException");
  public static final ClassName STRING_FORMAT = ClassName.get(API, "StringFormat");
  public static final ClassName JSON_VALUE = ClassName.get(API, "JsonValue");
  public static final String SECRET = API + ".Secret";
  public static final ClassName SECRET_CLASS = ClassName.get(API, "Secret");

  private static final String RUNTIME = "ai.dialer.runtime";
  public static final ClassName PLUGIN_INVOKER = ClassName.get(RUNTIME, "PluginInvoker");
  public static final ClassName CALL = PLUGIN_INVOKER.nestedClass("Call");
  public static final ClassName CONTEXT_JSON = ClassName.get(RUNTIME, "ContextJson");
  public static final ClassName PLUGIN_DESCRIPTOR = ClassName.get(RUNTIME, "PluginDescriptor");
  public static final ClassName ACTION_DESCRIPTOR = ClassName.get(RUNTIME, "ActionDescriptor");
  public static final ClassName PARAMETER_SPEC = ClassName.get(RUNTIME, "ParameterSpec");
  public static final ClassName INVOCATION_POLICY = ClassName.get(RUNTIME, "InvocationPolicy");
  public static final ClassName ACTION_SELECTOR = ClassName.get(RUNTIME, "ActionSelector");
  public static final ClassName VIOLATIONS = ClassName.get(RUNTIME, "Violations");
  public static final ClassName READ = ClassName.get(RUNTIME, "Read");
  public static final ClassName CHECK = ClassName.get(RUNTIME, "Check");
  public static final ClassName ECMA_PATTERN = ClassName.get(RUNTIME, "EcmaPattern");
  public static final ClassName JSON = ClassName.get(RUNTIME, "Json");
  public static final ClassName JSON_WRITABLE = JSON.nestedClass("Writable");
  public static final ClassName JSON_WRITE = ClassName.get(RUNTIME, "JsonWrite");
  public static final ClassName PLUGIN_REGISTRY = ClassName.get(RUNTIME, "PluginRegistry");

  private static final String SETTINGS_PACKAGE = RUNTIME + ".settings";
  public static final ClassName SETTINGS_SOURCE = ClassName.get(SETTINGS_PACKAGE, "SettingsSource");
  public static final ClassName SETTINGS_READER = ClassName.get(SETTINGS_PACKAGE, "SettingsReader");
  public static final ClassName SETTING_SPEC = ClassName.get(SETTINGS_PACKAGE, "SettingSpec");

  /** Where every plugin jar keeps its records, as Hilt's aggregating packages. */
  public static final String AGGREGATION_PACKAGE = "ai.dialer.aggregated";

  private static final String AGGREGATION = RUNTIME + ".aggregation";
  public static final ClassName AGGREGATED_PLUGIN = ClassName.get(AGGREGATION, "AggregatedPlugin");
  public static final ClassName AGGREGATED_MODULE = ClassName.get(AGGREGATION, "AggregatedModule");

  private static final String SERVER = "ai.dialer.server";
  public static final ClassName SERVER_GRAPH = ClassName.get(SERVER, "ServerGraph");
  public static final ClassName SERVER_ASSEMBLY = ClassName.get(SERVER, "ServerAssembly");
  public static final ClassName SHARED_SERVICES = ClassName.get(RUNTIME, "SharedServices");
  public static final ClassName SERVER_MAIN = ClassName.get(SERVER, "ServerMain");

  public static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  public static final ClassName JSON_TOKEN =
      ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  public static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");

  public static final ClassName DAGGER_MODULE = ClassName.get("dagger", "Module");
  public static final ClassName DAGGER_BINDS = ClassName.get("dagger", "Binds");
  public static final ClassName DAGGER_PROVIDES = ClassName.get("dagger", "Provides");
  public static final ClassName DAGGER_INTO_MAP = ClassName.get("dagger.multibindings", "IntoMap");
  public static final ClassName DAGGER_STRING_KEY =
      ClassName.get("dagger.multibindings", "StringKey");
  public static final ClassName JAVAX_INJECT = ClassName.get("javax.inject", "Inject");
  public static final ClassName SINGLETON = ClassName.get("javax.inject", "Singleton");
  public static final ClassName DAGGER_COMPONENT = ClassName.get("dagger", "Component");
  public static final ClassName DAGGER_BINDS_INSTANCE = ClassName.get("dagger", "BindsInstance");

  private Names() {}

  /** {@code userId} to {@code user_id}, {@code HTMLTitle} to {@code html_title}. */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit =
            i > 0
                && (Character.isLowerCase(javaName.charAt(i - 1))
                    || Character.isDigit(javaName.charAt(i - 1)));
        boolean endsAcronym =
            i > 0
                && Character.isUpperCase(javaName.charAt(i - 1))
                && i + 1 < javaName.length()
                && Character.isLowerCase(javaName.charAt(i + 1));
        if (afterLowerOrDigit || endsAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
