package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.casefile.CaseDocument.ReflexStatus.ABSENT;
import static org.reassess.engine.casefile.CaseDocument.ReflexStatus.BRISK;
import static org.reassess.engine.casefile.CaseDocument.ReflexStatus.NORMAL;
import static org.reassess.engine.casefile.CaseDocument.ReflexStatus.REDUCED;
import static org.reassess.engine.casefile.Side.LEFT;
import static org.reassess.engine.casefile.Side.RIGHT;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.motor;
import static org.reassess.engine.features.TestCases.record;
import static org.reassess.engine.features.TestCases.reflex;
import static org.reassess.engine.features.TestCases.sensory;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Gait;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.PosNeg;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.Root;

class ExamFeaturesTest {

  private static Map<String, Object> features(Object... exam) {
    return derive(aCase("exam", record(Exam.class, exam))).values();
  }

  @Test
  void motorDeficitsByRoot() {
    assertThat(features("motor", List.of(motor(Root.L5, LEFT, 3), motor(Root.S1, LEFT, 5))))
        .containsEntry("minMotorGrade", 3L)
        .containsEntry("motorDeficitRoots", List.of("L5"))
        .containsEntry("multiRootDeficit", false)
        .containsEntry("neuroDeficit", true);
  }

  @Test
  void multiRootDeficitOnTwoRootsOrBothSides() {
    assertThat(features("motor", List.of(motor(Root.L4, LEFT, 4), motor(Root.L5, LEFT, 4))))
        .containsEntry("multiRootDeficit", true)
        .containsEntry("motorDeficitRoots", List.of("L4", "L5"));
    assertThat(features("motor", List.of(motor(Root.S1, LEFT, 4), motor(Root.S1, RIGHT, 4))))
        .containsEntry("multiRootDeficit", true);
  }

  @Test
  void motorUnknownWhenNotExamined() {
    assertThat(features("sensory", List.of()))
        .doesNotContainKeys("minMotorGrade", "motorDeficitRoots", "multiRootDeficit")
        .containsEntry("sensoryDeficitDermatomes", List.of());
  }

  @Test
  void normalNeurologyIsANegativeOnlyWhenFullyExamined() {
    List<?> normalMotor = List.of(motor(Root.L5, LEFT, 5));
    List<?> normalSensory = List.of(sensory(Root.L5, LEFT, SensoryStatus.NORMAL));
    List<?> normalReflexes = List.of(reflex(Reflex.ACHILLES, LEFT, NORMAL));

    assertThat(features("motor", normalMotor, "sensory", normalSensory, "reflexes", normalReflexes))
        .containsEntry("neuroDeficit", false)
        .containsEntry("motorDeficitRoots", List.of())
        .containsEntry("reflexDeficitRoots", List.of())
        .containsEntry("bilateralDeficit", false)
        .containsEntry("minMotorGrade", 5L);
    assertThat(features("motor", normalMotor, "sensory", normalSensory))
        .doesNotContainKey("neuroDeficit");
  }

  @Test
  void reflexDeficitsMapToTheirRoots() {
    assertThat(
            features(
                "reflexes",
                List.of(
                    reflex(Reflex.ACHILLES, RIGHT, REDUCED),
                    reflex(Reflex.PATELLAR, LEFT, ABSENT),
                    reflex(Reflex.PATELLAR, RIGHT, BRISK))))
        .containsEntry("reflexDeficitRoots", List.of("L4", "S1"))
        .containsEntry("neuroDeficit", true);
  }

  @Test
  void sensoryDeficitsAreReducedOrAbsent() {
    assertThat(
            features(
                "sensory",
                List.of(
                    sensory(Root.L5, LEFT, SensoryStatus.REDUCED),
                    sensory(Root.S1, LEFT, SensoryStatus.HYPERESTHESIA))))
        .containsEntry("sensoryDeficitDermatomes", List.of("L5"));
  }

  @Test
  void bilateralDeficitNeedsBothSides() {
    assertThat(
            features(
                "motor", List.of(motor(Root.L5, LEFT, 4)),
                "sensory", List.of(sensory(Root.S1, RIGHT, SensoryStatus.ABSENT))))
        .containsEntry("bilateralDeficit", true);
    assertThat(features("motor", List.of(motor(Root.L5, LEFT, 4))))
        .doesNotContainKey("bilateralDeficit");
    assertThat(
            features(
                "motor", List.of(motor(Root.L5, LEFT, 4)),
                "sensory", List.of(sensory(Root.L5, LEFT, SensoryStatus.REDUCED))))
        .containsEntry("bilateralDeficit", false);
  }

  @Test
  void tensionSigns() {
    assertThat(
            features(
                "straightLegRaise", new TensionSign(PosNeg.POSITIVE, LEFT, 40.0),
                "crossedStraightLegRaise", new TensionSign(PosNeg.NEGATIVE, RIGHT, null)))
        .containsEntry("slrPositive", true)
        .containsEntry("slrAngleDeg", 40.0)
        .containsEntry("crossedSlrPositive", false)
        .doesNotContainKey("femoralStretchPositive");
    assertThat(features("straightLegRaise", new TensionSign(PosNeg.NEGATIVE, LEFT, 80.0)))
        .containsEntry("slrPositive", false)
        .doesNotContainKey("slrAngleDeg");
  }

  @Test
  void otherFindingsAreCopied() {
    assertThat(
            features(
                "passiveLumbarExtensionTest",
                PosNeg.NEGATIVE,
                "sijProvocationPositive",
                3,
                "gait",
                Gait.FOOT_DROP,
                "fortinFingerSign",
                false))
        .containsEntry("passiveLumbarExtensionPositive", false)
        .containsEntry("sijProvocationPositive", 3L)
        .containsEntry("gait", "foot_drop")
        .containsEntry("fortinFingerSign", false)
        .doesNotContainKeys("upperMotorNeuronSigns", "woundStatus", "nonOrganicSigns");
  }

  @Test
  void ungradedMotorSignLeavesMotorFeaturesOpen() {
    assertThat(features("motor", List.of(new MotorFinding(Root.L5, LEFT, null))))
        .doesNotContainKeys(
            "minMotorGrade", "motorDeficitRoots", "multiRootDeficit", "neuroDeficit");
  }

  @Test
  void deficitOfUnrecordedRootIsADeficitOfNoListedRoot() {
    assertThat(features("motor", List.of(new MotorFinding(null, LEFT, 3))))
        .containsEntry("neuroDeficit", true)
        .containsEntry("minMotorGrade", 3L)
        .doesNotContainKeys("motorDeficitRoots", "multiRootDeficit");
  }

  @Test
  void reflexOfUnrecordedKindOrStatus() {
    assertThat(
            features(
                "reflexes",
                List.of(
                    new ReflexFinding(null, LEFT, ABSENT),
                    new ReflexFinding(Reflex.ACHILLES, null, null))))
        .containsEntry("neuroDeficit", true)
        .doesNotContainKey("reflexDeficitRoots");
  }

  @Test
  void tensionSignOfUnrecordedResultIsUnknown() {
    assertThat(features("straightLegRaise", new TensionSign(null, LEFT, 45.0)))
        .doesNotContainKeys("slrPositive", "slrAngleDeg");
  }
}
