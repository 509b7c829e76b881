package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCheckCommandTest {

  /**
   * The summary of a knowledge base without problems; the counts are those of the fixed identifier
   * lists of assessment-format.md, which the knowledge base must cover exactly.
   */
  private static final String SUMMARY =
      "knowledge base reassess-kb \\d+\\.\\d+\\.\\d+ \\(sha256:[0-9a-f]{64}\\): 9 red flags, 24"
          + " causes, 10 contributors, 22 tests, 36 treatment options; no problems";

  private static final String CAUDA_EQUINA = "red-flags/cauda_equina_syndrome.yaml";

  @TempDir Path dir;

  @Test
  void builtInKnowledgeBaseHasNoProblemAndPrintsOneSummaryLine() {
    CommandRun run = CommandRun.reassess("kb", "check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).singleElement().asString().matches(SUMMARY);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void intactCopyOfTheShippedKnowledgeBaseIsTheBuiltInOne() throws IOException {
    Path kb = copyOfTheKnowledgeBase();

    CommandRun run = CommandRun.reassess("kb", "check", kb.toString());

    assertThat(run.exitCode()).isZero();
    // same content hash: the built-in knowledge base is built from exactly these files
    assertThat(run.out()).isEqualTo(CommandRun.reassess("kb", "check").out());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void brokenExpressionIsReportedAsFolderFileLineColumnAndMessage() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    int line =
        RepositoryFiles.replaceFirstLine(
            kb.resolve(CAUDA_EQUINA), "when:", "    when: bladderr == 'new_retention'");

    CommandRun run = CommandRun.reassess("kb", "check", kb.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        // column 11: where the misspelt name starts, after "    when: "
        .startsWith(kb + "/" + CAUDA_EQUINA + ":" + line + ":11: ")
        .contains("bladderr");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyProblemIsReportedOnItsOwnLineInFileOrder() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    int fractureLine =
        RepositoryFiles.replaceFirstLine(
            kb.resolve("red-flags/fracture.yaml"), "when:", "    when: nope");
    int caudaEquinaLine =
        RepositoryFiles.replaceFirstLine(kb.resolve(CAUDA_EQUINA), "when:", "    when: alsoNope");

    CommandRun run = CommandRun.reassess("kb", "check", kb.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith(kb + "/" + CAUDA_EQUINA + ":" + caudaEquinaLine),
            second ->
                assertThat(second).startsWith(kb + "/red-flags/fracture.yaml:" + fractureLine));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ruleThatLoadsButCannotDoItsJobIsAProblemToo() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    Path csfLeak = kb.resolve("red-flags/csf_leak.yaml");
    // every trigger unverified: the file still loads, but the linter refuses the red flag
    Files.writeString(
        csfLeak,
        Files.readString(csfLeak).replaceAll("(?m)^    evidence: \\w+$", "    evidence: nv"));

    CommandRun run = CommandRun.reassess("kb", "check", kb.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith(kb + "/red-flags/csf_leak.yaml:")
        .contains("red flag csf_leak rests on NV triggers only");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void folderWithoutKbYamlIsRefusedWithAClearMessage() throws IOException {
    Files.writeString(dir.resolve("notes.yaml"), "id: nothing\n");

    CommandRun run = CommandRun.reassess("kb", "check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir + ": not a knowledge-base folder (no kb.yaml)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFolderIsRefusedWithTheSameMessage() {
    String missing = dir.resolve("no-such-kb").toString();

    CommandRun run = CommandRun.reassess("kb", "check", missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(missing + ": not a knowledge-base folder (no kb.yaml)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoFoldersAreAUsageError() throws IOException {
    String kb = copyOfTheKnowledgeBase().toString();

    CommandRun run = CommandRun.reassess("kb", "check", kb, kb);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unmatched argument")
        .endsWith(String.format("Try 'reassess kb check --help' for more information.%n"));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void kbWithoutCommandIsAUsageError() {
    CommandRun run = CommandRun.reassess("kb");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Missing required subcommand", "Try 'reassess kb --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpDescribesTheProblemFormat() {
    CommandRun run = CommandRun.reassess("kb", "check", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: reassess kb check [-hV] [DIR]")
        .contains("FILE:LINE:COL: message");
    assertThat(run.err()).isEmpty();
  }

  private Path copyOfTheKnowledgeBase() throws IOException {
    Path kb = dir.resolve("kb");
    RepositoryFiles.copyKnowledgeBase(kb);
    return kb;
  }
}
