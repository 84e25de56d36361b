package ai.dialer.processor;

/**
 * The diagnostics of what a key admits: its constraints, default, examples, enum wire values and
 * key groups. Worded as {@link Messages} words its own.
 */
public final class ConstraintMessages {
  private ConstraintMessages() {}

  public static String constraintNotApplicable(String annotation, String name, String type) {
    return Messages.tagged(
        "ConstraintNotApplicable",
        "@"
            + annotation
            + " does not apply to values of type \""
            + type
            + "\", but \""
            + name
            + "\" has it. Remove it, or change the parameter's type.");
  }

  public static String contradictoryConstraints(String name, String problem) {
    return contradictoryConstraints(name, problem, "Fix the bounds");
  }

  public static String contradictoryConstraints(String name, String problem, String fix) {
    return Messages.tagged(
        "ContradictoryConstraints",
        "A parameter's constraints must allow some value, but those of \""
            + name
            + "\" "
            + problem
            + ". "
            + fix
            + ".");
  }

  public static String invalidPattern(String name, String error) {
    return Messages.tagged(
        "InvalidPattern",
        "@Pattern must be an ECMA-262 regular expression (JSON Schema's, published as written)"
            + " that the generated validator reads the same way, but the one of \""
            + name
            + "\" is not: "
            + error
            + ". Fix the expression.");
  }

  public static String unknownFormat(String name, String format) {
    return Messages.tagged(
        "UnknownFormat",
        "@Format names one of email, uri, date, time or date-time, but \""
            + name
            + "\" says \""
            + format
            + "\". Use one of those names.");
  }

  public static String badAllowedValues(String name, String problem) {
    return Messages.tagged(
        "BadAllowedValues",
        "@AllowedValues lists at least one value and none twice, but the list of \""
            + name
            + "\" "
            + problem
            + ". Fix the list.");
  }

  public static String badExample(
      String name, String example, int index, int count, String problem) {
    return Messages.tagged(
        "BadExample",
        "Examples must be valid values of their parameter, but "
            + (count == 1 ? "the example " : "example " + (index + 1) + " of " + count + ", ")
            + "\""
            + example
            + "\", of \""
            + name
            + "\" "
            + problem
            + ". Fix or remove the example.");
  }

  public static String badWireValue(String enumName, String problem) {
    return Messages.tagged(
        "BadWireValue",
        "@WireValue values are non-empty and unique in their enum, but in \""
            + enumName
            + "\" "
            + problem
            + ". Choose distinct values.");
  }

  public static String badDefault(String name, String value, String problem) {
    return Messages.tagged(
        "BadDefault",
        "A default must be a valid value of its parameter's type, but the default \""
            + value
            + "\" of \""
            + name
            + "\" "
            + problem
            + ". Fix the defaultValue.");
  }

  public static String requiredWithDefault(String name) {
    return Messages.tagged(
        "RequiredWithDefault",
        "A parameter with a default is optional, but \""
            + name
            + "\" says required = true. Remove required = true or the default.");
  }

  public static String optionalPrimitive(String name, String type) {
    return Messages.tagged(
        "OptionalPrimitive",
        "An optional parameter without a default is null when absent, but \""
            + name
            + "\" has the primitive type \""
            + type
            + "\". Give it a defaultValue or use the boxed type.");
  }

  private static String quoted(java.util.List<String> keys) {
    return keys.isEmpty() ? "none" : "\"" + String.join("\", \"", keys) + "\"";
  }

  public static String keyGroupUnknownKey(
      String annotation, String method, String key, java.util.List<String> keys) {
    return Messages.tagged(
        "BadKeyGroup",
        annotation
            + " names keys of the action's parameters, but \""
            + method
            + "\" has no parameter with key \""
            + key
            + "\"; its keys are "
            + quoted(keys)
            + ". Use the wire name (@Param(name = …)), not the Java name.");
  }

  public static String keyGroupDuplicate(String annotation, String method, String key) {
    return Messages.tagged(
        "BadKeyGroup",
        annotation + " on \"" + method + "\" names \"" + key + "\" twice. Name each key once.");
  }

  public static String keyGroupAlwaysGiven(
      String annotation, String method, String key, String defaultJson) {
    return Messages.tagged(
        "BadKeyGroup",
        annotation
            + " groups keys a caller may leave out, but \""
            + key
            + "\" of \""
            + method
            + "\" "
            + (defaultJson == null ? "is required" : "has the default " + defaultJson)
            + ", so it is always given and the rule always holds. Declare it @Param(required ="
            + " false) without a default.");
  }

  public static String keyGroupTooSmall(
      String annotation, String method, java.util.List<String> keys) {
    return Messages.tagged(
        "BadKeyGroup",
        annotation
            + " needs two keys or more, but on \""
            + method
            + "\" it names "
            + quoted(keys)
            + ". For one key that must be sent, make the parameter required.");
  }

  public static String endlessRecord(String path, String cycle) {
    return Messages.tagged(
        "EndlessRecord",
        "A record may not require a value of its own type, for no finite JSON document would"
            + " fit, but \""
            + path
            + "\" does: "
            + cycle
            + ". Make one of those components optional (Optional<…> or @Param(required ="
            + " false)), or a List.");
  }
}
