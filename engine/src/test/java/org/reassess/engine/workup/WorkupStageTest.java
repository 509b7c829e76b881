package org.reassess.engine.workup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reassess.engine.kb.KbFixture.cause;
import static org.reassess.engine.kb.KbFixture.contributor;
import static org.reassess.engine.kb.KbFixture.features;
import static org.reassess.engine.kb.KbFixture.redFlag;
import static org.reassess.engine.kb.KbFixture.screenedTest;
import static org.reassess.engine.kb.KbFixture.test;
import static org.reassess.engine.kb.KbFixture.trigger;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.differential.DifferentialStage;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Burden;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Tier;
import org.reassess.engine.triage.TriageStage;

/**
 * Which tests the work-up suggests and in which order. Each test writes only the rules it needs
 * into the fixture, whose own entries never suggest anything; the triage and the differential are
 * the real stages, as in the engine.
 *
 * <p>Values used below: a cause at 0.3 with a missing finding of LR+ 9 could move to 0.794 if it
 * were present, a shift of 0.494 that crosses from possible into likely, so it counts in full. The
 * fixture's burden divisors are low 1, moderate 2, high 4.
 */
class WorkupStageTest {

  @TempDir Path dir;

  private static final KbFixture.Entry CAUDA_EQUINA =
      redFlag(
          "cauda_equina_syndrome",
          List.of("xray", "post_void_residual", "mri"),
          trigger("retention", "bladder == 'new_retention'", Tier.EMERGENCY, Evidence.VERIFIED));

  private static List<WorkupSuggestion> suggest(KnowledgeBase kb, Features features) {
    return WorkupStage.suggest(
        features, kb, TriageStage.assess(features, kb), DifferentialStage.assess(features, kb));
  }

  private static List<String> tests(List<WorkupSuggestion> suggestions) {
    return suggestions.stream().map(WorkupSuggestion::test).toList();
  }

  private static WorkupSuggestion suggestion(List<WorkupSuggestion> suggestions, String test) {
    return suggestions.stream().filter(s -> s.test().equals(test)).findFirst().orElseThrow();
  }

  @Test
  void redFlagTestsComeFirstAndAreNeverCutByTheCapOrTheMinimum() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .workupPolicy(0.1, 1)
            .with(
                CAUDA_EQUINA,
                cause("recurrent_disc_herniation", 0.3)
                    .finding("disc", "discHerniationConcordant", 9, 1, "mri_gadolinium")
                    .finding("slr", "slrPositive", 9, 1, "emg_ncs")
                    .entry())
            .load();

    List<WorkupSuggestion> suggestions = suggest(kb, features("bladder", "new_retention"));

    // three demanded tests although the cap is 1, then the one optional test the cap allows
    assertThat(tests(suggestions)).containsExactly("mri", "post_void_residual", "xray", "emg_ncs");
    assertThat(suggestion(suggestions, "xray").reasons())
        .containsExactly("demanded by red flag cauda_equina_syndrome (emergency)");
    assertThat(suggestion(suggestions, "xray").value()).isZero();

    // without the red flag only the optional test is left
    assertThat(tests(suggest(kb, features("bladder", "normal")))).containsExactly("emg_ncs");
  }

  @Test
  void testAlreadyDoneIsNeverSuggestedEvenWhenARedFlagDemandsIt() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                CAUDA_EQUINA,
                test("mri", Burden.MODERATE, "crossSectionalImagingSinceSurgery"),
                cause("recurrent_disc_herniation", 0.3)
                    .finding("disc", "discHerniationConcordant", 9, 1, "mri")
                    .entry())
            .load();

    List<WorkupSuggestion> done =
        suggest(
            kb, features("bladder", "new_retention", "crossSectionalImagingSinceSurgery", true));
    assertThat(tests(done)).containsExactly("post_void_residual", "xray");

    // not knowing whether it was done is not "done"
    List<WorkupSuggestion> unknown = suggest(kb, features("bladder", "new_retention"));
    assertThat(tests(unknown)).containsExactly("mri", "post_void_residual", "xray");
    assertThat(suggestion(unknown, "mri").reasons())
        .containsExactly(
            "demanded by red flag cauda_equina_syndrome (emergency)",
            "would tell \"Finding disc\" for recurrent_disc_herniation (now possible)");
  }

  @Test
  void testsBeforeActingOnALikelyCauseComeRightAfterRedFlagTests() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                redFlag(
                    "cauda_equina_syndrome",
                    List.of("post_void_residual"),
                    trigger(
                        "retention",
                        "bladder == 'new_retention'",
                        Tier.EMERGENCY,
                        Evidence.VERIFIED)),
                // likely once facet loading pain is present: odds 1/9 × 20, probability 0.69
                cause("facet_joint_pain", 0.1)
                    .finding("loading", "facetLoadingPain", 20, 1)
                    .beforeActing("medial_branch_block")
                    .entry(),
                test("medial_branch_block", Burden.HIGH, "false"),
                cause("recurrent_disc_herniation", 0.3)
                    .finding("disc", "discHerniationConcordant", 9, 1, "mri")
                    .entry())
            .load();

    List<WorkupSuggestion> likely =
        suggest(kb, features("bladder", "new_retention", "facetLoadingPain", true));
    assertThat(tests(likely)).containsExactly("post_void_residual", "medial_branch_block", "mri");
    assertThat(suggestion(likely, "medial_branch_block").reasons())
        .containsExactly(
            "needed before acting on facet_joint_pain (likely): Confirm facet_joint_pain first.");

    // an unlikely cause asks for nothing before acting
    assertThat(tests(suggest(kb, features("facetLoadingPain", false)))).containsExactly("mri");
  }

  @Test
  void possibleCauseAsksOnlyForItsLowBurdenTestsBeforeActing() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                // possible once the Fortin sign is present: odds 1/9 × 3, probability 0.25
                cause("sacroiliac_joint_pain", 0.1)
                    .finding("fortin", "fortinFingerSign", 3, 1)
                    .beforeActing("sij_block", "pelvis_hip_xray")
                    .entry(),
                test("sij_block", Burden.HIGH, "false"),
                test("pelvis_hip_xray", Burden.LOW, "false"))
            .load();

    List<WorkupSuggestion> possible = suggest(kb, features("fortinFingerSign", true));
    assertThat(tests(possible)).containsExactly("pelvis_hip_xray");
    assertThat(suggestion(possible, "pelvis_hip_xray").value()).isEqualTo(1.25);
  }

  @Test
  void onlyTheLeastBurdensomeTestsThatTellAFindingEarnItsValue() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                cause("recurrent_disc_herniation", 0.3)
                    .finding(
                        "disc",
                        "discHerniationConcordant",
                        9,
                        1,
                        "ct_myelogram",
                        "mri",
                        "mri_gadolinium")
                    .entry(),
                test("mri", Burden.MODERATE, "false"),
                test("mri_gadolinium", Burden.MODERATE, "false"),
                test("ct_myelogram", Burden.HIGH, "false"))
            .load();

    List<WorkupSuggestion> suggestions = suggest(kb, features());
    assertThat(tests(suggestions)).containsExactly("mri", "mri_gadolinium");
    // 0.494 divided by the moderate divisor 2
    assertThat(suggestion(suggestions, "mri").value()).isCloseTo(0.247, within(0.0005));
  }

  /** Four missing findings whose tests are worth 0.494, 0.263, 0.040 and 0.010. */
  private KbFixture fourFindingsOfDecreasingValue() {
    return KbFixture.in(dir)
        .with(
            cause("recurrent_disc_herniation", 0.3)
                .finding("f1", "discHerniationConcordant", 9, 1, "mri")
                .finding("f2", "slrPositive", 3, 1, "emg_ncs")
                .finding("f3", "femoralStretchPositive", 2, 1, "ct")
                .finding("f4", "crossedSlrPositive", 1.2, 1, "xray")
                .entry());
  }

  @Test
  void listLengthComesFromThePolicy() throws Exception {
    KnowledgeBase kb = fourFindingsOfDecreasingValue().workupPolicy(0.001, 3).load();
    List<WorkupSuggestion> suggestions = suggest(kb, features());
    assertThat(tests(suggestions)).containsExactly("mri", "emg_ncs", "ct");
    assertThat(suggestions)
        .extracting(WorkupSuggestion::value)
        .containsExactly(0.494, 0.263, 0.040);
  }

  @Test
  void testsBelowThePolicysMinimumValueAreNotSuggested() throws Exception {
    KnowledgeBase kb = fourFindingsOfDecreasingValue().workupPolicy(0.2, 5).load();
    assertThat(tests(suggest(kb, features()))).containsExactly("mri", "emg_ncs");
  }

  @Test
  void screensOfSeveralUnassessedContributorsCountOnceNotSummed() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                contributor("depression", "phq9 >= 10", "psychological_assessment"),
                contributor("anxiety", "gad7 >= 10", "psychological_assessment"),
                contributor(
                    "catastrophizing", "painCatastrophizing >= 30", "psychological_assessment"))
            .load();

    List<WorkupSuggestion> unassessed = suggest(kb, features());
    WorkupSuggestion assessment = suggestion(unassessed, "psychological_assessment");
    assertThat(assessment.value()).isEqualTo(0.2);
    assertThat(assessment.reasons())
        .containsExactly(
            "depression has not been assessed",
            "anxiety has not been assessed",
            "catastrophizing has not been assessed");

    // a present contributor adds its own value to the screen of the unassessed ones
    WorkupSuggestion depressed =
        suggestion(suggest(kb, features("phq9", 12)), "psychological_assessment");
    assertThat(depressed.value()).isCloseTo(0.7, within(1e-9));
    assertThat(depressed.reasons())
        .first()
        .isEqualTo("depression is present: Contributor depression holds.");

    assertThat(suggest(kb, features("phq9", 3, "gad7", 2, "painCatastrophizing", 5))).isEmpty();
  }

  @Test
  void screenOfATestIsSuggestedOnlyWhenItHolds() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(screenedTest("ankle_brachial_index", Burden.LOW, "distalPulses == 'reduced'"))
            .load();

    WorkupSuggestion abi =
        suggestion(suggest(kb, features("distalPulses", "reduced")), "ankle_brachial_index");
    assertThat(abi.value()).isEqualTo(0.2);
    assertThat(abi.reasons()).containsExactly("screen: Screen ankle_brachial_index.");
    assertThat(abi.source().rule()).isEqualTo("tests/ankle_brachial_index.yaml");

    assertThat(suggest(kb, features())).isEmpty();
    assertThat(suggest(kb, features("distalPulses", "normal"))).isEmpty();
  }
}
