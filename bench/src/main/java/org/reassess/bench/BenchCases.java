package org.reassess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The case JSON the benchmarks run on: the vignette suite's cases and the examples. */
final class BenchCases {
  private BenchCases() {}

  static List<byte[]> load() {
    Path root = repositoryRoot();
    List<byte[]> cases = new ArrayList<>();
    addVignetteCases(root.resolve("knowledge/src/test/resources/vignettes"), cases);
    addFiles(root.resolve("examples"), cases);
    if (cases.isEmpty()) {
      throw new IllegalStateException("no cases found under " + root);
    }
    return cases;
  }

  private static Path repositoryRoot() {
    String configured = System.getProperty("reassess.root");
    Path p = Path.of(configured == null ? "." : configured).toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("knowledge"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("run from the repository or set -Dreassess.root");
    }
    return p;
  }

  private static void addFiles(Path dir, List<byte[]> out) {
    for (Path file : jsonFiles(dir)) {
      try {
        out.add(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void addVignetteCases(Path dir, List<byte[]> out) {
    ObjectMapper mapper = new ObjectMapper();
    for (Path file : jsonFiles(dir)) {
      try {
        JsonNode vignette = mapper.readTree(file.toFile());
        out.add(mapper.writeValueAsBytes(vignette.get("case")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
