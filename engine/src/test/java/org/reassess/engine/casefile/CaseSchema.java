package org.reassess.engine.casefile;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published JSON Schema of {@code reassess-case/1} as the tests use it, and where the documents
 * it is checked against live. Immutable.
 */
final class CaseSchema {

  static final String RESOURCE = "reassess-case-1.schema.json";

  /**
   * Format assertion is on: in draft 2020-12 {@code "format": "date"} is only an annotation unless
   * the validator is told to assert it, and a case reader must reject {@code 2026-02-30}.
   */
  private static final Schema SCHEMA = load();

  private CaseSchema() {}

  private static Schema load() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about {@code json}; empty when the document is valid. */
  static List<String> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static List<String> validate(Path file) {
    return validate(read(file));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema document itself, as text. */
  static String text() {
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The repository's {@code examples/} directory. Maven runs the tests from the module directory
   * and an IDE often from the repository root, so it is looked for in the working directory and
   * each of its parents, next to a {@code pom.xml}.
   */
  static Path examplesDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("examples");
      if (Files.isDirectory(candidate) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no examples/ directory in " + Path.of("").toAbsolutePath() + " or its parents");
  }

  /** The example cases, {@code examples/*.json}, sorted by name. */
  static List<Path> examples() {
    return jsonFilesIn(examplesDirectory());
  }

  /** The JSON files of a test-resource directory such as {@code cases/valid}, sorted by name. */
  static List<Path> testResources(String directory) {
    URL url = CaseSchema.class.getResource("/" + directory);
    if (url == null) {
      throw new IllegalStateException(directory + " is not on the test classpath");
    }
    try {
      return jsonFilesIn(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> jsonFilesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
