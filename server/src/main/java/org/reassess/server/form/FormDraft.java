package org.reassess.server.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A half-filled form, saved as it stands: the form values themselves, valid or not, so that
 * restoring it shows exactly what was typed (text in a number field included). Stored as a JSON
 * object of name → list of values; names starting with {@code _} (CSRF token, buttons) are not form
 * data and are left out.
 *
 * @param values field name → values, sorted by name
 */
public record FormDraft(Map<String, List<String>> values) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public FormDraft {
    TreeMap<String, List<String>> kept = new TreeMap<>();
    values.forEach(
        (name, vs) -> {
          if (!name.startsWith("_")) {
            kept.put(name, List.copyOf(vs));
          }
        });
    values = java.util.Collections.unmodifiableMap(kept);
  }

  /** The draft as JSON text: {@code {"patient.age": ["4o"], ...}}. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    values.forEach(
        (name, vs) -> {
          ArrayNode array = root.putArray(name);
          vs.forEach(array::add);
        });
    return root.toString();
  }

  /**
   * The draft saved as {@link #toJson}.
   *
   * @throws IllegalArgumentException when the text is not a saved draft
   */
  public static FormDraft fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a saved form draft", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a saved form draft");
    }
    TreeMap<String, List<String>> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!e.getValue().isArray()) {
        throw new IllegalArgumentException("not a saved form draft");
      }
      List<String> vs = new ArrayList<>();
      e.getValue().forEach(v -> vs.add(v.asText()));
      values.put(e.getKey(), vs);
    }
    return new FormDraft(values);
  }
}
