package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reassess.engine.casefile.CaseDocument.LegPainSide.BILATERAL;
import static org.reassess.engine.casefile.CaseDocument.LegPainSide.NONE;
import static org.reassess.engine.casefile.Side.LEFT;
import static org.reassess.engine.casefile.Side.RIGHT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.CONCORDANT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.NOT_CONCORDANT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.UNKNOWN;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.motor;
import static org.reassess.engine.features.TestCases.mri;
import static org.reassess.engine.features.TestCases.record;
import static org.reassess.engine.features.TestCases.reflex;
import static org.reassess.engine.features.TestCases.sensory;
import static org.reassess.engine.features.TestCases.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.HardwareIssue;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HerniationZone;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;

class ConcordanceTest {

  /** Left paracentral L4-L5 herniation: by level it compresses the traversing L5. */
  private static final DiscHerniation LEFT_L4_L5 =
      record(
          DiscHerniation.class,
          "level",
          Level.L4_L5,
          "side",
          LEFT,
          "zone",
          HerniationZone.PARACENTRAL);

  private static Symptoms legPain(LegPainSide side, Root... dermatomes) {
    return record(Symptoms.class, "legPainSide", side, "dermatomes", List.of(dermatomes));
  }

  private static Exam exam(Object... fields) {
    return record(Exam.class, fields);
  }

  private static Features features(ImagingFinding finding, Object... caseFields) {
    List<Object> fields = new ArrayList<>(Arrays.asList(caseFields));
    fields.addAll(List.of("imaging", List.of(mri(finding))));
    return derive(aCase(fields.toArray()));
  }

  private static ImagingJudgement judgement(ImagingFinding finding, Object... caseFields) {
    List<ImagingJudgement> judgements = features(finding, caseFields).imaging();
    assertThat(judgements).hasSize(1);
    return judgements.get(0);
  }

  @Test
  void concordantByDermatome() {
    Features f = features(LEFT_L4_L5, "symptoms", legPain(LegPainSide.LEFT, Root.L5));
    ImagingJudgement j = f.imaging().get(0);

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.root()).isEqualTo("L5");
    assertThat(j.pointer()).isEqualTo("/imaging/0/findings/0");
    assertThat(j.type()).isEqualTo("disc_herniation");
    assertThat(j.summary())
        .isEqualTo("L4-L5 left paracentral disc herniation (L5 by level, traversing root)");
    assertThat(j.reason()).isEqualTo("L5 is among the painful dermatomes (left leg)");
    assertThat(f.values())
        .containsEntry("discHerniationConcordant", true)
        .containsEntry("compressiveLesionConcordant", true)
        .containsEntry("incidentalCompressiveFinding", false);
  }

  @Test
  void concordantByMotorDeficitOnTheLesionSide() {
    ImagingJudgement j =
        judgement(LEFT_L4_L5, "exam", exam("motor", List.of(motor(Root.L5, LEFT, 4))));

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.reason()).isEqualTo("L5 motor deficit (MRC 4) on the left");
  }

  @Test
  void concordantBySensoryDeficit() {
    ImagingJudgement j =
        judgement(
            LEFT_L4_L5,
            "symptoms",
            legPain(LegPainSide.LEFT),
            "exam",
            exam("sensory", List.of(sensory(Root.L5, LEFT, SensoryStatus.REDUCED))));

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.reason()).isEqualTo("reduced sensation in the L5 dermatome on the left");
  }

  @Test
  void concordantByReflexOfTheReportedRoot() {
    DiscHerniation rightS1 =
        record(
            DiscHerniation.class, "level", Level.L5_S1, "side", RIGHT, "compressedRoot", Root.S1);

    ImagingJudgement j =
        judgement(
            rightS1,
            "symptoms",
            legPain(LegPainSide.RIGHT),
            "exam",
            exam("reflexes", List.of(reflex(Reflex.ACHILLES, RIGHT, ReflexStatus.REDUCED))));

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.summary()).isEqualTo("L5-S1 right disc herniation compressing S1");
    assertThat(j.reason()).isEqualTo("reduced achilles reflex (S1) on the right");
  }

  @Test
  void deficitOnTheOtherSideDoesNotMatch() {
    ImagingJudgement j =
        judgement(
            LEFT_L4_L5,
            "symptoms",
            legPain(BILATERAL, Root.S1),
            "exam",
            exam("motor", List.of(motor(Root.L5, RIGHT, 4))));

    assertThat(j.concordance()).isEqualTo(NOT_CONCORDANT);
    assertThat(j.reason())
        .isEqualTo("L5 is not among the painful dermatomes (S1) and no L5 deficit on examination");
  }

  @Test
  void sideMismatchIsNotConcordant() {
    Features f = features(LEFT_L4_L5, "symptoms", legPain(LegPainSide.RIGHT, Root.L5));
    ImagingJudgement j = f.imaging().get(0);

    assertThat(j.concordance()).isEqualTo(NOT_CONCORDANT);
    assertThat(j.reason()).isEqualTo("Left-sided lesion, leg pain on the right");
    assertThat(f.values())
        .containsEntry("discHerniationConcordant", false)
        .containsEntry("incidentalCompressiveFinding", true);
  }

  @Test
  void wrongRootIsNotConcordant() {
    ImagingJudgement j = judgement(LEFT_L4_L5, "symptoms", legPain(LegPainSide.LEFT, Root.S1));

    assertThat(j.concordance()).isEqualTo(NOT_CONCORDANT);
    assertThat(j.reason()).isEqualTo("L5 is not among the painful dermatomes (S1)");
  }

  @Test
  void foraminalHerniationAffectsTheExitingRoot() {
    DiscHerniation foraminal =
        record(
            DiscHerniation.class,
            "level",
            Level.L4_L5,
            "side",
            LEFT,
            "zone",
            HerniationZone.FORAMINAL);

    ImagingJudgement j = judgement(foraminal, "symptoms", legPain(LegPainSide.LEFT, Root.L4));

    assertThat(j.root()).isEqualTo("L4");
    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.summary()).endsWith("(L4 by level, exiting root)");
  }

  @Test
  void unknownWithoutSymptomsOrExamination() {
    Features f = features(LEFT_L4_L5);
    ImagingJudgement j = f.imaging().get(0);

    assertThat(j.concordance()).isEqualTo(UNKNOWN);
    assertThat(f.values())
        .containsEntry("discHerniationOnImaging", true)
        .doesNotContainKeys(
            "discHerniationConcordant",
            "compressiveLesionConcordant",
            "incidentalCompressiveFinding");
  }

  @Test
  void unknownWhenTheRootCannotBeTold() {
    DiscHerniation unplaced = record(DiscHerniation.class, "side", LEFT);

    ImagingJudgement j = judgement(unplaced, "symptoms", legPain(LegPainSide.LEFT, Root.L5));

    assertThat(j.concordance()).isEqualTo(UNKNOWN);
    assertThat(j.root()).isNull();
    assertThat(j.summary()).isEqualTo("left disc herniation");
  }

  @Test
  void dermatomeMatchWithoutALegPainSideStaysOpen() {
    Symptoms unsided = record(Symptoms.class, "dermatomes", List.of(Root.L5));

    assertThat(judgement(LEFT_L4_L5, "symptoms", unsided).concordance()).isEqualTo(UNKNOWN);
  }

  @Test
  void noLegPainIsNotConcordant() {
    ImagingJudgement j = judgement(LEFT_L4_L5, "symptoms", legPain(NONE));

    assertThat(j.concordance()).isEqualTo(NOT_CONCORDANT);
    assertThat(j.reason()).isEqualTo("no leg pain");
  }

  @Test
  void painlessDeficitOfTheRootStillMatches() {
    ImagingJudgement j =
        judgement(
            LEFT_L4_L5,
            "symptoms",
            legPain(NONE),
            "exam",
            exam("motor", List.of(motor(Root.L5, LEFT, 2))));

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
  }

  @Test
  void centralStenosisWithClaudicationIsConcordantWithoutARoot() {
    Stenosis central =
        record(
            Stenosis.class,
            "level",
            Level.L3_L4,
            "location",
            StenosisLocation.CENTRAL,
            "severity",
            Severity.SEVERE);
    Symptoms claudication =
        record(
            Symptoms.class,
            "legPainSide",
            BILATERAL,
            "dermatomes",
            List.of(Root.S1),
            "neurogenicClaudication",
            true);

    Features f = features(central, "symptoms", claudication);
    ImagingJudgement j = f.imaging().get(0);

    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.reason()).isEqualTo("central stenosis with neurogenic claudication");
    assertThat(j.summary())
        .isEqualTo("L3-L4 severe central stenosis (L4 by level, traversing root)");
    assertThat(f.values())
        .containsEntry("stenosisConcordant", true)
        .containsEntry("foraminalStenosisConcordant", false)
        .containsEntry("centralStenosisOnImaging", true);
  }

  @Test
  void centralStenosisStaysOpenWhileClaudicationIsNotRecorded() {
    Stenosis central =
        record(Stenosis.class, "level", Level.L3_L4, "location", StenosisLocation.CENTRAL);

    ImagingJudgement j = judgement(central, "symptoms", legPain(BILATERAL, Root.S1));

    assertThat(j.concordance()).isEqualTo(UNKNOWN);
  }

  @Test
  void foraminalStenosisCompressesTheExitingRoot() {
    Stenosis foraminal =
        record(
            Stenosis.class,
            "level",
            Level.L5_S1,
            "side",
            LEFT,
            "location",
            StenosisLocation.FORAMINAL);

    Features f = features(foraminal, "symptoms", legPain(LegPainSide.LEFT, Root.L5));

    assertThat(f.imaging().get(0).root()).isEqualTo("L5");
    assertThat(f.values())
        .containsEntry("foraminalStenosisConcordant", true)
        .containsEntry("stenosisConcordant", true)
        .containsEntry("foraminalStenosisOnImaging", true);
  }

  @Test
  void twoLesionsOnlyOneMatches() {
    DiscHerniation rightS1 =
        record(
            DiscHerniation.class, "level", Level.L5_S1, "side", RIGHT, "compressedRoot", Root.S1);

    Features f =
        derive(
            aCase(
                "symptoms", legPain(LegPainSide.LEFT, Root.L5),
                "imaging", List.of(mri(LEFT_L4_L5, rightS1))));

    assertThat(f.imaging())
        .extracting(ImagingJudgement::pointer, ImagingJudgement::concordance)
        .containsExactly(
            tuple("/imaging/0/findings/0", CONCORDANT),
            tuple("/imaging/0/findings/1", NOT_CONCORDANT));
    assertThat(f.values())
        .containsEntry("discHerniationConcordant", true)
        .containsEntry("compressiveLesionConcordant", true)
        .containsEntry("incidentalCompressiveFinding", true);
  }

  @Test
  void studiesBeforeSurgeryAreNotJudged() {
    Features f =
        derive(
            aCase(
                "symptoms", legPain(LegPainSide.LEFT, Root.L5),
                "imaging",
                    List.of(
                        study(Modality.MRI, LocalDate.parse("2025-01-15"), LEFT_L4_L5), mri())));

    assertThat(f.imaging()).isEmpty();
    assertThat(f.values())
        .containsEntry("discHerniationOnImaging", false)
        .containsEntry("discHerniationConcordant", false)
        .containsEntry("incidentalCompressiveFinding", false);
  }

  @Test
  void fibrosisEncasingTheRootIsJudgedButIsNotACompressiveLesion() {
    EpiduralFibrosis scar =
        record(EpiduralFibrosis.class, "level", Level.L4_L5, "side", LEFT, "encasesRoot", Root.L5);

    Features f = features(scar, "symptoms", legPain(LegPainSide.LEFT, Root.L5));

    assertThat(f.imaging().get(0).summary()).isEqualTo("L4-L5 left epidural fibrosis encasing L5");
    assertThat(f.values())
        .containsEntry("fibrosisConcordant", true)
        .containsEntry("fibrosisOnImaging", true)
        .containsEntry("compressiveLesionConcordant", false);
  }

  @Test
  void hardwareIsJudgedOnlyWhenItContactsARoot() {
    HardwareProblem screw =
        record(
            HardwareProblem.class,
            "level",
            Level.L5_S1,
            "side",
            RIGHT,
            "problem",
            HardwareIssue.SCREW_MALPOSITION,
            "contactsRoot",
            Root.L5);
    HardwareProblem loose =
        record(
            HardwareProblem.class, "level", Level.L4_L5, "problem", HardwareIssue.SCREW_LOOSENING);

    Features f =
        derive(
            aCase(
                "symptoms", legPain(LegPainSide.RIGHT, Root.L5),
                "imaging", List.of(mri(screw, loose))));

    assertThat(f.imaging())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.summary()).isEqualTo("L5-S1 right screw malposition contacting L5");
              assertThat(j.concordance()).isEqualTo(CONCORDANT);
            });
    assertThat(f.values())
        .containsEntry("hardwareContactsConcordantRoot", true)
        .containsEntry("compressiveLesionConcordant", true);
  }

  @Test
  void adjacentSegmentStenosisIsJudgedAtItsTraversingRoot() {
    AdjacentSegmentDegeneration asd =
        record(AdjacentSegmentDegeneration.class, "level", Level.L3_L4, "withStenosis", true);

    ImagingJudgement j = judgement(asd, "symptoms", legPain(LegPainSide.RIGHT, Root.L4));

    assertThat(j.root()).isEqualTo("L4");
    assertThat(j.concordance()).isEqualTo(CONCORDANT);
    assertThat(j.type()).isEqualTo("adjacent_segment_degeneration");
  }

  @Test
  void judgementsNameOnlyAnatomy() {
    Features f =
        features(
            LEFT_L4_L5,
            "caseId",
            "patient-4711-smith",
            "symptoms",
            legPain(LegPainSide.RIGHT, Root.L5));

    assertThat(f.imaging())
        .allSatisfy(
            j -> {
              assertThat(j.summary()).doesNotContain("4711", "smith");
              assertThat(j.reason()).doesNotContain("4711", "smith").isNotBlank();
            });
  }

  @Test
  void legPainOnBothSidesFitsALateralLesion() {
    assertThat(judgement(LEFT_L4_L5, "symptoms", legPain(BILATERAL, Root.L5)).concordance())
        .isEqualTo(CONCORDANT);
  }

  @Test
  void unsidedLesionFitsEitherLeg() {
    DiscHerniation unsided = record(DiscHerniation.class, "level", Level.L4_L5);

    assertThat(judgement(unsided, "symptoms", legPain(LegPainSide.RIGHT, Root.L5)).concordance())
        .isEqualTo(CONCORDANT);
    assertThat(judgement(unsided, "symptoms", legPain(LegPainSide.RIGHT, Root.S1)).concordance())
        .isEqualTo(NOT_CONCORDANT);
  }

  @Test
  void sidesOfAFindingAreWordsNotDuplicates() {
    Stenosis central =
        record(
            Stenosis.class,
            "level",
            Level.L4_L5,
            "side",
            Side.CENTRAL,
            "location",
            StenosisLocation.CENTRAL);

    assertThat(judgement(central).summary()).startsWith("L4-L5 central stenosis");
  }

  @Test
  void deficitOfUnrecordedSideMatchesOnlyAnUnsidedLesion() {
    Exam unsidedDeficit = exam("motor", List.of(new MotorFinding(Root.L5, null, 4)));
    DiscHerniation unsided = record(DiscHerniation.class, "level", Level.L4_L5);

    assertThat(judgement(LEFT_L4_L5, "exam", unsidedDeficit).concordance()).isEqualTo(UNKNOWN);
    assertThat(judgement(unsided, "exam", unsidedDeficit))
        .satisfies(
            j -> {
              assertThat(j.concordance()).isEqualTo(CONCORDANT);
              assertThat(j.reason()).isEqualTo("L5 motor deficit (MRC 4)");
            });
  }

  @Test
  void ungradedSignOfTheRootKeepsTheJudgementOpen() {
    ImagingJudgement j =
        judgement(
            LEFT_L4_L5,
            "symptoms",
            legPain(LegPainSide.LEFT, Root.S1),
            "exam",
            exam("motor", List.of(new MotorFinding(Root.L5, LEFT, null))));

    assertThat(j.concordance()).isEqualTo(UNKNOWN);
  }

  @Test
  void hardwareOnRadiographsLeavesRootContactOpen() {
    HardwareProblem malposition =
        record(
            HardwareProblem.class,
            "level",
            Level.L5_S1,
            "side",
            RIGHT,
            "problem",
            HardwareIssue.SCREW_MALPOSITION);
    Symptoms rightL5 = legPain(LegPainSide.RIGHT, Root.L5);

    Features xray =
        derive(
            aCase(
                "symptoms",
                rightL5,
                "imaging",
                List.of(study(Modality.XRAY, TestCases.AFTER_SURGERY, malposition))));
    Features ct =
        derive(
            aCase(
                "symptoms",
                rightL5,
                "imaging",
                List.of(study(Modality.CT, TestCases.AFTER_SURGERY, malposition))));

    assertThat(xray.imaging()).isEmpty();
    assertThat(xray.values())
        .containsEntry("hardwareProblemOnImaging", true)
        .containsEntry("hardwareProblems", List.of("screw_malposition"))
        .doesNotContainKeys("hardwareContactsConcordantRoot", "compressiveLesionConcordant");
    assertThat(ct.values())
        .containsEntry("hardwareContactsConcordantRoot", false)
        .containsEntry("compressiveLesionConcordant", false);
  }
}
