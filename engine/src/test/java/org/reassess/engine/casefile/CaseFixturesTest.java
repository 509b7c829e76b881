package org.reassess.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case fixture under {@code src/test/resources/cases}: each {@code valid/*.json} reads
 * and survives a write–read round trip; each {@code invalid/**}{@code /NAME.json} yields exactly
 * the issue lines of {@code NAME.expected} ({@code POINTER: message}, in the reader's order).
 *
 * <p>{@code UPDATE_GOLDEN=1} rewrites the {@code .expected} files from the reader's output instead
 * of comparing; review the diff before committing it.
 */
class CaseFixturesTest {

  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final boolean UPDATE_GOLDEN = "1".equals(System.getenv("UPDATE_GOLDEN"));

  private final CaseReader reader = CaseReader.strict();

  static Stream<Path> validFixtures() throws IOException {
    return jsonFiles(CASES.resolve("valid"));
  }

  static Stream<Path> invalidFixtures() throws IOException {
    return jsonFiles(CASES.resolve("invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void validFixture_readsAndRoundTrips(Path fixture) throws Exception {
    byte[] json = Files.readAllBytes(fixture);

    assertThat(reader.validate(json)).isEmpty();
    CaseDocument read = reader.read(json);
    CaseDocument again = reader.read(CaseWriter.toJson(read).getBytes(StandardCharsets.UTF_8));

    assertThat(again).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixture_reportsExactlyTheExpectedIssues(Path fixture) throws IOException {
    byte[] json = Files.readAllBytes(fixture);
    Path expectedFile = Path.of(fixture.toString().replaceAll("\\.json$", ".expected"));

    List<String> actual = lines(reader.validate(json));
    if (UPDATE_GOLDEN) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }

    assertThat(actual)
        .as("issues of %s", fixture)
        .isNotEmpty()
        .containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOfSatisfying(
            CaseValidationException.class, e -> assertThat(lines(e.issues())).isEqualTo(actual));
  }

  private static List<String> lines(List<ValidationIssue> issues) {
    return issues.stream().map(i -> i.pointer() + ": " + i.message()).toList();
  }

  private static Stream<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }
}
