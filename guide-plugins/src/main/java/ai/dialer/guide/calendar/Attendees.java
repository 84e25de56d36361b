package ai.dialer.guide.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** Attendees kept as a JSON array of names in one column. */
final class Attendees {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Attendees() {}

  static String toJson(List<String> attendees) {
    ArrayNode array = JSON.createArrayNode();
    attendees.forEach(array::add);
    return array.toString();
  }

  static List<String> fromJson(String json) {
    List<String> names = new ArrayList<>();
    try {
      for (JsonNode name : JSON.readTree(json)) {
        names.add(name.asText());
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored attendee list is not JSON: " + json, e);
    }
    return List.copyOf(names);
  }
}
