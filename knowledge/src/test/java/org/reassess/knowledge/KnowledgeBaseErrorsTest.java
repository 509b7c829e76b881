package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.load.KbIssue;
import org.reassess.engine.kb.load.KbLinter;
import org.reassess.engine.kb.load.KbSource;

/**
 * Breaking the shipped knowledge base in one place gives one precise problem, at the right file,
 * line and column: authors see their mistake, not a stack trace.
 */
class KnowledgeBaseErrorsTest {

  @TempDir Path kb;

  @BeforeEach
  void copyShippedKnowledgeBase() throws IOException {
    Path source = KbFiles.kbDirectory();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = kb.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private List<KbIssue> check() {
    return KbLinter.check(KbSource.directory(kb));
  }

  /**
   * Replaces the first line of {@code file} containing {@code marker}; returns its 1-based number.
   */
  private int replaceFirstLine(String file, String marker, String replacement) throws IOException {
    Path path = kb.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        lines.set(i, replacement);
        Files.write(path, lines);
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not found in " + file);
  }

  @Test
  void misspeltFeatureIsReportedAtItsLineAndColumn() throws IOException {
    int line =
        replaceFirstLine(
            "red-flags/cauda_equina_syndrome.yaml",
            "when:",
            "    when: saddleAnesthesia == true || bladderr == 'new_retention'");
    List<KbIssue> issues = check();
    assertThat(issues).hasSize(1);
    KbIssue issue = issues.get(0);
    assertThat(issue.file()).isEqualTo("red-flags/cauda_equina_syndrome.yaml");
    assertThat(issue.line()).isEqualTo(line);
    assertThat(issue.column()).isEqualTo("    when: saddleAnesthesia == true || ".length() + 1);
    assertThat(issue.message()).contains("bladderr");
  }

  @Test
  void valueAFeatureCannotTakeIsRefused() throws IOException {
    int line =
        replaceFirstLine(
            "red-flags/cauda_equina_syndrome.yaml",
            "when:",
            "    when: bladder == 'new_retnetion'");
    assertThat(check())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(line);
              assertThat(i.message()).contains("'new_retnetion' is not a value of bladder");
            });
  }

  @Test
  void nonBooleanConditionIsRefused() throws IOException {
    replaceFirstLine("red-flags/cauda_equina_syndrome.yaml", "when:", "    when: legPainNrs + 1");
    assertThat(check()).singleElement().satisfies(i -> assertThat(i.message()).isNotBlank());
  }

  @Test
  void unknownKeyIsReportedNotIgnored() throws IOException {
    Path file = kb.resolve("causes/pseudarthrosis.yaml");
    Files.writeString(file, Files.readString(file) + "priorr: 0.5\n");
    assertThat(check())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("unknown key \"priorr\""));
  }

  @Test
  void citationOfAnUnknownSourceIsRefused() throws IOException {
    replaceFirstLine("tests/mri_gadolinium.yaml", "source:", "  - source: R999");
    assertThat(check())
        .anySatisfy(i -> assertThat(i.message()).contains("unknown source \"R999\""));
  }

  @Test
  void entryWithoutFixedIdentifierAndMissingEntryAreBothReported() throws IOException {
    Files.move(
        kb.resolve("causes/myofascial_pain.yaml"), kb.resolve("causes/myofascial_pains.yaml"));
    assertThat(check())
        .extracting(KbIssue::message)
        .anySatisfy(m -> assertThat(m).contains("\"myofascial_pains\" is not a fixed identifier"))
        .anySatisfy(m -> assertThat(m).contains("missing entry for fixed identifier"));
  }

  @Test
  void brokenYamlIsReportedWithItsPosition() throws IOException {
    Path file = kb.resolve("contributors/depression.yaml");
    Files.writeString(file, "id: depression\nname: [unclosed\n");
    assertThat(check())
        .anySatisfy(
            i -> {
              assertThat(i.file()).isEqualTo("contributors/depression.yaml");
              assertThat(i.message()).startsWith("not valid YAML");
            });
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    replaceFirstLine("red-flags/cauda_equina_syndrome.yaml", "when:", "    when: nope");
    replaceFirstLine("red-flags/fracture.yaml", "when:", "    when: alsoNope");
    assertThat(check()).hasSize(2);
  }
}
