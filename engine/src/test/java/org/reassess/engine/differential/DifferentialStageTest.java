package org.reassess.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.reassess.engine.kb.KbFixture.cause;
import static org.reassess.engine.kb.KbFixture.features;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.FixedIds;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.CauseResult.EvidenceItem;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;

/**
 * The differential's evidence model, exactly: posterior odds = prior odds × the adjustments that
 * hold × LR+ of each present finding × LR− of each absent one; missing findings move nothing. Every
 * fixture cause the test does not write stays at the fixture prior (0.1).
 */
class DifferentialStageTest {

  @TempDir static Path dir;
  private static KnowledgeBase kb;

  /** Every finding state at once: odds 0.2/0.8 × 3 × 4 × 0.5 = 1.5, probability 0.6. */
  private static final Features DISC_CASE =
      features(
          "timingClass", "late_recurrence",
          "smoker", false,
          "discHerniationConcordant", true,
          "painBelowKnee", false);

  @BeforeAll
  static void loadCauses() throws Exception {
    kb =
        KbFixture.in(dir)
            .with(
                cause("recurrent_disc_herniation", 0.2)
                    .adjustment("timingClass == 'late_recurrence'", 3)
                    .adjustment("smoker", 5)
                    .finding("concordant_disc", "discHerniationConcordant", 4, 0.25)
                    .finding("pain_below_knee", "painBelowKnee", 5, 0.5)
                    .finding("positive_slr", "slrPositive", 8, 0.1, "mri")
                    .entry(),
                cause("spinal_stenosis", 0.3)
                    .finding("f_small", "neurogenicClaudication", 2, 1)
                    .finding("f_large", "centralStenosisOnImaging", 3, 0.2)
                    .finding("f_mid", "stenosisConcordant", 10, 1)
                    .finding("a_small", "femoralStretchPositive", 2, 1)
                    .entry(),
                cause("facet_joint_pain", 0.1)
                    .finding("absent_but_for", "facetLoadingPain", 0.8, 2)
                    .finding("present_but_against", "radicularPattern", 0.5, 1)
                    .entry(),
                cause("epidural_fibrosis", 0.05).inertFinding().entry())
            .load();
  }

  private static CauseResult result(List<CauseResult> differential, String cause) {
    return differential.stream().filter(r -> r.cause().equals(cause)).findFirst().orElseThrow();
  }

  private static CauseResult weigh(String cause, Features features) {
    return result(DifferentialStage.assess(features, kb), cause);
  }

  @Test
  void posteriorIsPriorOddsTimesAdjustmentsTimesLrPositiveOfPresentAndLrNegativeOfAbsent() {
    CauseResult disc = weigh("recurrent_disc_herniation", DISC_CASE);
    assertThat(disc.probability()).isEqualTo(0.6);
    // 0.25 × 3 = 0.75 odds: the prior after the adjustment that holds
    assertThat(disc.priorProbability()).isEqualTo(0.429);
    assertThat(disc.likelihood()).isEqualTo("likely");
  }

  @Test
  void onlyAdjustmentsThatHoldAreAppliedAndListed() {
    CauseResult disc = weigh("recurrent_disc_herniation", DISC_CASE);
    assertThat(disc.priorAdjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("prior.adjustments.0");
              assertThat(a.text()).isEqualTo("Adjustment 0.");
              assertThat(a.facts()).isEqualTo(Map.of("timingClass", "late_recurrence"));
            });
    assertThat(weigh("recurrent_disc_herniation", features()).priorAdjustments()).isEmpty();
  }

  @Test
  void eachFindingIsPresentAbsentOrMissingWithTheRatioItApplied() {
    CauseResult disc = weigh("recurrent_disc_herniation", DISC_CASE);
    assertThat(disc.supporting())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.finding()).isEqualTo("concordant_disc");
              assertThat(f.state()).isEqualTo("present");
              assertThat(f.likelihoodRatio()).isEqualTo(4.0);
              assertThat(f.facts()).isEqualTo(Map.of("discHerniationConcordant", true));
              assertThat(f.source().rule())
                  .isEqualTo("causes/recurrent_disc_herniation.yaml#concordant_disc");
            });
    assertThat(disc.against())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.finding()).isEqualTo("pain_below_knee");
              assertThat(f.state()).isEqualTo("absent");
              assertThat(f.likelihoodRatio()).isEqualTo(0.5);
            });
    assertThat(disc.missing())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.finding()).isEqualTo("positive_slr");
              assertThat(f.state()).isEqualTo("missing");
              assertThat(f.likelihoodRatio()).isEqualTo(1.0);
              assertThat(f.facts()).isEmpty();
              assertThat(f.tests()).containsExactly("mri");
            });
  }

  @Test
  void absentFindingThatArguesForTheCauseSupportsItAndPresentOneThatArguesAgainstIsAgainst() {
    CauseResult facet =
        weigh("facet_joint_pain", features("facetLoadingPain", false, "radicularPattern", true));
    assertThat(facet.supporting())
        .extracting(EvidenceItem::finding, EvidenceItem::state)
        .containsExactly(tuple("absent_but_for", "absent"));
    assertThat(facet.against())
        .extracting(EvidenceItem::finding, EvidenceItem::state)
        .containsExactly(tuple("present_but_against", "present"));
    // odds 1/9 × 2 × 0.5: back to the prior
    assertThat(facet.probability()).isEqualTo(0.1);
  }

  @Test
  void findingWithLikelihoodRatioOneIsNeitherSupportingNorAgainst() {
    CauseResult fibrosis = weigh("epidural_fibrosis", DISC_CASE);
    assertThat(fibrosis.supporting()).isEmpty();
    assertThat(fibrosis.against()).isEmpty();
    assertThat(fibrosis.missing()).isEmpty();
    assertThat(fibrosis.probability()).isEqualTo(0.05);
  }

  @Test
  void missingFindingsMoveNothing() {
    CauseResult disc = weigh("recurrent_disc_herniation", features());
    assertThat(disc.probability()).isEqualTo(0.2);
    assertThat(disc.priorProbability()).isEqualTo(0.2);
    assertThat(disc.supporting()).isEmpty();
    assertThat(disc.against()).isEmpty();
    assertThat(disc.missing()).hasSize(3);
  }

  @Test
  void missingFindingsAreSortedByHowFarTheyCouldSwingTheOddsThenById() {
    CauseResult stenosis = weigh("spinal_stenosis", features());
    // swings |ln LR+ − ln LR−|: f_large ln 15, f_mid ln 10, then a_small and f_small ln 2
    assertThat(stenosis.missing())
        .extracting(EvidenceItem::finding)
        .containsExactly("f_large", "f_mid", "a_small", "f_small");
    assertThat(stenosis.probability()).isEqualTo(0.3);
    Cause stenosisCause =
        kb.causes().stream()
            .filter(c -> c.id().equals("spinal_stenosis"))
            .findFirst()
            .orElseThrow();
    Cause.Finding large =
        stenosisCause.findings().stream()
            .filter(f -> f.id().equals("f_large"))
            .findFirst()
            .orElseThrow();
    assertThat(DifferentialStage.swing(large)).isCloseTo(Math.log(15), within(1e-12));
  }

  @Test
  void probabilityFallsInTheBandsOfTheKnowledgeBase() {
    List<CauseResult> differential = DifferentialStage.assess(DISC_CASE, kb);
    assertThat(result(differential, "recurrent_disc_herniation").likelihood()).isEqualTo("likely");
    assertThat(result(differential, "spinal_stenosis").likelihood()).isEqualTo("possible");
    assertThat(result(differential, "epidural_fibrosis").likelihood()).isEqualTo("unlikely");
    assertThat(result(differential, "pseudarthrosis").likelihood()).isEqualTo("unlikely");
  }

  @Test
  void causesAreSortedByProbabilityThenById() {
    List<CauseResult> differential = DifferentialStage.assess(DISC_CASE, kb);
    assertThat(differential)
        .isSortedAccordingTo(
            Comparator.comparingDouble(CauseResult::probability)
                .reversed()
                .thenComparing(CauseResult::cause));
    assertThat(differential)
        .extracting(CauseResult::cause)
        .startsWith("recurrent_disc_herniation", "spinal_stenosis", "adjacent_segment_disease")
        .endsWith("epidural_fibrosis");
  }

  @Test
  void everyCauseIsAlwaysWeighedEvenWhenNothingIsKnown() {
    List<CauseResult> differential = DifferentialStage.assess(features(), kb);
    assertThat(differential)
        .extracting(CauseResult::cause)
        .containsExactlyInAnyOrderElementsOf(FixedIds.CAUSES);
  }

  @Test
  void causeResultCarriesTheNameAndProvenanceOfItsPrior() {
    CauseResult disc = weigh("recurrent_disc_herniation", DISC_CASE);
    assertThat(disc.name()).isEqualTo("Cause recurrent_disc_herniation");
    assertThat(disc.source().rule()).isEqualTo("causes/recurrent_disc_herniation.yaml#prior");
    assertThat(disc.source().citations()).extracting(Citation::source).containsExactly("R1");
    assertThat(disc.priorAdjustments())
        .extracting(a -> a.source().rule())
        .containsExactly("causes/recurrent_disc_herniation.yaml#prior.adjustments.0");
  }
}
