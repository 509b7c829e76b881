package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.casefile.CaseDocument.Treatment.HOME_EXERCISE;
import static org.reassess.engine.casefile.CaseDocument.Treatment.NSAID;
import static org.reassess.engine.casefile.CaseDocument.Treatment.OPIOID;
import static org.reassess.engine.casefile.CaseDocument.Treatment.PHYSICAL_THERAPY;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Treatment;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;

class TreatmentFeaturesTest {

  private static Map<String, Object> features(TreatmentTried... treatments) {
    return derive(aCase("treatmentsTried", List.of(treatments))).values();
  }

  private static TreatmentTried tried(Treatment treatment, Double weeks) {
    return new TreatmentTried(treatment, weeks, null, null, null);
  }

  private static TreatmentTried opioid(Boolean current, Double dailyMme) {
    return new TreatmentTried(OPIOID, null, null, current, dailyMme);
  }

  @Test
  void conservativeCareWeeksAreSummed() {
    assertThat(
            features(tried(PHYSICAL_THERAPY, 8.0), tried(HOME_EXERCISE, 4.0), tried(NSAID, null)))
        .containsEntry("conservativeCareWeeks", 12.0)
        .containsEntry("treatmentsTried", List.of("physical_therapy", "home_exercise", "nsaid"));
  }

  @Test
  void conservativeCareUnknownWhenADurationIsMissing() {
    assertThat(features(tried(PHYSICAL_THERAPY, 8.0), tried(HOME_EXERCISE, null)))
        .doesNotContainKey("conservativeCareWeeks");
  }

  @Test
  void noTreatmentIsAKnownNone() {
    assertThat(features())
        .containsEntry("treatmentsTried", List.of())
        .containsEntry("conservativeCareWeeks", 0.0)
        .containsEntry("currentOpioid", false)
        .containsEntry("currentOpioidMme", 0.0);
  }

  @Test
  void treatmentsUnknownWhenNotListed() {
    assertThat(derive(aCase()).values())
        .doesNotContainKeys(
            "treatmentsTried", "conservativeCareWeeks", "currentOpioid", "currentOpioidMme");
  }

  @Test
  void currentOpioidsAndTheirDailyDose() {
    assertThat(features(opioid(true, 40.0), opioid(true, 20.0), opioid(false, 90.0)))
        .containsEntry("currentOpioid", true)
        .containsEntry("currentOpioidMme", 60.0)
        .containsEntry("treatmentsTried", List.of("opioid"));
  }

  @Test
  void pastOpioidOnlyIsNoCurrentOpioid() {
    assertThat(features(opioid(false, 30.0)))
        .containsEntry("currentOpioid", false)
        .containsEntry("currentOpioidMme", 0.0);
  }

  @Test
  void opioidOfUnknownCurrencyOrDoseLeavesTheDoseOpen() {
    assertThat(features(opioid(null, 30.0)))
        .doesNotContainKeys("currentOpioid", "currentOpioidMme");
    assertThat(features(opioid(true, null)))
        .containsEntry("currentOpioid", true)
        .doesNotContainKey("currentOpioidMme");
  }
}
