package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassess.engine.features.CatalogConformance.assertConforms;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.motor;
import static org.reassess.engine.features.TestCases.record;
import static org.reassess.engine.features.TestCases.reflex;
import static org.reassess.engine.features.TestCases.study;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.Acceptance;
import org.reassess.engine.casefile.CaseDocument.Bladder;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.EdxResult;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Indication;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.LegPainDistribution;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.CaseDocument.PainComparison;
import org.reassess.engine.casefile.CaseDocument.Patient;
import org.reassess.engine.casefile.CaseDocument.PosNeg;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.Relief;
import org.reassess.engine.casefile.CaseDocument.Sex;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.CaseDocument.Treatment;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;
import org.reassess.engine.casefile.CaseDocument.Vascular;
import org.reassess.engine.casefile.CaseDocument.Weakness;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.Enhancement;
import org.reassess.engine.casefile.ImagingFinding.HerniationZone;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.features.ImagingJudgement.Concordance;

class FeatureDeriverTest {

  /** The example case of the case format: a recurrent right L5-S1 herniation five years on. */
  private static CaseDocument example() {
    return aCase(
        "caseId", "demo-recurrent-l5s1",
        "assessmentDate", LocalDate.parse("2026-11-02"),
        "patient", record(Patient.class, "age", 41, "sex", Sex.MALE, "smoker", false),
        "surgeries",
            List.of(
                new Surgery(
                    LocalDate.parse("2021-05-10"),
                    Procedure.MICRODISCECTOMY,
                    List.of(Level.L5_S1),
                    Side.RIGHT,
                    Indication.DISC_HERNIATION,
                    false,
                    null,
                    null)),
        "course",
            record(
                Course.class,
                "reliefAfterSurgery",
                Relief.COMPLETE,
                "painFreeIntervalMonths",
                60.0,
                "painComparedToBefore",
                PainComparison.SAME),
        "symptoms",
            record(
                Symptoms.class,
                "backPainNrs",
                4,
                "legPainNrs",
                7,
                "legPainSide",
                LegPainSide.RIGHT,
                "legPainDistribution",
                LegPainDistribution.DERMATOMAL,
                "dermatomes",
                List.of(Root.S1),
                "painBelowKnee",
                true,
                "numbness",
                true,
                "bladder",
                Bladder.NORMAL,
                "saddleAnesthesia",
                false,
                "weakness",
                new Weakness(false, null, null, null)),
        "exam",
            record(
                Exam.class,
                "straightLegRaise",
                new TensionSign(PosNeg.POSITIVE, Side.RIGHT, 60.0),
                "reflexes",
                List.of(reflex(Reflex.ACHILLES, Side.RIGHT, ReflexStatus.REDUCED))),
        "imaging",
            List.of(
                study(
                    Modality.MRI_GADOLINIUM,
                    LocalDate.parse("2026-10-20"),
                    record(
                        DiscHerniation.class,
                        "level",
                        Level.L5_S1,
                        "side",
                        Side.RIGHT,
                        "zone",
                        HerniationZone.PARACENTRAL,
                        "compressedRoot",
                        Root.S1,
                        "enhancement",
                        Enhancement.PERIPHERAL))),
        "treatmentsTried",
            List.of(new TreatmentTried(Treatment.PHYSICAL_THERAPY, 8.0, null, null, null)),
        "preferences", record(Preferences.class, "surgeryAcceptable", Acceptance.YES));
  }

  /** The example with every other section filled in as well. */
  private static CaseDocument full() {
    CaseDocument c = example();
    return new CaseDocument(
        c.format(),
        c.caseId(),
        c.assessmentDate(),
        c.patient(),
        c.surgeries(),
        c.course(),
        c.symptoms(),
        record(
            Exam.class,
            "motor",
            List.of(motor(Root.S1, Side.RIGHT, 4)),
            "sensory",
            List.of(),
            "reflexes",
            List.of(reflex(Reflex.ACHILLES, Side.RIGHT, ReflexStatus.ABSENT))),
        List.of(
            c.imaging().get(0),
            study(Modality.MRI, LocalDate.parse("2026-10-21"), new ModicChange(Level.L5_S1, 2))),
        new Labs(4.0, 12.0, 6.1, 5.4, LocalDate.parse("2026-10-20")),
        List.of(new Electrodiagnostic(null, EdxResult.ACUTE_RADICULOPATHY, Root.S1, Side.RIGHT)),
        new Vascular(1.05, 1.1),
        List.of(
            new DiagnosticBlock(
                BlockTarget.NERVE_ROOT, null, Root.S1, Side.RIGHT, 90, Comparative.SINGLE, null)),
        c.treatmentsTried(),
        record(Psychosocial.class, "phq9", 6, "gad7", 4),
        record(Function.class, "odi", 38),
        c.preferences(),
        null);
  }

  @Test
  void everyValueHasItsCatalogTypeAndSpelling() {
    for (CaseDocument c : List.of(aCase(), example(), full())) {
      assertConforms(c, derive(c));
    }
  }

  @Test
  void featuresComeInCatalogOrder() {
    List<String> catalogOrder = FeatureCatalog.all().stream().map(Feature::name).toList();

    List<String> derived = List.copyOf(derive(full()).values().keySet());

    assertThat(catalogOrder).containsSubsequence(derived);
  }

  @Test
  void aMinimalCaseKnowsOnlyItsOperation() {
    assertThat(derive(aCase()).values())
        .containsOnlyKeys(
            "monthsSinceIndexSurgery",
            "weeksSinceIndexSurgery",
            "lumbarOperations",
            "indexProcedure",
            "indexFusion",
            "anyFusion",
            "indexDecompressionOnly",
            "indexInstrumented",
            "fusionToSacrum",
            "operatedLevels",
            "known");
    assertThat(derive(aCase()).values().get("known"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("operatedLevels")
        .doesNotContain("known", "timingClass");
  }

  @Test
  void theExampleCaseReadsAsALateConcordantRecurrence() {
    Features f = derive(example());

    assertThat(f.values())
        .containsEntry("timingClass", "late_recurrence")
        .containsEntry("legDominant", true)
        .containsEntry("radicularPattern", true)
        .containsEntry("discHerniationConcordant", true)
        .containsEntry("discHerniationAtOperatedLevel", true)
        .containsEntry("discHerniationEnhancing", false)
        .containsEntry("gadoliniumMriSinceSurgery", true)
        .containsEntry("reflexDeficitRoots", List.of("S1"))
        .containsEntry("slrPositive", true)
        .containsEntry("conservativeCareWeeks", 8.0)
        .containsEntry("incidentalCompressiveFinding", false)
        .containsEntry("neuroDeficit", true)
        .doesNotContainKeys("motorDeficitRoots", "bilateralDeficit", "multiRootDeficit");
    assertThat(f.imaging())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.concordance()).isEqualTo(Concordance.CONCORDANT);
              assertThat(j.summary())
                  .isEqualTo("L5-S1 right paracentral disc herniation compressing S1");
              assertThat(j.reason())
                  .isEqualTo(
                      "S1 is among the painful dermatomes (right leg); reduced achilles reflex"
                          + " (S1) on the right");
            });
  }

  @Test
  void sameCaseGivesEqualFeatures() {
    assertThat(derive(full())).isEqualTo(derive(full()));
  }

  @Test
  void featuresCannotBeChanged() {
    Features f = derive(full());

    assertThatThrownBy(() -> f.values().put("age", 20L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.imaging().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
