package org.reassess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seeded patients' cases: the repository's example cases ({@code examples/*.json}), each varied
 * a little by the patient's number (age, back and leg pain NRS) so that the database does not hold
 * 10,000 copies of 17 documents and the engine's answers differ in their details.
 */
final class SeedCases {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<ObjectNode> examples;

  private SeedCases(List<ObjectNode> examples) {
    this.examples = examples;
  }

  static SeedCases fromExamples(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<ObjectNode> cases =
          files.filter(f -> f.toString().endsWith(".json")).sorted().map(SeedCases::read).toList();
      if (cases.isEmpty()) {
        throw new IllegalStateException("no example cases in " + dir);
      }
      return new SeedCases(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case of patient {@code n}, revision {@code revision} (1 = first). */
  byte[] caseOf(int n, int revision) {
    ObjectNode c = examples.get(n % examples.size()).deepCopy();
    c.put("caseId", "bench-" + n + "-r" + revision);
    int variant = n / examples.size();
    if (c.path("patient") instanceof ObjectNode patient && patient.has("age")) {
      patient.put("age", clamp(patient.get("age").asInt() + variant % 11 - 5, 18, 95));
    }
    if (c.path("symptoms") instanceof ObjectNode symptoms) {
      // a later revision: the same picture, pain a little lower, as at a follow-up visit
      vary(symptoms, "backPainNrs", variant % 5 - 2 - (revision - 1));
      vary(symptoms, "legPainNrs", variant % 3 - 1 - (revision - 1));
    }
    try {
      return JSON.writeValueAsBytes(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void vary(ObjectNode node, String field, int by) {
    JsonNode v = node.get(field);
    if (v != null && v.isInt()) {
      node.put(field, clamp(v.asInt() + by, 0, 10));
    }
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }

  private static ObjectNode read(Path file) {
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
