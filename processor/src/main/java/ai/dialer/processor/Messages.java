package ai.dialer.processor;

/**
 * Every diagnostic the processor reports, worded rule, then fact, then fix, each with a stable tag
 * that tests and docs/processor-diagnostics.md refer to.
 */
public final class Messages {
  private Messages() {}

  static String tagged(String tag, String text) {
    return "[Plugin/" + tag + "] " + text;
  }

  public static String notAClass(String kind, String name) {
    return tagged(
        "NotAClass",
        "@Plugin applies to classes only, but \""
            + name
            + "\" is "
            + kind
            + ". Put @Plugin on a public final class whose methods are annotated @Action.");
  }

  public static String notPublic(String name) {
    return tagged(
        "NotPublic",
        "@Plugin classes must be public so that generated code can call them, but \""
            + name
            + "\" is not. Make the class (and every class it is nested in) public.");
  }

  public static String isAbstract(String name) {
    return tagged(
        "Abstract",
        "@Plugin classes must be concrete so that Dagger can construct them, but \""
            + name
            + "\" is abstract. Remove \"abstract\" or put @Plugin on a concrete subclass.");
  }

  public static String innerClass(String name) {
    return tagged(
        "InnerClass",
        "@Plugin classes cannot be inner classes, but \""
            + name
            + "\" is nested without \"static\". Did you mean to make the class static?");
  }

  public static String generic(String name) {
    return tagged(
        "GenericClass",
        "@Plugin classes cannot have type parameters, but \""
            + name
            + "\" has. Remove the type parameters, or put @Plugin on a subclass that fixes them.");
  }

  public static String notConstructible(String name) {
    return tagged(
        "NotConstructible",
        "Dagger constructs every plugin, but \""
            + name
            + "\" has neither an @Inject constructor nor a public constructor without arguments."
            + " Annotate the constructor that takes the plugin's services with @Inject.");
  }

  public static String privateInjectConstructor(String name) {
    return tagged(
        "PrivateConstructor",
        "An @Inject constructor must not be private, but the one of \""
            + name
            + "\" is. Make it public.");
  }

  public static String noAction(String name) {
    return tagged(
        "NoAction",
        "A plugin needs at least one method annotated @Action, but \""
            + name
            + "\" has none. Annotate the public method that does the plugin's work with @Action.");
  }

  public static String actionOutsidePlugin(String annotation, String className) {
    return tagged(
        "NotInPlugin",
        "@"
            + annotation
            + " only has an effect inside a @Plugin class, but \""
            + className
            + "\" is not annotated @Plugin. Add @Plugin to the class or remove @"
            + annotation
            + ".");
  }

  public static String ignoredAnnotation(String annotations, String where, String why, String fix) {
    return tagged(
        "IgnoredAnnotation",
        annotations + " " + where + " has no effect: " + why + ". " + fix + ".");
  }

  public static String toolName(String name) {
    return tagged(
        "ToolName",
        "Every model provider names a tool with 1 to 64 of [a-zA-Z0-9_-], but this action's tool"
            + " would be named \""
            + name
            + "\" (the plugin's name, then _ and the action's). Shorten the plugin's or the"
            + " action's name.");
  }

  public static String toolFormat(String provider, String tool, String problem) {
    return tagged(
        "ToolFormat",
        provider + " cannot take tool \"" + tool + "\" exactly as declared: " + problem + ".");
  }

  public static String resultConstraint(String component, String plugin) {
    return tagged(
        "ResultConstraint",
        "Constraints are checked on what a plugin receives, not on what it returns, but \""
            + component
            + "\" has constraints and plugin \""
            + plugin
            + "\" only returns its record. Remove them, or check the value in code.");
  }

  public static String actionNotPublic(String method) {
    return tagged(
        "ActionNotPublic",
        "@Action methods must be public, but \"" + method + "\" is not. Make it public.");
  }

  public static String actionStatic(String method) {
    return tagged(
        "ActionStatic",
        "@Action methods are called on the plugin instance, but \""
            + method
            + "\" is static. Remove \"static\".");
  }

  public static String actionAbstract(String method) {
    return tagged(
        "ActionAbstract",
        "@Action methods must have a body, but \"" + method + "\" is abstract. Implement it.");
  }

  public static String actionGeneric(String method) {
    return tagged(
        "ActionGeneric",
        "@Action methods cannot have type parameters, but \""
            + method
            + "\" has. Use concrete types.");
  }

  public static String checkedException(String method, String exception) {
    return tagged(
        "CheckedException",
        "@Action methods may only throw the checked exception PluginException, but \""
            + method
            + "\" throws \""
            + exception
            + "\". Catch it and throw a PluginException that says what failed.");
  }

  public static String actionNameMissing(String method) {
    return tagged(
        "ActionNameMissing",
        "Every action of a plugin with several actions needs a name for the context's \"action\""
            + " key, but \""
            + method
            + "\" has none. Add @Action(name = \"...\").");
  }

  public static String actionNameInvalid(String method, String name) {
    return tagged(
        "ActionNameInvalid",
        "Action names are 1 to 64 characters from [a-z0-9_], but \""
            + method
            + "\" is named \""
            + name
            + "\". Choose a name like \"add\" or \"list_all\".");
  }

  public static String duplicateAction(String name) {
    return tagged(
        "DuplicateAction",
        "Action names must be unique in a plugin, but \""
            + name
            + "\" is used more than once. Rename one of the actions.");
  }

  public static String severalDefaultActions(String plugin, String first, String second) {
    return tagged(
        "SeveralDefaultActions",
        "A plugin has at most one default action, but \""
            + plugin
            + "\" marks both "
            + first
            + " and "
            + second
            + " with isDefault = true. Keep it on one.");
  }

  public static String paramMissing(String parameter, String method) {
    return tagged(
        "ParamMissing",
        "Every parameter of an @Action method needs @Param so its key and description are"
            + " declared, but \""
            + parameter
            + "\" of \""
            + method
            + "\" has none. Add @Param(description = \"...\").");
  }

  public static String descriptionMissing(String what) {
    return tagged(
        "DescriptionMissing",
        "A description is required, because people and language models read it to use the"
            + " plugin, but the one of \""
            + what
            + "\" is blank. Write one or two sentences.");
  }

  public static String pluginNameInvalid(String name) {
    return tagged(
        "NameInvalid",
        "Plugin names are 1 to 64 characters from [A-Za-z0-9_-] and not \"invoke\", but this one"
            + " is \""
            + name
            + "\". Choose a name like \"NoteTakerPlugin\".");
  }

  public static String duplicatePluginName(String name, String other) {
    return tagged(
        "DuplicateName",
        "Plugin names must be unique in a build, but \""
            + name
            + "\" is also the name of \""
            + other
            + "\". Give one of them another name with @Plugin(name = \"...\").");
  }

  /** Two plugins of one name among the jars a server is built from. */
  public static String duplicatePluginName(
      String name, String first, String firstOrigin, String second, String secondOrigin) {
    return tagged(
        "DuplicateName",
        "Plugin names must be unique in a server, but \""
            + name
            + "\" is the name of \""
            + first
            + "\" (in "
            + firstOrigin
            + ") and of \""
            + second
            + "\" (in "
            + secondOrigin
            + "). Rename one with @Plugin(name = \"...\"), or leave one of the jars out of the"
            + " server's dependencies.");
  }

  /**
   * Two plugins whose actions would share a tool name ({@code notes} with an action {@code search},
   * and a plugin {@code notes_search}); {@code first} and {@code second} say which plugin and
   * where.
   */
  public static String duplicateToolName(String tool, String first, String second, String where) {
    return tagged(
        "DuplicateToolName",
        "Tool names must be unique in "
            + where
            + ", but \""
            + tool
            + "\" is a tool of plugin "
            + first
            + " and of plugin "
            + second
            + ": MCP and the model providers would see one tool. Rename one plugin with"
            + " @Plugin(name = \"...\") or the action with @Action(name = \"...\").");
  }

  public static String wireNameInvalid(String name) {
    return tagged(
        "KeyInvalid",
        "Keys are 1 to 64 characters from [A-Za-z0-9_] starting with a letter, but this one is \""
            + name
            + "\". Choose a key like \"user_id\".");
  }

  public static String duplicateKey(String name, String where, String first, String second) {
    return tagged(
        "DuplicateKey",
        "Keys must be unique in "
            + where
            + ", but \""
            + name
            + "\" is the key of both \""
            + first
            + "\" and \""
            + second
            + "\". Rename one with @Param(name = \"...\").");
  }

  public static String actionKeyReserved(String method) {
    return tagged(
        "ActionKeyReserved",
        "In a plugin with several actions the key \"action\" chooses the action, but \""
            + method
            + "\" declares a parameter with that key. Rename the parameter.");
  }

  public static String unsupportedType(String path, String type, String why) {
    return tagged(
        "UnsupportedType",
        "Parameter and result types must be JSON values the generated code can read and write,"
            + " but \""
            + path
            + "\" has type \""
            + type
            + "\", "
            + why
            + ". Use String, boolean, int, long, double (or their boxes), BigDecimal, LocalDate,"
            + " LocalTime, OffsetDateTime, Instant, an enum, a record, List, Set, Map<String, …>"
            + " or Optional.");
  }

  public static String internalError(String trace) {
    return tagged(
        "InternalError",
        "The plugin processor failed unexpectedly; this is a bug in the processor, not in your"
            + " code. Please report it with this trace:\n"
            + trace);
  }

  public static String looksLikePlugin(String name) {
    return tagged(
        "LooksLikePlugin",
        "Plugins are registered through @Plugin, but \""
            + name
            + "\" implements PluginInvoker by hand without it, so no registry will list it."
            + " Annotate the class that does the work with @Plugin and let the processor write"
            + " the invoker.");
  }

  public static String longDescription(String what, int length, int limit) {
    return tagged(
        "LongDescription",
        "Descriptions are read by language models on every call, but the one of \""
            + what
            + "\" has "
            + length
            + " characters (more than "
            + limit
            + "). Shorten it; put the details in documentation.");
  }

  public static String badPolicy(
      String name, String member, long value, long min, long max, String unit) {
    String range =
        max == Long.MAX_VALUE || max == Integer.MAX_VALUE
            ? "at least " + min
            : "from " + min + " to " + max;
    return tagged(
        "BadPolicy",
        "A plugin's @Policy("
            + member
            + ") is "
            + range
            + " "
            + unit
            + ", but the one of \""
            + name
            + "\" is "
            + value
            + ". Fix the value.");
  }

  public static String notIdempotent(String name, String what) {
    return tagged(
        "NotIdempotent",
        "Retries and a result cache run a call again or skip it, which is only safe for a plugin"
            + " declared idempotent, but \""
            + name
            + "\" asks for "
            + what
            + " without @Policy(idempotent = true). Declare it idempotent if calling it twice with"
            + " the same parameters does no more than once, or remove "
            + what
            + ".");
  }
}
