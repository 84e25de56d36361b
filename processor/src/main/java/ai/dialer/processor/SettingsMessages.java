package ai.dialer.processor;

/**
 * The diagnostics of {@code @Settings} records and {@code @PluginModule}s. Worded as {@link
 * Messages} words its own.
 */
public final class SettingsMessages {
  private SettingsMessages() {}

  public static String settingsNotRecord(String name) {
    return Messages.tagged(
        "SettingsNotRecord",
        "@Settings applies to records, whose components are the settings, but \""
            + name
            + "\" is not a record. Declare it as a public record.");
  }

  public static String settingsPrefixInvalid(String name, String prefix) {
    return Messages.tagged(
        "SettingsPrefixInvalid",
        "A settings prefix is empty or upper-case letters, digits and underscores, starting with a"
            + " letter, but the one of \""
            + name
            + "\" is \""
            + prefix
            + "\". Write it as the variables start, without the last underscore, such as"
            + " \"WEATHER_PLUGIN\".");
  }

  public static String settingMissing(String component) {
    return Messages.tagged(
        "SettingMissing",
        "Every component of a @Settings record is a variable and needs @Setting with its"
            + " description, but \""
            + component
            + "\" has none. Add @Setting(description = \"...\").");
  }

  public static String settingNameInvalid(String variable) {
    return Messages.tagged(
        "SettingNameInvalid",
        "A setting's variable is 1 to 128 upper-case letters, digits and underscores, starting"
            + " with a letter, but this one is \""
            + variable
            + "\". Choose a name like \"FORECAST_URL\".");
  }

  public static String settingType(String variable, String type) {
    return Messages.tagged(
        "SettingType",
        "A setting is a String, Secret, boolean, int, long, double, URI, Path, Duration, an enum,"
            + " or an Optional of one, but \""
            + variable
            + "\" has type \""
            + type
            + "\". Use one of those and convert it where the plugin uses it.");
  }

  public static String settingBadDefault(String variable, String problem) {
    return Messages.tagged(
        "SettingBadDefault",
        "A setting's default must be a valid value of its type, but the default of \""
            + variable
            + "\" "
            + problem
            + ". Fix the defaultValue.");
  }

  public static String duplicateSetting(String variable, String first, String second) {
    return Messages.tagged(
        "DuplicateSetting",
        "A variable is one setting, but \""
            + variable
            + "\" is declared by \""
            + first
            + "\" and by \""
            + second
            + "\". Rename one with @Setting(name = \"...\"), or share one settings record.");
  }

  public static String pluginModuleNotModule(String name) {
    return Messages.tagged(
        "PluginModuleNotModule",
        "@PluginModule installs a Dagger module in every server built with this jar, but \""
            + name
            + "\" is not annotated @dagger.Module, or is not public. Make it a public @Module.");
  }
}
