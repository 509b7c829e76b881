package org.reassess.engine.casefile.properties;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds and edits values in a Jackson tree by JSON pointer, for corrupting valid cases. */
final class JsonTreeEdits {

  private JsonTreeEdits() {}

  /** The pointer of every value below the root, in document order. */
  static List<JsonPointer> values(JsonNode root) {
    List<JsonPointer> pointers = new ArrayList<>();
    collect(root, JsonPointer.empty(), pointers);
    return pointers;
  }

  /** The pointer of every object, the root included, in document order. */
  static List<JsonPointer> objects(JsonNode root) {
    List<JsonPointer> objects = new ArrayList<>();
    objects.add(JsonPointer.empty());
    for (JsonPointer pointer : values(root)) {
      if (root.at(pointer).isObject()) {
        objects.add(pointer);
      }
    }
    return objects;
  }

  /** The pointer of every member of an object (not array elements), in document order. */
  static List<JsonPointer> members(JsonNode root) {
    return values(root).stream().filter(p -> root.at(p.head()).isObject()).toList();
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonPointer child = at.appendProperty(field.getKey());
        into.add(child);
        collect(field.getValue(), child, into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonPointer child = at.appendIndex(i);
        into.add(child);
        collect(node.get(i), child, into);
      }
    }
  }

  /** Replaces the value at {@code pointer} (not the root) in place. */
  static void replace(JsonNode root, JsonPointer pointer, JsonNode value) {
    JsonNode parent = root.at(pointer.head());
    if (parent instanceof ObjectNode object) {
      object.set(pointer.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), value);
    }
  }

  /** Removes the value at {@code pointer} (not the root) in place. */
  static void remove(JsonNode root, JsonPointer pointer) {
    JsonNode parent = root.at(pointer.head());
    if (parent instanceof ObjectNode object) {
      object.remove(pointer.last().getMatchingProperty());
    } else {
      ((ArrayNode) parent).remove(pointer.last().getMatchingIndex());
    }
  }

  /** Whether {@code pointer} is inside the free {@code extensions} object. */
  static boolean inExtensions(JsonPointer pointer) {
    return pointer.toString().startsWith("/extensions/");
  }
}
