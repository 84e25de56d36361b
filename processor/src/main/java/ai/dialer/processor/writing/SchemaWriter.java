package ai.dialer.processor.writing;

import ai.dialer.processor.model.ActionModel;
import ai.dialer.processor.model.FieldModel;
import ai.dialer.processor.model.PluginModel;
import ai.dialer.processor.model.ValueType;
import ai.dialer.processor.model.ValueType.EnumType;
import ai.dialer.processor.model.ValueType.ListType;
import ai.dialer.processor.model.ValueType.MapType;
import ai.dialer.processor.model.ValueType.OptionalType;
import ai.dialer.processor.model.ValueType.RecordType;
import ai.dialer.processor.model.ValueType.Scalar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a plugin's context as a JSON Schema (2020-12) document at compile time. Records become
 * {@code $defs}, so a record that contains itself stays finite; a plugin with several actions is a
 * {@code oneOf} keyed by the {@code action} constant.
 */
public final class SchemaWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode defs = JSON.createObjectNode();

  private SchemaWriter() {}

  public static String write(PluginModel plugin) {
    SchemaWriter writer = new SchemaWriter();
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", plugin.name());
    schema.put("description", plugin.description());
    if (plugin.hasActions()) {
      ArrayNode oneOf = schema.putArray("oneOf");
      for (ActionModel action : plugin.actions()) {
        ObjectNode branch = writer.object(action.parameters());
        if (!action.description().isEmpty()) {
          branch.put("description", action.description());
        }
        ObjectNode actionKey = JSON.createObjectNode().put("const", action.name());
        ((ObjectNode) branch.get("properties")).set("action", actionKey);
        if (!action.isDefault()) {
          ((ArrayNode) branch.withArray("required")).insert(0, "action");
        }
        oneOf.add(branch);
      }
    } else {
      schema.setAll(writer.object(plugin.actions().get(0).parameters()));
    }
    if (!writer.defs.isEmpty()) {
      schema.set("$defs", writer.defs);
    }
    try {
      return JSON.writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode object(Iterable<FieldModel> fields) {
    ObjectNode object = JSON.createObjectNode();
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    for (FieldModel field : fields) {
      ObjectNode property = schema(field.type());
      if (!field.description().isEmpty()) {
        property.put("description", field.description());
      }
      if (field.defaultJson() != null) {
        property.set("default", parse(field.defaultJson()));
      }
      if (field.required()) {
        required.add(field.wireName());
        properties.set(field.wireName(), property);
      } else {
        properties.set(field.wireName(), orNull(property));
      }
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    return object;
  }

  /** An optional key may be null, which means the same as absent. */
  private static ObjectNode orNull(ObjectNode property) {
    JsonNode type = property.get("type");
    if (type != null && type.isTextual()) {
      property.putArray("type").add(type.textValue()).add("null");
      return property;
    }
    ObjectNode either = JSON.createObjectNode();
    if (property.has("description")) {
      either.set("description", property.remove("description"));
    }
    if (property.has("default")) {
      either.set("default", property.remove("default"));
    }
    either.putArray("anyOf").add(property).add(JSON.createObjectNode().put("type", "null"));
    return either;
  }

  private ObjectNode schema(ValueType type) {
    ObjectNode schema = JSON.createObjectNode();
    if (type instanceof Scalar scalar) {
      schema.put("type", scalar.jsonType());
      switch (scalar.kind()) {
        case INT -> schema.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        case LONG -> schema.put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        default -> {}
      }
    } else if (type instanceof EnumType enumType) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      enumType.constants().forEach(values::add);
    } else if (type instanceof ListType list) {
      schema.put("type", "array");
      schema.set("items", schema(list.element()));
    } else if (type instanceof MapType map) {
      schema.put("type", "object");
      schema.set("additionalProperties", schema(map.value()));
    } else if (type instanceof OptionalType optional) {
      return schema(optional.element());
    } else if (type instanceof RecordType record) {
      String name = String.join(".", record.typeName().simpleNames());
      if (!defs.has(name)) {
        defs.putObject(name);
        defs.set(name, object(record.fields()));
      }
      schema.put("$ref", "#/$defs/" + name);
    }
    return schema;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Canonical default is not JSON: " + json, e);
    }
  }
}
