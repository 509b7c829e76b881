package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.features.TestCases.AFTER_SURGERY;
import static org.reassess.engine.features.TestCases.SURGERY;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.mri;
import static org.reassess.engine.features.TestCases.record;
import static org.reassess.engine.features.TestCases.study;
import static org.reassess.engine.features.TestCases.surgery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.ImagingFinding.CollectionKind;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.DynamicInstability;
import org.reassess.engine.casefile.ImagingFinding.Enhancement;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.FusionState;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareIssue;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HipOsteoarthritis;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.ImagingFinding.SagittalMalalignment;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.ImagingFinding.VertebralFracture;
import org.reassess.engine.casefile.Level;

class ImagingFeaturesTest {

  private static final LocalDate BEFORE_SURGERY = LocalDate.parse("2025-01-15");

  private static Map<String, Object> features(ImagingStudy... studies) {
    return derive(aCase("imaging", List.of(studies))).values();
  }

  private static Map<String, Object> afterFusion(ImagingStudy... studies) {
    Surgery fusion = surgery(SURGERY, Procedure.INTERBODY_FUSION, Level.L4_L5);
    return derive(aCase("surgeries", List.of(fusion), "imaging", List.of(studies))).values();
  }

  private static Stenosis stenosis(Level level) {
    return record(
        Stenosis.class,
        "level",
        level,
        "location",
        StenosisLocation.CENTRAL,
        "severity",
        Severity.MODERATE);
  }

  private static ImagingStudy flexionExtension(ImagingFinding... findings) {
    return study(Modality.XRAY_FLEXION_EXTENSION, AFTER_SURGERY, findings);
  }

  @Test
  void withoutAnImagingListEveryImagingFeatureIsUnknown() {
    Map<String, Object> f = derive(aCase()).values();

    assertThat(f)
        .doesNotContainKeys(
            "modalitiesSinceSurgery",
            "gadoliniumMriSinceSurgery",
            "flexionExtensionFilmsSinceSurgery",
            "discHerniationOnImaging",
            "hardwareProblemOnImaging",
            "incidentalCompressiveFinding");
  }

  @Test
  void anEmptyImagingListSaysNoStudyWasDone() {
    assertThat(features())
        .containsEntry("modalitiesSinceSurgery", List.of())
        .containsEntry("gadoliniumMriSinceSurgery", false)
        .containsEntry("flexionExtensionFilmsSinceSurgery", false)
        .doesNotContainKeys("crossSectionalImagingSinceSurgery", "discHerniationOnImaging");
  }

  @Test
  void aNormalMriSinceSurgeryIsANegative() {
    assertThat(features(mri()))
        .containsEntry("modalitiesSinceSurgery", List.of("mri"))
        .containsEntry("crossSectionalImagingSinceSurgery", true)
        .containsEntry("discHerniationOnImaging", false)
        .containsEntry("stenosisOnImaging", false)
        .containsEntry("discHerniationConcordant", false)
        .containsEntry("compressiveLesionConcordant", false)
        .containsEntry("incidentalCompressiveFinding", false)
        .containsEntry("facetEffusion", false)
        .containsEntry("fluidCollections", List.of())
        .containsEntry("hardwareContactsConcordantRoot", false)
        .containsEntry("hardwareProblems", List.of())
        .doesNotContainKeys("instabilityOnDynamicFilms", "fusionStatus", "modicType");
  }

  @Test
  void onlyStudiesSinceSurgeryCount() {
    DiscHerniation herniation = record(DiscHerniation.class, "level", Level.L4_L5);

    assertThat(
            features(
                study(Modality.MRI, BEFORE_SURGERY, herniation),
                study(Modality.XRAY, AFTER_SURGERY)))
        .containsEntry("modalitiesSinceSurgery", List.of("xray"))
        .doesNotContainKeys("discHerniationOnImaging", "crossSectionalImagingSinceSurgery");
  }

  @Test
  void aStudyOnTheDayOfSurgeryCounts() {
    assertThat(features(study(Modality.MRI_GADOLINIUM, SURGERY)))
        .containsEntry("gadoliniumMriSinceSurgery", true)
        .containsEntry("modalitiesSinceSurgery", List.of("mri_gadolinium"));
  }

  @Test
  void lesionsAtTheOperatedLevel() {
    DiscHerniation operated = record(DiscHerniation.class, "level", Level.L4_L5);
    DiscHerniation above = record(DiscHerniation.class, "level", Level.L3_L4);

    assertThat(features(mri(operated))).containsEntry("discHerniationAtOperatedLevel", true);
    assertThat(features(mri(above))).containsEntry("discHerniationAtOperatedLevel", false);
    assertThat(features(mri(record(DiscHerniation.class))))
        .doesNotContainKey("discHerniationAtOperatedLevel");
  }

  @Test
  void stenosisNextToTheFusionIsAdjacentSegmentDisease() {
    assertThat(afterFusion(mri(stenosis(Level.L3_L4))))
        .containsEntry("stenosisAdjacentToFusion", true)
        .containsEntry("adjacentSegmentDegeneration", true)
        .containsEntry("adjacentSegmentStenosis", true)
        .containsEntry("stenosisAtOperatedLevel", false);
  }

  @Test
  void stenosisAtOrFarFromTheFusionIsNotAdjacent() {
    assertThat(afterFusion(mri(stenosis(Level.L2_L3))))
        .containsEntry("stenosisAdjacentToFusion", false)
        .containsEntry("adjacentSegmentDegeneration", false);
    assertThat(afterFusion(mri(stenosis(Level.L4_L5))))
        .containsEntry("stenosisAdjacentToFusion", false)
        .containsEntry("stenosisAtOperatedLevel", true);
  }

  @Test
  void fusedLevelsComeFromEveryFusion() {
    Surgery oldFusion =
        surgery(LocalDate.parse("2018-03-01"), Procedure.POSTEROLATERAL_FUSION, Level.L1_L2);
    Surgery index = surgery(SURGERY, Procedure.LAMINECTOMY, Level.L4_L5);

    Map<String, Object> f =
        derive(
                aCase(
                    "surgeries", List.of(oldFusion, index),
                    "imaging", List.of(mri(stenosis(Level.L2_L3)))))
            .values();

    assertThat(f).containsEntry("stenosisAdjacentToFusion", true);
  }

  @Test
  void withoutFusionNothingIsAdjacentToOne() {
    assertThat(features(mri(stenosis(Level.L3_L4))))
        .containsEntry("stenosisAdjacentToFusion", false)
        .containsEntry("adjacentSegmentStenosis", false);
  }

  @ParameterizedTest
  @CsvSource({"3.0, 15.0, false", "3.5, 10.0, true", "1.0, 16.0, true", "0.0, 0.0, false"})
  void instabilityAboveEitherThreshold(double translation, double angulation, boolean unstable) {
    DynamicInstability motion = new DynamicInstability(Level.L4_L5, translation, angulation);

    assertThat(features(flexionExtension(motion)))
        .containsEntry("instabilityOnDynamicFilms", unstable)
        .containsEntry("dynamicTranslationMm", translation)
        .containsEntry("dynamicAngulationDeg", angulation);
  }

  @Test
  void instabilityOpenWhenOneMeasureIsMissingBelowItsThreshold() {
    assertThat(features(flexionExtension(new DynamicInstability(Level.L4_L5, 2.0, null))))
        .doesNotContainKey("instabilityOnDynamicFilms");
    assertThat(features(flexionExtension(new DynamicInstability(Level.L4_L5, 5.0, null))))
        .containsEntry("instabilityOnDynamicFilms", true);
  }

  @Test
  void instabilityNeedsFlexionExtensionFilmsToBeExcluded() {
    assertThat(features(flexionExtension()))
        .containsEntry("instabilityOnDynamicFilms", false)
        .containsEntry("flexionExtensionFilmsSinceSurgery", true)
        .doesNotContainKey("dynamicTranslationMm");
    assertThat(features(mri())).doesNotContainKey("instabilityOnDynamicFilms");
  }

  @Test
  void largestTranslationOfSeveralLevels() {
    assertThat(
            features(
                flexionExtension(
                    new DynamicInstability(Level.L3_L4, 4.0, 5.0),
                    new DynamicInstability(Level.L4_L5, 2.0, 12.0))))
        .containsEntry("dynamicTranslationMm", 4.0)
        .containsEntry("dynamicAngulationDeg", 12.0);
  }

  @Test
  void centralStenosisMustBeModerateOrSevere() {
    Stenosis mild =
        record(Stenosis.class, "location", StenosisLocation.CENTRAL, "severity", Severity.MILD);
    Stenosis ungraded = record(Stenosis.class, "location", StenosisLocation.CENTRAL);
    Stenosis recess = record(Stenosis.class, "location", StenosisLocation.LATERAL_RECESS);

    assertThat(features(mri(stenosis(Level.L3_L4))))
        .containsEntry("centralStenosisOnImaging", true);
    assertThat(features(mri(mild))).containsEntry("centralStenosisOnImaging", false);
    assertThat(features(mri(ungraded))).doesNotContainKey("centralStenosisOnImaging");
    assertThat(features(mri(recess)))
        .containsEntry("foraminalStenosisOnImaging", true)
        .containsEntry("centralStenosisOnImaging", false);
  }

  @Test
  void onlyHomogeneousEnhancementCounts() {
    DiscHerniation rim = record(DiscHerniation.class, "enhancement", Enhancement.PERIPHERAL);
    DiscHerniation scarLike = record(DiscHerniation.class, "enhancement", Enhancement.HOMOGENEOUS);
    DiscHerniation plain = record(DiscHerniation.class);

    assertThat(features(mri(rim))).containsEntry("discHerniationEnhancing", false);
    assertThat(features(mri(scarLike))).containsEntry("discHerniationEnhancing", true);
    assertThat(features(mri(plain))).doesNotContainKey("discHerniationEnhancing");
  }

  @Test
  void fusionStatusIsTheWorstReported() {
    ImagingStudy ct =
        study(
            Modality.CT,
            AFTER_SURGERY,
            new FusionStatus(Level.L4_L5, FusionState.SOLID),
            new FusionStatus(Level.L5_S1, FusionState.PSEUDARTHROSIS),
            new FusionStatus(Level.L3_L4, FusionState.INDETERMINATE));

    assertThat(features(ct)).containsEntry("fusionStatus", "pseudarthrosis");
    assertThat(features(mri())).doesNotContainKey("fusionStatus");
  }

  @Test
  void hardwareProblemsOfUnreportedKindLeaveTheListOpen() {
    HardwareProblem loose = record(HardwareProblem.class, "problem", HardwareIssue.SCREW_LOOSENING);
    HardwareProblem unnamed = record(HardwareProblem.class);

    assertThat(features(study(Modality.XRAY, AFTER_SURGERY, loose)))
        .containsEntry("hardwareProblems", List.of("screw_loosening"))
        .containsEntry("hardwareProblemOnImaging", true);
    assertThat(features(study(Modality.XRAY, AFTER_SURGERY, loose, unnamed)))
        .doesNotContainKey("hardwareProblems")
        .containsEntry("hardwareProblemOnImaging", true);
  }

  @Test
  void fluidCollectionsAndAbscess() {
    FluidCollection abscess = new FluidCollection(Level.L4_L5, CollectionKind.ABSCESS);
    FluidCollection unnamed = new FluidCollection(Level.L4_L5, null);

    assertThat(features(mri(abscess)))
        .containsEntry("epiduralAbscessOnImaging", true)
        .containsEntry("fluidCollections", List.of("abscess"))
        .containsEntry("pseudomeningoceleOnImaging", false);
    assertThat(features(mri(unnamed)))
        .doesNotContainKeys(
            "epiduralAbscessOnImaging", "fluidCollections", "pseudomeningoceleOnImaging");
  }

  @Test
  void lowestModicTypeWins() {
    assertThat(features(mri(new ModicChange(Level.L4_L5, 2), new ModicChange(Level.L5_S1, 1))))
        .containsEntry("modicType", 1L);
    assertThat(features(mri())).doesNotContainKey("modicType");
  }

  @Test
  void fractureOnAnOldStudyStillCountsButIsNoLongerAcute() {
    assertThat(
            features(
                study(Modality.CT, BEFORE_SURGERY, new VertebralFracture("L1", true)),
                study(Modality.XRAY, AFTER_SURGERY)))
        .containsEntry("vertebralFractureOnImaging", true)
        .containsEntry("acuteVertebralFracture", false);
  }

  @Test
  void hipOsteoarthritisOnAnyStudyNegativeOnlyFromAPelvisFilm() {
    ImagingStudy oldPelvis =
        study(
            Modality.PELVIS_HIP_XRAY,
            BEFORE_SURGERY,
            new HipOsteoarthritis(null, Severity.MILD),
            new HipOsteoarthritis(null, Severity.MODERATE));

    assertThat(features(oldPelvis))
        .containsEntry("hipOsteoarthritisOnImaging", true)
        .containsEntry("hipOsteoarthritisSeverity", "moderate");
    assertThat(features(study(Modality.PELVIS_HIP_XRAY, AFTER_SURGERY)))
        .containsEntry("hipOsteoarthritisOnImaging", false)
        .doesNotContainKey("hipOsteoarthritisSeverity");
    assertThat(features(mri()))
        .doesNotContainKeys("hipOsteoarthritisOnImaging", "sijArthropathyOnImaging")
        .containsEntry("tumorOnImaging", false);
  }

  @Test
  void sagittalMeasuresFromTheLatestStudy() {
    ImagingStudy earlier =
        study(
            Modality.XRAY_STANDING_FULL_LENGTH,
            LocalDate.parse("2025-09-01"),
            new SagittalMalalignment(80.0, 25.0, 30.0));
    ImagingStudy later =
        study(
            Modality.XRAY_STANDING_FULL_LENGTH,
            AFTER_SURGERY,
            new SagittalMalalignment(60.0, null, null));

    assertThat(features(later, earlier))
        .containsEntry("svaMm", 60.0)
        .containsEntry("piLlMismatchDeg", 25.0)
        .containsEntry("sagittalMalalignmentOnImaging", true);
    assertThat(features(study(Modality.XRAY_STANDING_FULL_LENGTH, AFTER_SURGERY)))
        .containsEntry("sagittalMalalignmentOnImaging", false);
  }
}
