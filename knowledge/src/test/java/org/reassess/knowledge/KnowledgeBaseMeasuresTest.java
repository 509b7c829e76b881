package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomeMeasure.BetterWhen;
import org.reassess.engine.kb.WorseningPolicy;
import org.reassess.engine.outcomes.Change;
import org.reassess.engine.outcomes.Observation;
import org.reassess.engine.outcomes.OutcomeClassifier;

/**
 * The shipped outcome measures ({@code measures.yaml}) cover every measure a visit records, and
 * carry the MCIDs of reference §6 with the reference's own evidence tags; a worsening needs both
 * forms of an MCID, by cited convention.
 */
class KnowledgeBaseMeasuresTest {

  private static OutcomeMeasure measure(String id) throws Exception {
    return KbFiles.knowledgeBase().measure(id).orElseThrow();
  }

  private static Mcid mcid(String id) throws Exception {
    return measure(id).mcid().orElseThrow();
  }

  @Test
  void everyMeasureOfAVisitHasExactlyOneEntry() throws Exception {
    assertThat(KbFiles.knowledgeBase().measures())
        .extracting(OutcomeMeasure::id)
        .containsExactly(
            "backPainNrs",
            "legPainNrs",
            "odi",
            "phq9",
            "gad7",
            "painCatastrophizing",
            "tsk",
            "eq5dIndex",
            "walkingToleranceMinutes",
            "sittingToleranceMinutes");
  }

  @Test
  void painAndDisabilityDecideImprovement() throws Exception {
    KnowledgeBase kb = KbFiles.knowledgeBase();
    assertThat(kb.outcomePolicy().orElseThrow().primaryMeasures())
        .containsExactly("backPainNrs", "legPainNrs", "odi");
    assertThat(kb.outcomePolicy().orElseThrow().rule().evidence()).isEqualTo(Evidence.CONVENTION);
    assertThat(kb.primaryMeasures()).allSatisfy(m -> assertThat(m.mcid()).isPresent());
  }

  @Test
  void worseningNeedsTheAbsoluteMcidFromAnyBaselineByCitedConvention() throws Exception {
    KnowledgeBase kb = KbFiles.knowledgeBase();
    WorseningPolicy worsening = kb.outcomePolicy().orElseThrow().worsening();
    assertThat(worsening.threshold()).isEqualTo(Mcid.Threshold.ABSOLUTE);
    assertThat(worsening.rule().evidence()).isEqualTo(Evidence.CONVENTION);
    assertThat(worsening.rule().citations())
        .anySatisfy(
            c -> {
              assertThat(c.source()).isEqualTo("R104");
              assertThat(c.locator()).startsWith("§6").contains("improvement");
            });
    // the demo patient's back pain 3 → 4 is no important worsening; 3 → 5 is
    OutcomeMeasure back = measure("backPainNrs");
    assertThat(OutcomeClassifier.classify(back, visits(3, 4)))
        .isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.classify(back, visits(3, 5))).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.classify(back, visits(3, 2))).isEqualTo(Change.IMPROVED);
    // near the top of the scale a worsening can still be marked: 8 → 10 is two points
    assertThat(OutcomeClassifier.classify(back, visits(8, 10))).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.classify(back, visits(7, 9))).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.classify(measure("odi"), visits(40, 50)))
        .isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.classify(measure("odi"), visits(40, 49)))
        .isEqualTo(Change.NO_IMPORTANT_CHANGE);
  }

  private static List<Observation> visits(double baseline, double latest) {
    LocalDate day = LocalDate.of(2026, 1, 5);
    return List.of(new Observation(day, baseline), new Observation(day.plusWeeks(6), latest));
  }

  @Test
  void painMcidIsTwoPointsOrThirtyPercent() throws Exception {
    for (String id : List.of("backPainNrs", "legPainNrs")) {
      assertThat(mcid(id).absolute()).hasValue(2);
      assertThat(mcid(id).percentOfBaseline()).hasValue(30);
      assertThat(mcid(id).rule().evidence()).isEqualTo(Evidence.VERIFIED);
      assertThat(measure(id).betterWhen()).isEqualTo(BetterWhen.LOWER);
    }
  }

  @Test
  void odiMcidIsTenPointsOrThirtyPercent() throws Exception {
    assertThat(mcid("odi").absolute()).hasValue(10);
    assertThat(mcid("odi").percentOfBaseline()).hasValue(30);
    assertThat(mcid("odi").rule().citations())
        .anySatisfy(c -> assertThat(c.source()).isEqualTo("R104"));
  }

  @Test
  void anchoredMcidsOfQualityOfLifeAndCatastrophisingAreAbsolute() throws Exception {
    assertThat(mcid("eq5dIndex").absolute()).hasValue(0.08);
    assertThat(mcid("eq5dIndex").percentOfBaseline()).isEmpty();
    assertThat(measure("eq5dIndex").betterWhen()).isEqualTo(BetterWhen.HIGHER);
    assertThat(mcid("painCatastrophizing").absolute()).hasValue(6.48);
  }

  @Test
  void unverifiedPhq9McidCarriesItsNvLabel() throws Exception {
    assertThat(mcid("phq9").absolute()).hasValue(5);
    assertThat(mcid("phq9").rule().evidence()).isEqualTo(Evidence.NV);
    assertThat(measure("phq9").note()).hasValueSatisfying(n -> assertThat(n).contains("NV"));
  }

  @Test
  void measuresWithoutAnMcidInTheReferenceSaySo() throws Exception {
    for (String id : List.of("gad7", "tsk", "walkingToleranceMinutes", "sittingToleranceMinutes")) {
      assertThat(measure(id).mcid()).as(id).isEmpty();
      assertThat(measure(id).note()).as(id).isPresent();
    }
  }

  @Test
  void tolerancesAreUnboundedAbove() throws Exception {
    assertThat(measure("walkingToleranceMinutes").max()).isEmpty();
    assertThat(measure("walkingToleranceMinutes").min()).hasValue(0);
    assertThat(measure("walkingToleranceMinutes").betterWhen()).isEqualTo(BetterWhen.HIGHER);
  }
}
