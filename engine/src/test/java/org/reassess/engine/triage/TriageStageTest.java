package org.reassess.engine.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reassess.engine.kb.KbFixture.escalation;
import static org.reassess.engine.kb.KbFixture.escalations;
import static org.reassess.engine.kb.KbFixture.features;
import static org.reassess.engine.kb.KbFixture.redFlag;
import static org.reassess.engine.kb.KbFixture.trigger;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.Triage.RaisedRedFlag;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Tier;

/**
 * Red flags first: every flag is checked on every case, a flag's tier is its most urgent fired
 * trigger, an NV trigger never raises a flag on its own, escalations raise the tier without naming
 * a red flag, and the tier is routine when nothing fires.
 */
class TriageStageTest {

  @TempDir static Path dir;
  private static KnowledgeBase kb;

  @BeforeAll
  static void loadTriageRules() throws Exception {
    kb =
        KbFixture.in(dir)
            .with(
                redFlag(
                    "cauda_equina_syndrome",
                    List.of("post_void_residual", "mri"),
                    trigger(
                        "retention",
                        "bladder == 'new_retention'",
                        Tier.EMERGENCY,
                        Evidence.VERIFIED)),
                redFlag(
                    "fracture",
                    List.of("xray"),
                    trigger("trauma", "recentTrauma", Tier.SOON, Evidence.VERIFIED),
                    trigger("acute", "acuteVertebralFracture", Tier.URGENT, Evidence.PARTIAL)),
                redFlag(
                    "malignancy",
                    List.of(),
                    trigger("weight_loss", "unexplainedWeightLoss", Tier.EMERGENCY, Evidence.NV),
                    trigger("tumour", "tumorOnImaging", Tier.SOON, Evidence.VERIFIED)),
                escalations(
                    escalation(
                        "concordant_radicular_lesion",
                        "compressiveLesionConcordant && radicularPattern",
                        Tier.SOON),
                    escalation("severe_leg_pain", "legPainNrs >= 9", Tier.URGENT)))
            .load();
  }

  private static Triage assess(Features features) {
    return TriageStage.assess(features, kb);
  }

  private static RaisedRedFlag flag(Triage triage, String id) {
    return triage.redFlags().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void routineWhenNothingFires() {
    Triage nothingKnown = assess(features());
    assertThat(nothingKnown.tier()).isEqualTo("routine");
    assertThat(nothingKnown.redFlags()).isEmpty();
    assertThat(nothingKnown.reasons()).isEmpty();

    Triage allNegative =
        assess(
            features(
                "bladder", "normal",
                "recentTrauma", false,
                "acuteVertebralFracture", false,
                "unexplainedWeightLoss", false,
                "tumorOnImaging", false,
                "compressiveLesionConcordant", false,
                "legPainNrs", 3));
    assertThat(allNegative.tier()).isEqualTo("routine");
    assertThat(allNegative.redFlags()).isEmpty();
    assertThat(allNegative.reasons()).isEmpty();
  }

  @Test
  void aTriggerOnAnUnknownFeatureDoesNotFire() {
    assertThat(assess(features("recentTrauma", false)).redFlags()).isEmpty();
  }

  @Test
  void flagTakesTheTierOfItsMostUrgentFiredTrigger() {
    Triage t = assess(features("recentTrauma", true, "acuteVertebralFracture", true));
    RaisedRedFlag fracture = flag(t, "fracture");
    assertThat(fracture.tier()).isEqualTo("urgent");
    assertThat(fracture.triggers()).extracting(Statement::id).containsExactly("trauma", "acute");
    assertThat(fracture.why()).isEqualTo("Trigger trauma. Trigger acute.");
    assertThat(t.tier()).isEqualTo("urgent");

    assertThat(flag(assess(features("recentTrauma", true)), "fracture").tier()).isEqualTo("soon");
  }

  @Test
  void mostUrgentRaisedFlagSetsTheTier() {
    Triage t = assess(features("recentTrauma", true, "bladder", "new_retention"));
    assertThat(t.tier()).isEqualTo("emergency");
    assertThat(t.redFlags())
        .extracting(RaisedRedFlag::id, RaisedRedFlag::tier)
        .containsExactly(tuple("cauda_equina_syndrome", "emergency"), tuple("fracture", "soon"));
  }

  @Test
  void raisedFlagCarriesItsActionTestsFactsAndProvenance() {
    RaisedRedFlag cauda =
        flag(assess(features("bladder", "new_retention")), "cauda_equina_syndrome");
    assertThat(cauda.name()).isEqualTo("Red flag cauda_equina_syndrome");
    assertThat(cauda.action()).isEqualTo("Act on cauda_equina_syndrome.");
    assertThat(cauda.demandsTests()).containsExactly("post_void_residual", "mri");
    assertThat(cauda.source().rule()).isEqualTo("red-flags/cauda_equina_syndrome.yaml");
    assertThat(cauda.triggers())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.facts()).isEqualTo(Map.of("bladder", "new_retention"));
              assertThat(s.source().rule())
                  .isEqualTo("red-flags/cauda_equina_syndrome.yaml#retention");
              assertThat(s.source().evidence()).isEqualTo("verified");
            });
  }

  @Test
  void nvTriggerAloneNeverRaisesAFlag() {
    Triage t = assess(features("unexplainedWeightLoss", true));
    assertThat(t.redFlags()).isEmpty();
    assertThat(t.tier()).isEqualTo("routine");

    Triage verifiedNegative =
        assess(features("unexplainedWeightLoss", true, "tumorOnImaging", false));
    assertThat(verifiedNegative.redFlags()).isEmpty();
  }

  @Test
  void nvTriggerAddsItsReasonButNotItsTierWhenAVerifiedTriggerFires() {
    Triage t = assess(features("unexplainedWeightLoss", true, "tumorOnImaging", true));
    RaisedRedFlag malignancy = flag(t, "malignancy");
    // the tier rests on the verified trigger only: an unverified fact is never the basis
    assertThat(malignancy.tier()).isEqualTo("soon");
    assertThat(t.tier()).isEqualTo("soon");
    assertThat(malignancy.triggers())
        .extracting(s -> s.id() + ":" + s.source().evidence())
        .containsExactly("weight_loss:nv", "tumour:verified");
    assertThat(malignancy.why()).contains("Trigger weight_loss.", "Trigger tumour.");
  }

  @Test
  void escalationRaisesTheTierWithoutNamingARedFlag() {
    Triage t = assess(features("compressiveLesionConcordant", true, "radicularPattern", true));
    assertThat(t.tier()).isEqualTo("soon");
    assertThat(t.redFlags()).isEmpty();
    assertThat(t.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("concordant_radicular_lesion");
              assertThat(r.text()).isEqualTo("Escalation concordant_radicular_lesion.");
              assertThat(r.facts())
                  .containsExactly(
                      Map.entry("compressiveLesionConcordant", true),
                      Map.entry("radicularPattern", true));
              assertThat(r.source().rule()).isEqualTo("triage.yaml#concordant_radicular_lesion");
            });
  }

  @Test
  void escalationAboveTheRaisedFlagsRaisesTheTier() {
    Triage t = assess(features("recentTrauma", true, "legPainNrs", 9));
    assertThat(t.tier()).isEqualTo("urgent");
    assertThat(flag(t, "fracture").tier()).isEqualTo("soon");
    assertThat(t.reasons()).extracting(Statement::id).containsExactly("severe_leg_pain");
  }

  @Test
  void escalationBelowARaisedFlagNeverLowersTheTier() {
    Triage t =
        assess(
            features(
                "bladder", "new_retention",
                "compressiveLesionConcordant", true,
                "radicularPattern", true));
    assertThat(t.tier()).isEqualTo("emergency");
    assertThat(t.reasons())
        .extracting(Statement::id)
        .containsExactly("concordant_radicular_lesion");
  }
}
