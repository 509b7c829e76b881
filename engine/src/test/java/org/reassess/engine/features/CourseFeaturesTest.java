package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.record;
import static org.reassess.engine.features.TestCases.surgery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reassess.engine.casefile.CaseDocument.Complication;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.Indication;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Relief;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.Level;

class CourseFeaturesTest {

  private static Map<String, Object> features(List<Surgery> surgeries) {
    return derive(aCase("surgeries", surgeries)).values();
  }

  private static Map<String, Object> courseFeatures(Object... course) {
    return derive(aCase("course", record(Course.class, course))).values();
  }

  @Test
  void intervalsRunFromIndexSurgeryToAssessmentDate() {
    Map<String, Object> f = derive(aCase()).values();

    assertThat(f).containsEntry("monthsSinceIndexSurgery", 12.0);
    assertThat((Double) f.get("weeksSinceIndexSurgery")).isCloseTo(365 / 7.0, within(1e-9));
  }

  @Test
  void monthsAreCalendarMonthsWithTheFractionOfTheNext() {
    Map<String, Object> f =
        derive(
                aCase(
                    "assessmentDate", LocalDate.parse("2026-04-25"),
                    "surgeries",
                        List.of(
                            surgery(
                                LocalDate.parse("2026-01-10"),
                                Procedure.LAMINECTOMY,
                                Level.L4_L5))))
            .values();

    // 10 April to 10 May is 30 days, of which 15 have passed
    assertThat(f).containsEntry("monthsSinceIndexSurgery", 3.5);
  }

  @Test
  void indexSurgeryIsTheLatestAndEveryOperationCounts() {
    Map<String, Object> f =
        features(
            List.of(
                surgery(LocalDate.parse("2025-06-01"), Procedure.MICRODISCECTOMY, Level.L5_S1),
                surgery(LocalDate.parse("2019-02-01"), Procedure.INTERBODY_FUSION, Level.L4_L5)));

    assertThat(f)
        .containsEntry("lumbarOperations", 2L)
        .containsEntry("indexProcedure", "microdiscectomy")
        .containsEntry("operatedLevels", List.of("L5-S1"))
        .containsEntry("indexFusion", false)
        .containsEntry("anyFusion", true)
        .containsEntry("indexDecompressionOnly", true)
        .containsEntry("indexInstrumented", false);
  }

  @Test
  void entriesOnTheIndexDateAreOneOperation() {
    Surgery decompression = surgery(TestCases.SURGERY, Procedure.LAMINECTOMY, Level.L4_L5);
    Surgery fusion =
        new Surgery(
            TestCases.SURGERY,
            Procedure.POSTEROLATERAL_FUSION,
            List.of(Level.L4_L5, Level.L5_S1),
            null,
            Indication.SPONDYLOLISTHESIS,
            true,
            null,
            null);

    Map<String, Object> f = features(List.of(decompression, fusion));

    assertThat(f)
        .containsEntry("indexProcedure", "laminectomy")
        .containsEntry("indexIndication", "spondylolisthesis")
        .containsEntry("indexFusion", true)
        .containsEntry("indexDecompressionOnly", false)
        .containsEntry("indexInstrumented", true)
        .containsEntry("fusionToSacrum", true)
        .containsEntry("operatedLevels", List.of("L4-L5", "L5-S1"));
  }

  @Test
  void fusionAboveTheSacrumDoesNotReachIt() {
    Map<String, Object> f =
        features(List.of(surgery(TestCases.SURGERY, Procedure.INTERBODY_FUSION, Level.L3_L4)));

    assertThat(f)
        .containsEntry("fusionToSacrum", false)
        .containsEntry("indexFusion", true)
        .doesNotContainKey("indexInstrumented");
  }

  @Test
  void otherProcedureLeavesFusionAndInstrumentationUnknown() {
    Map<String, Object> f =
        features(List.of(surgery(TestCases.SURGERY, Procedure.OTHER, Level.L4_L5)));

    assertThat(f)
        .doesNotContainKeys(
            "indexFusion",
            "anyFusion",
            "indexDecompressionOnly",
            "indexInstrumented",
            "fusionToSacrum",
            "indexIndication")
        .containsEntry("indexProcedure", "other");
  }

  @Test
  void instrumentedDecompressionIsNotDecompressionOnly() {
    Surgery instrumented =
        new Surgery(
            TestCases.SURGERY,
            Procedure.LAMINECTOMY,
            List.of(Level.L4_L5),
            null,
            null,
            true,
            null,
            null);

    assertThat(features(List.of(instrumented)))
        .containsEntry("indexDecompressionOnly", false)
        .containsEntry("indexInstrumented", true);
  }

  @Test
  void complicationsAreUnknownUntilASurgeryReportsThem() {
    assertThat(derive(aCase()).values()).doesNotContainKey("complications");
  }

  @Test
  void complicationsDropNoneAndRepeats() {
    Surgery none = withComplications(LocalDate.parse("2019-01-01"), List.of(Complication.NONE));
    Surgery tear =
        withComplications(
            TestCases.SURGERY, List.of(Complication.DURAL_TEAR, Complication.DURAL_TEAR));

    assertThat(features(List.of(none))).containsEntry("complications", List.of());
    assertThat(features(List.of(none, tear))).containsEntry("complications", List.of("dural_tear"));
  }

  private static Surgery withComplications(LocalDate date, List<Complication> complications) {
    return new Surgery(
        date,
        Procedure.MICRODISCECTOMY,
        List.of(Level.L4_L5),
        null,
        null,
        null,
        null,
        complications);
  }

  @Test
  void neverImprovedWhateverTheInterval() {
    assertThat(courseFeatures("reliefAfterSurgery", Relief.NONE))
        .containsEntry("timingClass", "never_improved");
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, early_recurrence",
    "5.9, early_recurrence",
    "6.0, late_recurrence",
    "24.0, late_recurrence"
  })
  void timingClassAgainstTheSixMonthLandmark(double interval, String timingClass) {
    assertThat(
            courseFeatures(
                "reliefAfterSurgery", Relief.COMPLETE, "painFreeIntervalMonths", interval))
        .containsEntry("timingClass", timingClass)
        .containsEntry("painFreeIntervalMonths", interval);
  }

  @Test
  void timingClassUnknownWithoutReliefOrInterval() {
    assertThat(courseFeatures("painFreeIntervalMonths", 2.0)).doesNotContainKey("timingClass");
    assertThat(courseFeatures("reliefAfterSurgery", Relief.PARTIAL))
        .doesNotContainKey("timingClass")
        .containsEntry("reliefAfterSurgery", "partial");
  }

  @Test
  void courseUnknownWhenNotGiven() {
    assertThat(derive(aCase()).values())
        .doesNotContainKeys(
            "timingClass",
            "reliefAfterSurgery",
            "painFreeIntervalMonths",
            "painComparedToBefore",
            "trajectory",
            "onset");
  }

  @Test
  void fusedLevelsAreAdjacentWhenTheyShareAVertebra() {
    assertThat(Operations.adjacent(Level.L3_L4, Level.L4_L5)).isTrue();
    assertThat(Operations.adjacent(Level.T12_L1, Level.L1_L2)).isTrue();
    assertThat(Operations.adjacent(Level.L3_L4, Level.L5_S1)).isFalse();
    assertThat(Operations.adjacent(Level.L4_L5, Level.L4_L5)).isFalse();
  }
}
