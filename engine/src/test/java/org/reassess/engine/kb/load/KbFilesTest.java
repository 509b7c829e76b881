package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.KbFixture;

/**
 * Problems with whole files (missing, empty, not YAML, a required section absent, an entry that is
 * no fixed id) are reported as {@code FILE:LINE:COL: message}, never as an exception from inside
 * the loader. kb.yaml is needed to read anything else, so each kb.yaml problem gets its own
 * knowledge base; the entry problems share one.
 */
class KbFilesTest {

  @TempDir Path dir;
  @TempDir static Path sharedDir;
  private static List<String> entryProblems;

  @BeforeAll
  static void loadKnowledgeBaseWithFileProblems() {
    entryProblems =
        loadProblems(
            KbFixture.in(sharedDir)
                .write("parameters.yaml", "")
                .delete("tests/spect_ct.yaml")
                .write("causes/failed_back.yaml", "id: failed_back\n")
                .write(
                    "causes/pseudarthrosis.yaml",
                    KbFixture.cause("non_union", 0.1).inertFinding().yaml())
                .write(
                    "contributors/smoking.yaml",
                    KbFixture.contributor("smoking", "smoker").yaml().replace("R1", "R99"))
                .write(
                    "contributors/depression.yaml",
                    KbFixture.contributor("depression", "phq9 >= 10")
                        .yaml()
                        .replace(KbFixture.CITED, "")));
  }

  private static List<String> loadProblems(KbFixture fixture) {
    try {
      fixture.load();
    } catch (KnowledgeBaseException e) {
      return e.issues().stream().map(KbIssue::toString).toList();
    }
    throw new AssertionError("expected the knowledge base to be refused");
  }

  private static List<String> entryProblemsIn(String file) {
    return entryProblems.stream().filter(p -> p.startsWith(file + ":")).toList();
  }

  @Test
  void missingKbYamlIsReportedNotThrown() {
    KbFixture fixture = KbFixture.in(dir).delete("kb.yaml");
    assertThat(loadProblems(fixture)).containsExactly("kb.yaml:1:1: required file is missing");
    assertThatCode(fixture::check).doesNotThrowAnyException();
  }

  @Test
  void kbYamlWithoutVersionOrBandsReportsEachMissingKeyOnce() {
    KbFixture fixture =
        KbFixture.in(dir)
            .write(
                "kb.yaml",
                KbFixture.kbYaml(0.1, 5)
                    .replace("version: 1.2.3\n", "")
                    .replaceAll("(?s)likelihood:.*?(?=workup:)", ""));
    assertThat(loadProblems(fixture))
        .containsExactlyInAnyOrder(
            "kb.yaml:1:1: missing required key \"likelihood\"",
            "kb.yaml:1:1: missing required key \"version\"");
  }

  @Test
  void versionThatIsNotSemanticIsReportedAtTheVersion() {
    KbFixture fixture =
        KbFixture.in(dir).write("kb.yaml", KbFixture.kbYaml(0.1, 5).replace("1.2.3", "1.2"));
    assertThat(loadProblems(fixture))
        .containsExactly("kb.yaml:2:10: version must be MAJOR.MINOR.PATCH");
  }

  @Test
  void kbYamlThatIsNotYamlIsReportedAsSuchNotAsMissing() {
    KbFixture fixture = KbFixture.in(dir).write("kb.yaml", "id: [unclosed\n");
    assertThat(loadProblems(fixture))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("kb.yaml:2:1: not valid YAML"));
  }

  @Test
  void emptyFileIsReportedAsEmptyNotAsMissing() {
    assertThat(entryProblemsIn("parameters.yaml"))
        .containsExactly("parameters.yaml:1:1: empty file");
  }

  @Test
  void missingEntryOfAFixedIdIsReported() {
    assertThat(entryProblemsIn("tests/spect_ct.yaml"))
        .containsExactly(
            "tests/spect_ct.yaml:1:1: missing entry for fixed identifier \"spect_ct\"");
  }

  @Test
  void fileThatIsNoFixedIdentifierIsReported() {
    assertThat(entryProblemsIn("causes/failed_back.yaml"))
        .containsExactly(
            "causes/failed_back.yaml:1:1: \"failed_back\" is not a fixed identifier of causes");
  }

  @Test
  void idThatIsNotTheFileNameIsReportedAtTheId() {
    assertThat(entryProblemsIn("causes/pseudarthrosis.yaml"))
        .containsExactly(
            "causes/pseudarthrosis.yaml:1:5: id \"non_union\" must equal the file name"
                + " \"pseudarthrosis\"");
  }

  @Test
  void citationOfASourceNotInSourcesYamlIsRefused() {
    assertThat(entryProblemsIn("contributors/smoking.yaml"))
        .singleElement()
        .satisfies(p -> assertThat(p).endsWith("unknown source \"R99\" (not in sources.yaml)"));
  }

  @Test
  void statementWithoutCitationIsRefused() {
    assertThat(entryProblemsIn("contributors/depression.yaml"))
        .containsExactly(
            "contributors/depression.yaml:1:1: no citations: every statement needs at least one"
                + " source");
  }

  @Test
  void nothingElseIsReported() {
    assertThat(entryProblems).hasSize(6);
  }
}
