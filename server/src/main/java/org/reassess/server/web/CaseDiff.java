package org.reassess.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed in the case between two revisions, as JSON pointers with their old and new values
 * ("/symptoms/legPainNrs: 7 → 3"): the inputs behind a changed assessment. Arrays are compared
 * element by element. Pure.
 */
public final class CaseDiff {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ABSENT = "not known";

  private CaseDiff() {}

  /** The changed values, in pointer order; {@code assessmentDate} is left out (it always moves). */
  public static List<String> between(String beforeJson, String afterJson) {
    Map<String, String> before = new TreeMap<>();
    Map<String, String> after = new TreeMap<>();
    try {
      flatten("", JSON.readTree(beforeJson), before);
      flatten("", JSON.readTree(afterJson), after);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("a stored revision is always valid JSON", e);
    }
    TreeMap<String, String> keys = new TreeMap<>(before);
    keys.putAll(after);
    List<String> changes = new ArrayList<>();
    for (String pointer : keys.keySet()) {
      if (pointer.equals("/assessmentDate")) {
        continue;
      }
      String was = before.getOrDefault(pointer, ABSENT);
      String now = after.getOrDefault(pointer, ABSENT);
      if (!was.equals(now)) {
        changes.add(pointer + ": " + was + " → " + now);
      }
    }
    return changes;
  }

  private static void flatten(String pointer, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(
            pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), out);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.put(pointer, "none");
      }
      for (int i = 0; i < node.size(); i++) {
        flatten(pointer + "/" + i, node.get(i), out);
      }
    } else {
      out.put(pointer, node.isTextual() ? node.asText() : node.toString());
    }
  }
}
