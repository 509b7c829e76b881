package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reassess.engine.kb.KbFixture.cause;
import static org.reassess.engine.kb.KbFixture.contributor;
import static org.reassess.engine.kb.KbFixture.redFlag;
import static org.reassess.engine.kb.KbFixture.trigger;
import static org.reassess.engine.kb.KbFixture.unscreenedTest;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.Burden;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Tier;

/**
 * The lint rules of {@code ./reassess kb check}: entries that load but cannot do their job. One
 * knowledge base carries one defect per entry; the fixture itself lints clean ({@code
 * KbFixtureTest}), so every issue here comes from a defect written below.
 */
class KbLinterTest {

  @TempDir static Path dir;
  private static KnowledgeBase kb;
  private static List<KbIssue> issues;

  @BeforeAll
  static void lintKnowledgeBaseWithDefects() throws Exception {
    kb =
        KbFixture.in(dir)
            .with(
                // only NV triggers
                redFlag(
                    "malignancy",
                    List.of(),
                    trigger("weight_loss", "unexplainedWeightLoss", Tier.URGENT, Evidence.NV),
                    trigger("night_pain", "nightPain", Tier.SOON, Evidence.NV)),
                // one NV trigger beside a verified one is fine
                redFlag(
                    "spinal_infection",
                    List.of("post_void_residual"),
                    trigger("fever", "fever", Tier.URGENT, Evidence.NV),
                    trigger(
                        "abscess", "epiduralAbscessOnImaging", Tier.EMERGENCY, Evidence.PARTIAL)),
                // 0.01 prior, LR+ 3: at best odds 0.0101 x 3, probability 0.03
                cause("hip_pathology", 0.01)
                    .finding("hip_oa", "hipOsteoarthritisOnImaging", 3, 1)
                    .entry(),
                // nothing raises it, so it cannot reach likely either
                cause("greater_trochanteric_pain", 0.2)
                    .finding("tender", "greaterTrochanterTender", 1, 0.5)
                    .entry(),
                // reaches likely only with both findings: odds 0.25 x 4 x 1.5 = 1.5, probability
                // 0.6
                cause("myofascial_pain", 0.2)
                    .finding("trigger_points", "paraspinalTriggerPoints", 4, 1)
                    .finding("weak", "nightPain", 1.5, 1)
                    .entry(),
                contributor("smoking", "true"),
                // asked for by nothing
                unscreenedTest("spect_ct", Burden.HIGH, "false"),
                // asked for by a red flag, a finding, a contributor and a cause before acting
                unscreenedTest("post_void_residual", Burden.LOW, "false"),
                cause("discogenic_pain", 0.1)
                    .finding("hiz", "highIntensityZone", 10, 1, "mri")
                    .beforeActing("bone_density")
                    .entry(),
                unscreenedTest("mri", Burden.MODERATE, "false"),
                unscreenedTest("bone_density", Burden.LOW, "false"),
                contributor("depression", "phq9 >= 10", "psychological_assessment"),
                unscreenedTest("psychological_assessment", Burden.LOW, "false"))
            .load();
    issues = KbLinter.lint(kb);
  }

  private static List<String> messagesFor(String file) {
    return issues.stream().filter(i -> i.file().equals(file)).map(KbIssue::message).toList();
  }

  @Test
  void redFlagRestingOnNvTriggersOnlyIsReported() {
    assertThat(messagesFor("red-flags/malignancy.yaml"))
        .containsExactly(
            "red flag malignancy rests on NV triggers only; an unverified fact is never the only"
                + " basis of a red flag");
  }

  @Test
  void redFlagWithOneBetterSupportedTriggerIsAccepted() {
    assertThat(messagesFor("red-flags/spinal_infection.yaml")).isEmpty();
  }

  @Test
  void causeThatCannotReachLikelyEvenWithEveryFindingPresentIsReported() {
    assertThat(messagesFor("causes/hip_pathology.yaml"))
        .containsExactly(
            "cause hip_pathology cannot reach likely: with every finding at its strongest the"
                + " probability is 0.03, below 0.50");
  }

  @Test
  void causeNoFindingSupportsIsReported() {
    assertThat(messagesFor("causes/greater_trochanteric_pain.yaml"))
        .containsExactly(
            "cause greater_trochanteric_pain cannot reach likely: with every finding at its"
                + " strongest the probability is 0.20, below 0.50",
            "no finding supports greater_trochanteric_pain");
  }

  @Test
  void causeThatReachesLikelyOnlyWithAllItsFindingsIsAccepted() {
    assertThat(messagesFor("causes/myofascial_pain.yaml")).isEmpty();
    Cause myofascial =
        kb.causes().stream()
            .filter(c -> c.id().equals("myofascial_pain"))
            .findFirst()
            .orElseThrow();
    assertThat(KbLinter.bestPosterior(myofascial)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void contributorThatReadsNoFeatureIsReported() {
    assertThat(messagesFor("contributors/smoking.yaml"))
        .containsExactly("contributor smoking reads no feature");
  }

  @Test
  void testNothingRefersToIsReported() {
    assertThat(messagesFor("tests/spect_ct.yaml"))
        .containsExactly(
            "test spect_ct discriminates nothing: no finding, red flag or contributor refers to"
                + " it");
  }

  @Test
  void testsAskedForByARedFlagAFindingAContributorOrBeforeActingAreAccepted() {
    assertThat(messagesFor("tests/post_void_residual.yaml")).isEmpty();
    assertThat(messagesFor("tests/mri.yaml")).isEmpty();
    assertThat(messagesFor("tests/bone_density.yaml")).isEmpty();
    assertThat(messagesFor("tests/psychological_assessment.yaml")).isEmpty();
  }

  @Test
  void issuesAreReportedInFileOrder() {
    assertThat(issues).isSorted();
    assertThat(issues)
        .extracting(KbIssue::file)
        .containsOnly(
            "causes/greater_trochanteric_pain.yaml",
            "causes/hip_pathology.yaml",
            "contributors/smoking.yaml",
            "red-flags/malignancy.yaml",
            "tests/spect_ct.yaml");
  }
}
