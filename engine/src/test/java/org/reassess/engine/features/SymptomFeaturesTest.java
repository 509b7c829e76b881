package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Bladder;
import org.reassess.engine.casefile.CaseDocument.LegPainDistribution;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.NeuropathicDescriptor;
import org.reassess.engine.casefile.CaseDocument.PainLocation;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.Weakness;
import org.reassess.engine.casefile.Root;

class SymptomFeaturesTest {

  private static Map<String, Object> features(Object... symptoms) {
    return derive(aCase("symptoms", record(Symptoms.class, symptoms))).values();
  }

  @Test
  void legDominantWhenLegScoresHigher() {
    assertThat(features("backPainNrs", 3, "legPainNrs", 7))
        .containsEntry("legDominant", true)
        .containsEntry("backDominant", false)
        .containsEntry("legPainNrs", 7L);
  }

  @Test
  void equalScoresDominateNeither() {
    assertThat(features("backPainNrs", 5, "legPainNrs", 5))
        .containsEntry("legDominant", false)
        .containsEntry("backDominant", false);
  }

  @Test
  void dominanceUnknownWithOneScore() {
    assertThat(features("backPainNrs", 6)).doesNotContainKeys("legDominant", "backDominant");
  }

  @Test
  void noLegPainCountsAsALegScoreOfZero() {
    assertThat(features("backPainNrs", 6, "legPainSide", LegPainSide.NONE))
        .containsEntry("backDominant", true)
        .containsEntry("legDominant", false)
        .containsEntry("radicularPattern", false)
        .doesNotContainKey("legPainNrs");
  }

  @Test
  void radicularPatternFromDistribution() {
    assertThat(features("legPainDistribution", LegPainDistribution.DERMATOMAL))
        .containsEntry("radicularPattern", true);
    assertThat(features("legPainDistribution", LegPainDistribution.NON_DERMATOMAL))
        .containsEntry("radicularPattern", false);
  }

  @Test
  void radicularPatternFromDermatomesBelowTheKnee() {
    assertThat(
            features(
                "legPainSide",
                LegPainSide.LEFT,
                "dermatomes",
                List.of(Root.S1),
                "painBelowKnee",
                true))
        .containsEntry("radicularPattern", true)
        .containsEntry("dermatomes", List.of("S1"))
        .containsEntry("legPainSide", "left");
  }

  @Test
  void radicularPatternUnknownWhenTheKneeIsNotRecorded() {
    assertThat(features("legPainSide", LegPainSide.LEFT, "dermatomes", List.of(Root.L5)))
        .doesNotContainKey("radicularPattern");
    assertThat(features("backPainNrs", 4)).doesNotContainKey("radicularPattern");
  }

  @Test
  void neuropathicProfileAtTheDescriptorThreshold() {
    assertThat(
            features(
                "neuropathicDescriptors",
                List.of(
                    NeuropathicDescriptor.BURNING,
                    NeuropathicDescriptor.TINGLING,
                    NeuropathicDescriptor.ELECTRIC,
                    NeuropathicDescriptor.BURNING)))
        .containsEntry("neuropathicDescriptorCount", 3L)
        .containsEntry("neuropathicProfile", true)
        .containsEntry("neuropathicDescriptors", List.of("burning", "electric", "tingling"));
  }

  @Test
  void neuropathicProfileBelowThresholdOrNone() {
    assertThat(
            features(
                "neuropathicDescriptors",
                List.of(NeuropathicDescriptor.BURNING, NeuropathicDescriptor.ITCHING)))
        .containsEntry("neuropathicProfile", false);
    assertThat(features("neuropathicDescriptors", List.of()))
        .containsEntry("neuropathicDescriptorCount", 0L)
        .containsEntry("neuropathicProfile", false);
    assertThat(features("backPainNrs", 4))
        .doesNotContainKeys(
            "neuropathicDescriptors", "neuropathicDescriptorCount", "neuropathicProfile");
  }

  @Test
  void weaknessOnsetInWeeksBeforeTheAssessment() {
    Weakness weakness = new Weakness(true, true, LocalDate.parse("2026-05-18"), "foot drop");

    assertThat(features("weakness", weakness))
        .containsEntry("weaknessPresent", true)
        .containsEntry("weaknessProgressive", true)
        .containsEntry("weaknessOnsetWeeksAgo", 2.0);
  }

  @Test
  void weaknessAbsentIsFalseAndTheRestUnknown() {
    assertThat(features("weakness", new Weakness(false, null, null, null)))
        .containsEntry("weaknessPresent", false)
        .doesNotContainKeys("weaknessProgressive", "weaknessOnsetWeeksAgo");
  }

  @Test
  void flagsAreCopiedAndUnknownFlagsAbsent() {
    assertThat(
            features(
                "saddleAnesthesia", false, "bladder", Bladder.NEW_RETENTION, "nightPain", true))
        .containsEntry("saddleAnesthesia", false)
        .containsEntry("bladder", "new_retention")
        .containsEntry("nightPain", true)
        .doesNotContainKeys("fever", "bowel", "restPain", "neurogenicClaudication");
  }

  @Test
  void listsAreDistinctInDeclarationOrderAndUnmodifiable() {
    Map<String, Object> f =
        features(
            "painLocations", List.of(PainLocation.FOOT, PainLocation.BUTTOCK, PainLocation.FOOT));

    assertThat(f).containsEntry("painLocations", List.of("buttock", "foot"));
    @SuppressWarnings("unchecked") // the catalog types this feature as a list of strings
    List<String> locations = (List<String>) f.get("painLocations");
    assertThatThrownBy(() -> locations.add("groin"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
