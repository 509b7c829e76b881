package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.kb.KbFixture.CITED;
import static org.reassess.engine.kb.KbFixture.contributor;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.KbFixture;

/**
 * Mistakes inside expressions and YAML are refused at load time, each reported once at the file,
 * line and column where it was written. One knowledge base carries every mistake, one per file,
 * which also shows that every problem is reported at once.
 */
class LoadErrorsTest {

  @TempDir static Path dir;
  private static List<KbIssue> issues;

  @BeforeAll
  static void loadKnowledgeBaseWithMistakes() {
    KbFixture fixture =
        KbFixture.in(dir)
            .with(
                contributor("depression", "bladder == 'new_retnetion'"),
                contributor("anxiety", "sijBlock in ['confirmed', 'positve']"),
                contributor("catastrophizing", "'burnin' in neuropathicDescriptors"),
                contributor(
                    "fear_avoidance", "bladder == 'new_retention' && sijBlock != 'negative'"),
                contributor("high_dose_opioids", "currentOpioidMme + 1.0"),
                contributor("poor_bone_quality", "legPainNrs >= 5.0"))
            .write(
                "contributors/smoking.yaml",
                """
                id: smoking
                name: Smoking
                when: |
                    smoker &&
                      bladderr == 'new_retention'
                why: Literal block.
                evidence: convention
                %s
                """
                    .formatted(CITED))
            .write(
                "contributors/poor_social_support.yaml",
                """
                id: poor_social_support
                name: Poor social support
                when: >-
                  poorSocialSupport &&

                  lackOfEngagement && socialSupportt
                why: Folded block whose lines are joined.
                evidence: convention
                %s
                """
                    .formatted(CITED))
            .write(
                "red-flags/fracture.yaml",
                """
                id: fracture
                name: Fracture
                action: Imaging.
                evidence: verified
                %s
                triggers:
                  - id: trauma
                    when: |
                      recentTrauma &&
                      vertebralFractureOnImagingg
                    tier: urgent
                    why: A block scalar in a list item.
                    evidence: verified
                    %s
                """
                    .formatted(CITED, CITED))
            .write(
                "contributors/compensation_or_litigation.yaml",
                """
                id: compensation_or_litigation
                name: Compensation or litigation
                when: workersCompensation || litigation
                why: First reason.
                evidence: convention
                why: Second reason.
                %s
                """
                    .formatted(CITED))
            .write(
                "causes/pseudarthrosis.yaml",
                """
                id: pseudarthrosis
                name: Pseudarthrosis
                prior: {probability: 0.1, evidence: convention, %s}
                findings:
                  - {id: f, label: F, when: "fusionStatus == 'pseudarthrosis'", lrPositive: 10.0, lrPositive: 2.0, evidence: convention, %s}
                """
                    .formatted(CITED, CITED));
    try {
      fixture.load();
      throw new AssertionError("a knowledge base with mistakes must not load");
    } catch (org.reassess.engine.kb.load.KnowledgeBaseException e) {
      issues = e.issues();
    }
  }

  private static List<KbIssue> in(String file) {
    return issues.stream().filter(i -> i.file().equals(file)).toList();
  }

  @Test
  void comparingAFeatureWithAValueItCannotTakeIsRefused() {
    assertThat(in("contributors/depression.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(3);
              assertThat(i.message())
                  .startsWith("'new_retnetion' is not a value of bladder; it takes [")
                  .contains("new_retention");
            });
  }

  @Test
  void everyLiteralOfAnInListIsChecked() {
    assertThat(in("contributors/anxiety.yaml"))
        .singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("'positve' is not a value of sijBlock"));
  }

  @Test
  void literalLookedUpInAListFeatureIsChecked() {
    assertThat(in("contributors/catastrophizing.yaml"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.message())
                    .startsWith("'burnin' is not a value of neuropathicDescriptors"));
  }

  @Test
  void valuesTheFeaturesCanTakeAreAccepted() {
    assertThat(in("contributors/fear_avoidance.yaml")).isEmpty();
  }

  @Test
  void expressionThatIsNotBooleanIsRefused() {
    assertThat(in("contributors/high_dose_opioids.yaml")).hasSize(1);
  }

  @Test
  void intFeatureComparedWithADoubleIsRefused() {
    assertThat(in("contributors/poor_bone_quality.yaml")).hasSize(1);
  }

  @Test
  void errorInALiteralBlockIsReportedWhereItIsWritten() {
    // line 5 is "      bladderr == ...": the block is indented 4, the line 2 more
    assertThat(in("contributors/smoking.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(5);
              assertThat(i.column()).isEqualTo(7);
              assertThat(i.message()).contains("bladderr");
            });
  }

  @Test
  void errorInAFoldedBlockIsReportedOnTheLineItWasWrittenOnNotTheFoldedOne() {
    // folding joins the lines into one; the mistake is at line 6, after "lackOfEngagement && "
    assertThat(in("contributors/poor_social_support.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(6);
              assertThat(i.column()).isEqualTo("  lackOfEngagement && ".length() + 1);
              assertThat(i.message()).contains("socialSupportt");
            });
  }

  @Test
  void errorInABlockInsideAListItemIsReportedWhereItIsWritten() {
    assertThat(in("red-flags/fracture.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(10);
              assertThat(i.column()).isEqualTo(7);
              assertThat(i.message()).contains("vertebralFractureOnImagingg");
            });
  }

  @Test
  void duplicateKeyIsReportedAtItsSecondOccurrence() {
    assertThat(in("contributors/compensation_or_litigation.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(6);
              assertThat(i.column()).isEqualTo(1);
              assertThat(i.message()).isEqualTo("duplicate key \"why\"");
            });
  }

  @Test
  void duplicateKeyInsideAFlowMappingIsReported() {
    assertThat(in("causes/pseudarthrosis.yaml"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.line()).isEqualTo(5);
              assertThat(i.message()).isEqualTo("duplicate key \"lrPositive\"");
            });
  }

  @Test
  void problemsAreReportedInFileOrderOnlyOnce() {
    assertThat(issues).isSorted().doesNotHaveDuplicates();
    assertThat(issues)
        .extracting(KbIssue::file)
        .containsOnly(
            "causes/pseudarthrosis.yaml",
            "contributors/anxiety.yaml",
            "contributors/catastrophizing.yaml",
            "contributors/compensation_or_litigation.yaml",
            "contributors/depression.yaml",
            "contributors/high_dose_opioids.yaml",
            "contributors/poor_bone_quality.yaml",
            "contributors/poor_social_support.yaml",
            "contributors/smoking.yaml",
            "red-flags/fracture.yaml");
  }
}
