package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.EdxResult;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.Vascular;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;

class LabsFeaturesTest {

  private static final Symptoms LEFT_L5 =
      record(Symptoms.class, "legPainSide", LegPainSide.LEFT, "dermatomes", List.of(Root.L5));

  private static Map<String, Object> edx(Electrodiagnostic... studies) {
    return derive(aCase("symptoms", LEFT_L5, "electrodiagnostics", List.of(studies))).values();
  }

  private static Electrodiagnostic emg(EdxResult result, Root root, Side side) {
    return new Electrodiagnostic(null, result, root, side);
  }

  @Test
  void labsAreCopiedWithWeeksAfterSurgery() {
    Labs labs = new Labs(12.5, 40.0, null, null, LocalDate.parse("2025-07-13"));

    assertThat(derive(aCase("labs", labs)).values())
        .containsEntry("crpMgL", 12.5)
        .containsEntry("esrMmH", 40.0)
        .containsEntry("labsWeeksAfterSurgery", 6.0)
        .doesNotContainKeys("wbc", "hba1cPercent");
  }

  @Test
  void labsBeforeSurgeryGiveNegativeWeeks() {
    Labs labs = new Labs(3.0, null, null, null, LocalDate.parse("2025-05-25"));

    assertThat(derive(aCase("labs", labs)).values()).containsEntry("labsWeeksAfterSurgery", -1.0);
  }

  @Test
  void undatedLabsHaveNoInterval() {
    assertThat(derive(aCase("labs", new Labs(3.0, null, null, null, null))).values())
        .doesNotContainKey("labsWeeksAfterSurgery");
  }

  @Test
  void noElectrodiagnosticStudyIsUnknownNotNormal() {
    assertThat(edx()).doesNotContainKeys("edxResults", "edxRadiculopathyConcordant");
    assertThat(derive(aCase()).values()).doesNotContainKey("edxResults");
  }

  @Test
  void radiculopathyAtThePainfulRootAndSideIsConcordant() {
    assertThat(
            edx(
                emg(EdxResult.CHRONIC_RADICULOPATHY, Root.L5, Side.LEFT),
                emg(EdxResult.PERIPHERAL_POLYNEUROPATHY, Root.S1, Side.BILATERAL)))
        .containsEntry("edxRadiculopathyConcordant", true)
        .containsEntry("edxResults", List.of("chronic_radiculopathy", "peripheral_polyneuropathy"));
  }

  @Test
  void radiculopathyElsewhereOrANormalStudyIsNotConcordant() {
    assertThat(edx(emg(EdxResult.ACUTE_RADICULOPATHY, Root.S1, Side.LEFT)))
        .containsEntry("edxRadiculopathyConcordant", false);
    assertThat(edx(emg(EdxResult.ACUTE_RADICULOPATHY, Root.L5, Side.RIGHT)))
        .containsEntry("edxRadiculopathyConcordant", false);
    assertThat(edx(new Electrodiagnostic(null, EdxResult.NORMAL, null, null)))
        .containsEntry("edxRadiculopathyConcordant", false)
        .containsEntry("edxResults", List.of("normal"));
  }

  @Test
  void radiculopathyOfUnreportedRootIsOpen() {
    assertThat(edx(new Electrodiagnostic(null, EdxResult.ACUTE_RADICULOPATHY, null, Side.LEFT)))
        .doesNotContainKey("edxRadiculopathyConcordant");
  }

  @Test
  void studyOfUnrecordedResultLeavesTheResultsOpen() {
    assertThat(edx(new Electrodiagnostic(null, null, Root.L5, Side.LEFT)))
        .doesNotContainKeys("edxResults", "edxRadiculopathyConcordant");
    assertThat(
            edx(
                new Electrodiagnostic(null, null, Root.S1, Side.LEFT),
                emg(EdxResult.CHRONIC_RADICULOPATHY, Root.L5, Side.LEFT)))
        .containsEntry("edxRadiculopathyConcordant", true)
        .doesNotContainKey("edxResults");
  }

  @Test
  void lowestAnkleBrachialIndexOfTheMeasuredSides() {
    assertThat(derive(aCase("vascular", new Vascular(0.8, 1.1))).values())
        .containsEntry("abiMin", 0.8);
    assertThat(derive(aCase("vascular", new Vascular(null, 0.7))).values())
        .containsEntry("abiMin", 0.7);
    assertThat(derive(aCase("vascular", new Vascular(null, null))).values())
        .doesNotContainKey("abiMin");
  }
}
