package ai.dialer.guide.database;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Pattern;
import ai.dialer.annotation.Plugin;
import ai.dialer.plugin.InvalidContextException;
import ai.dialer.plugin.JsonValue;
import ai.dialer.plugin.PluginException;
import ai.dialer.plugin.Violation;
import ai.dialer.runtime.Json;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/**
 * The guide's database pattern, made a real store: save a JSON record into a named collection, and
 * query a collection by field equality, with an order and a limit. No SQL text ever comes from the
 * caller: names are checked against a pattern and every value is a bound parameter. Records are in
 * the embedded database, durable once answered.
 */
@Plugin(
    description =
        "Saves JSON records into named collections and finds them again by field values: a small"
            + " document store.")
public final class DatabasePlugin {
  /** Field names: a letter or an underscore, then letters, digits and underscores. */
  private static final java.util.regex.Pattern FIELD =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private final RecordStore store;

  @Inject
  public DatabasePlugin(RecordStore store) {
    this.store = store;
  }

  /** The answer to save. */
  public record Saved(long id, String collection, String message) {}

  /** The answer to query. */
  public record Found(String collection, List<RecordStore.Stored> records, int count) {}

  @Action(name = "save", isDefault = true, description = "Save a record into a collection.")
  public Saved save(
      @Param(description = "The collection: lower-case letters, digits and _.", examples = "leads")
          @Pattern("^[a-z][a-z0-9_]{0,63}$")
          String collection,
      @Param(description = "The record: any fields, any JSON values.")
          Map<String, JsonValue> record) {
    checkFields(record.keySet(), "/record");
    String json =
        Json.text(
            generator -> {
              generator.writeStartObject();
              for (Map.Entry<String, JsonValue> field : record.entrySet()) {
                generator.writeFieldName(field.getKey());
                generator.writeRawValue(field.getValue().json());
              }
              generator.writeEndObject();
            });
    try {
      RecordStore.Stored stored = store.save(collection, json);
      return new Saved(
          stored.id(), collection, "Record " + stored.id() + " saved in " + collection + ".");
    } catch (SQLException e) {
      throw new PluginException("The record could not be saved: the database failed.", e);
    }
  }

  @Action(name = "query", description = "Find records by field values.", readOnly = true)
  public Found query(
      @Param(description = "The collection.", examples = "leads") @Pattern("^[a-z][a-z0-9_]{0,63}$")
          String collection,
      @Param(description = "Fields and the values they must equal.", defaultValue = "{}")
          Map<String, JsonValue> where,
      @Param(
              description = "A field to order by; by default, the order they were saved in.",
              required = false)
          String orderBy,
      @Param(description = "Largest first.", defaultValue = "false") boolean descending,
      @Param(description = "At most this many records.", defaultValue = "50")
          @Minimum(1)
          @Maximum(1000)
          int limit) {
    checkFields(where.keySet(), "/where");
    if (orderBy != null) {
      checkFields(List.of(orderBy), "/order_by");
    }
    try {
      List<RecordStore.Stored> found = store.query(collection, where, orderBy, descending, limit);
      return new Found(collection, found, found.size());
    } catch (SQLException e) {
      throw new PluginException("The records could not be read: the database failed.", e);
    }
  }

  private static void checkFields(Iterable<String> names, String path) {
    List<Violation> violations = new ArrayList<>();
    for (String name : names) {
      if (!FIELD.matcher(name).matches()) {
        violations.add(
            new Violation(
                path.equals("/order_by") ? path : ai.dialer.runtime.Read.child(path, name),
                "invalid",
                "Field names are a letter or _ then letters, digits and _ (at most 64), but \""
                    + name
                    + "\" is not."));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidContextException(violations);
    }
  }
}
