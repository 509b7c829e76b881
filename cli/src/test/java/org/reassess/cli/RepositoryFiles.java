package org.reassess.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files of the repository the tests run in (the example cases, the knowledge base as authors edit
 * it), and broken copies of the knowledge base.
 */
final class RepositoryFiles {
  private RepositoryFiles() {}

  /**
   * The repository root: the nearest folder, walking up from the working directory, that holds
   * {@code examples/} and the knowledge-base sources (Maven runs the tests from {@code cli/}, an
   * IDE may run them from the root).
   */
  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))
          && Files.isRegularFile(p.resolve(KNOWLEDGE_BASE).resolve("kb.yaml"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no repository root (examples/ and " + KNOWLEDGE_BASE + ") above the working directory");
  }

  private static final String KNOWLEDGE_BASE = "knowledge/src/main/resources/kb";

  /** The example case files, sorted by name. */
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(root().resolve("examples"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Copies the shipped knowledge base (the source of the built-in one) into {@code target}. */
  static void copyKnowledgeBase(Path target) throws IOException {
    Path source = root().resolve(KNOWLEDGE_BASE);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  /**
   * Replaces the first line of {@code file} that contains {@code marker}.
   *
   * @return the replaced line's 1-based number
   */
  static int replaceFirstLine(Path file, String marker, String replacement) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        lines.set(i, replacement);
        Files.write(file, lines);
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not found in " + file);
  }
}
