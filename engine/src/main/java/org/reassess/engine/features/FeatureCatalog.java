package org.reassess.engine.features;

import static org.reassess.engine.features.FeatureType.BOOL;
import static org.reassess.engine.features.FeatureType.DOUBLE;
import static org.reassess.engine.features.FeatureType.INT;
import static org.reassess.engine.features.FeatureType.STRING;
import static org.reassess.engine.features.FeatureType.STRING_LIST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.WireEnum;

/**
 * Every feature knowledge-base expressions may use: the contract between {@code FeatureDeriver}
 * (which computes them from a case) and the knowledge base (which reasons over them). The loader
 * declares exactly these variables to the expression compiler, so a misspelt feature fails at load
 * time with its file, line and column.
 *
 * <p>Rules every feature follows: a feature the case does not let us know is absent (unknown), not
 * {@code false}; lists are absent when the case leaves the underlying list out and empty when the
 * case says "none"; thresholds that turn a number into a yes/no come from the knowledge base's
 * parameters (with their citations), never from Java.
 */
public final class FeatureCatalog {

  private static final Map<String, Feature> BY_NAME = new LinkedHashMap<>();

  private FeatureCatalog() {}

  /** All features in declaration order. */
  public static List<Feature> all() {
    return List.copyOf(BY_NAME.values());
  }

  public static Optional<Feature> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static void bool(String name, String meaning) {
    add(new Feature(name, BOOL, List.of(), meaning));
  }

  private static void integer(String name, String meaning) {
    add(new Feature(name, INT, List.of(), meaning));
  }

  private static void decimal(String name, String meaning) {
    add(new Feature(name, DOUBLE, List.of(), meaning));
  }

  private static void string(String name, List<String> values, String meaning) {
    add(new Feature(name, STRING, values, meaning));
  }

  private static void list(String name, List<String> values, String meaning) {
    add(new Feature(name, STRING_LIST, values, meaning));
  }

  private static <E extends Enum<E> & WireEnum> List<String> of(Class<E> type) {
    return WireEnum.spellings(type);
  }

  private static List<String> without(List<String> values, String excluded) {
    List<String> copy = new ArrayList<>(values);
    copy.remove(excluded);
    return copy;
  }

  private static void add(Feature feature) {
    if (BY_NAME.putIfAbsent(feature.name(), feature) != null) {
      throw new IllegalStateException("feature declared twice: " + feature.name());
    }
  }

  private static final List<String> BLOCK_RESULTS = List.of("confirmed", "positive", "negative");
  private static final List<String> ROOTS = of(Root.class);

  static {
    // ------------------------------------------------------------ the index surgery and course
    decimal("monthsSinceIndexSurgery", "Months from the index (latest) surgery to assessmentDate.");
    decimal("weeksSinceIndexSurgery", "Weeks from the index surgery to assessmentDate.");
    integer("lumbarOperations", "Number of lumbar operations listed (all surgeries).");
    string("indexProcedure", of(CaseDocument.Procedure.class), "Procedure of the index surgery.");
    string(
        "indexIndication", of(CaseDocument.Indication.class), "Indication of the index surgery.");
    bool(
        "indexFusion",
        "The index surgery was a fusion (posterolateral or interbody); known from the procedure.");
    bool(
        "anyFusion",
        "Any listed surgery was a fusion; the fused levels are those of fusion procedures.");
    bool(
        "indexDecompressionOnly",
        "The index surgery was a decompression without fusion or implant (discectomy family,"
            + " laminotomy, laminectomy, foraminotomy).");
    bool("indexInstrumented", "The index surgery used pedicle screws, rods or cages.");
    bool("fusionToSacrum", "Any fusion extends to the sacrum (from any surgery).");
    list(
        "operatedLevels",
        List.of("T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"),
        "Levels of the index surgery.");
    list(
        "complications",
        without(of(CaseDocument.Complication.class), "none"),
        "Complications reported for any surgery ('none' entries dropped); absent when no"
            + " surgery reports complications.");
    string(
        "timingClass",
        List.of("never_improved", "early_recurrence", "late_recurrence"),
        "never_improved when reliefAfterSurgery is none; otherwise early_recurrence when the"
            + " pain-free interval is shorter than the knowledge base's recurrence landmark, else"
            + " late_recurrence. Absent when relief or interval is unknown.");
    string("reliefAfterSurgery", of(CaseDocument.Relief.class), "course.reliefAfterSurgery.");
    decimal("painFreeIntervalMonths", "course.painFreeIntervalMonths.");
    string(
        "painComparedToBefore",
        of(CaseDocument.PainComparison.class),
        "course.painComparedToBefore.");
    string("trajectory", of(CaseDocument.Trajectory.class), "course.trajectory.");
    string("onset", of(CaseDocument.Onset.class), "course.onset.");

    // ------------------------------------------------------------ patient
    integer("age", "patient.age.");
    string("sex", of(CaseDocument.Sex.class), "patient.sex.");
    decimal("bmi", "patient.bmi.");
    for (String flag :
        List.of(
            "smoker",
            "diabetes",
            "osteoporosis",
            "cancerHistory",
            "immunosuppressed",
            "ivDrugUse",
            "anticoagulated",
            "peripheralArteryDisease",
            "inflammatoryArthritis")) {
      bool(flag, "patient." + flag + ".");
    }

    // ------------------------------------------------------------ symptoms
    integer("backPainNrs", "symptoms.backPainNrs (0-10).");
    integer("legPainNrs", "symptoms.legPainNrs (0-10, worst leg).");
    bool("legDominant", "Leg pain NRS greater than back pain NRS; needs both.");
    bool("backDominant", "Back pain NRS greater than leg pain NRS; needs both.");
    string(
        "legPainSide",
        of(CaseDocument.LegPainSide.class),
        "symptoms.legPainSide (none = no leg pain).");
    string(
        "legPainDistribution",
        of(CaseDocument.LegPainDistribution.class),
        "symptoms.legPainDistribution.");
    list("dermatomes", ROOTS, "symptoms.dermatomes: roots the leg pain follows.");
    bool("painBelowKnee", "symptoms.painBelowKnee.");
    bool(
        "radicularPattern",
        "Leg pain that follows a dermatome: distribution dermatomal, or dermatomes listed with pain"
            + " below the knee. False when there is no leg pain or it is non-dermatomal.");
    list("painLocations", of(CaseDocument.PainLocation.class), "symptoms.painLocations.");
    list(
        "neuropathicDescriptors",
        of(CaseDocument.NeuropathicDescriptor.class),
        "symptoms.neuropathicDescriptors.");
    integer("neuropathicDescriptorCount", "Number of neuropathic descriptors reported.");
    bool(
        "neuropathicProfile",
        "At least the knowledge base's threshold of neuropathic descriptors (parameter"
            + " neuropathic.minDescriptors).");
    bool("neurogenicClaudication", "symptoms.neurogenicClaudication.");
    list("aggravatedBy", of(CaseDocument.Aggravator.class), "symptoms.aggravatedBy.");
    list("relievedBy", of(CaseDocument.Reliever.class), "symptoms.relievedBy.");
    for (String flag :
        List.of(
            "nightPain",
            "restPain",
            "positionalHeadache",
            "numbness",
            "saddleAnesthesia",
            "bilateralLegSymptomsNew",
            "fever",
            "chills",
            "unexplainedWeightLoss",
            "recentTrauma",
            "legColdPale")) {
      bool(flag, "symptoms." + flag + ".");
    }
    bool("weaknessPresent", "symptoms.weakness.present.");
    bool("weaknessProgressive", "symptoms.weakness.progressive.");
    decimal(
        "weaknessOnsetWeeksAgo", "Weeks from symptoms.weakness.onsetDate to the assessment date.");
    string("bladder", of(CaseDocument.Bladder.class), "symptoms.bladder.");
    string("bowel", of(CaseDocument.Bowel.class), "symptoms.bowel.");
    string("woundProblem", of(CaseDocument.WoundProblem.class), "symptoms.woundProblem.");
    integer("painSites", "symptoms.painSites.");

    // ------------------------------------------------------------ examination
    integer("minMotorGrade", "Lowest MRC grade recorded in exam.motor (absent when not examined).");
    list(
        "motorDeficitRoots",
        ROOTS,
        "Roots with an MRC grade below 5 (empty when motor was examined and normal).");
    list(
        "sensoryDeficitDermatomes",
        ROOTS,
        "Dermatomes with reduced or absent sensation (empty when examined and normal).");
    list(
        "reflexDeficitRoots",
        ROOTS,
        "Roots whose reflex is reduced or absent (patellar -> L4, achilles -> S1, from the"
            + " knowledge base's anatomy table).");
    bool(
        "neuroDeficit",
        "Any motor (MRC < 5), sensory (reduced/absent) or reflex (reduced/absent) deficit; false"
            + " when examined and normal.");
    bool("multiRootDeficit", "Motor deficits in two or more roots, or on both sides.");
    bool("bilateralDeficit", "Motor or sensory deficits on both sides.");
    bool("upperMotorNeuronSigns", "exam.upperMotorNeuronSigns.");
    bool("slrPositive", "Straight leg raise positive.");
    decimal("slrAngleDeg", "Angle of a positive straight leg raise.");
    bool("crossedSlrPositive", "Crossed straight leg raise positive.");
    bool("femoralStretchPositive", "Femoral stretch test positive.");
    integer("sijProvocationPositive", "exam.sijProvocationPositive (0-6, Laslett cluster).");
    for (String flag :
        List.of(
            "fortinFingerSign",
            "hipInternalRotationPainful",
            "hipRangeReduced",
            "greaterTrochanterTender",
            "facetLoadingPain",
            "paraspinalTriggerPoints",
            "tinelFibularHead",
            "stoopedPosture")) {
      bool(flag, "exam." + flag + ".");
    }
    bool("passiveLumbarExtensionPositive", "exam.passiveLumbarExtensionTest is positive.");
    string("distalPulses", of(CaseDocument.Pulses.class), "exam.distalPulses.");
    string("woundStatus", of(CaseDocument.WoundStatus.class), "exam.woundStatus.");
    integer("nonOrganicSigns", "exam.nonOrganicSigns (Waddell signs, 0-5).");
    string("gait", of(CaseDocument.Gait.class), "exam.gait.");

    // ------------------------------------------------------------ imaging
    list(
        "modalitiesSinceSurgery",
        of(CaseDocument.Modality.class),
        "Modalities of studies dated on or after the index surgery; empty when imaging is listed"
            + " but none is that recent; absent when the case has no imaging list.");
    bool(
        "crossSectionalImagingSinceSurgery",
        "An MRI, Gd-MRI, CT or CT-myelogram dated on or after the index surgery. Absent (not"
            + " false) when there is none: the imaging question is then open.");
    bool(
        "gadoliniumMriSinceSurgery",
        "A Gd-MRI dated on or after the index surgery; false when other imaging exists.");
    // compressive lesions and their concordance: each *OnImaging is true when a study since surgery
    // shows it, false when cross-sectional imaging since surgery exists without it, absent when no
    // such imaging; each *Concordant is true when one such lesion matches the symptoms (side and
    // root against dermatomes, leg-pain side and deficits), false when imaged and none matches,
    // absent when imaging or the leg-symptom data needed to judge is missing.
    bool("discHerniationOnImaging", "A disc herniation on imaging since surgery.");
    bool("discHerniationConcordant", "A disc herniation concordant with the symptoms.");
    bool("discHerniationAtOperatedLevel", "A disc herniation at an index-surgery level.");
    bool(
        "discHerniationEnhancing",
        "A disc herniation with homogeneous enhancement (scar-like); peripheral rim enhancement is"
            + " not counted.");
    bool("stenosisOnImaging", "Any stenosis on imaging since surgery.");
    bool("stenosisConcordant", "A stenosis concordant with the symptoms (root, side).");
    bool(
        "centralStenosisOnImaging",
        "A central stenosis, moderate or severe, on imaging since surgery.");
    bool("foraminalStenosisOnImaging", "A foraminal or lateral-recess stenosis since surgery.");
    bool("foraminalStenosisConcordant", "A foraminal or lateral-recess stenosis concordant.");
    bool("stenosisAtOperatedLevel", "A stenosis at an index-surgery level.");
    bool("stenosisAdjacentToFusion", "A stenosis at a level next to a fused level.");
    bool("fibrosisOnImaging", "Epidural fibrosis on imaging since surgery.");
    bool("fibrosisConcordant", "Epidural fibrosis encasing a root concordant with the symptoms.");
    bool(
        "compressiveLesionConcordant",
        "Any compressive lesion (disc, stenosis, hardware contacting a root) concordant with the"
            + " symptoms; false when imaged and none is.");
    bool("hardwareProblemOnImaging", "Any hardware problem on imaging since surgery.");
    list(
        "hardwareProblems",
        of(org.reassess.engine.casefile.ImagingFinding.HardwareIssue.class),
        "Kinds of hardware problem seen since surgery (empty when imaged and none).");
    bool(
        "hardwareContactsConcordantRoot",
        "A hardware problem contacting a root concordant with the symptoms.");
    string(
        "fusionStatus",
        of(org.reassess.engine.casefile.ImagingFinding.FusionState.class),
        "Worst fusion status reported since surgery (pseudarthrosis > indeterminate > solid).");
    decimal("dynamicTranslationMm", "Largest translation between flexion and extension views.");
    decimal("dynamicAngulationDeg", "Largest angulation difference between flexion and extension.");
    bool(
        "instabilityOnDynamicFilms",
        "Translation or angulation above the knowledge base's thresholds (parameters"
            + " instability.*); false when flexion-extension films show neither; absent without"
            + " such films.");
    bool("flexionExtensionFilmsSinceSurgery", "Flexion-extension radiographs since surgery.");
    integer("spondylolisthesisGrade", "Highest spondylolisthesis grade on imaging since surgery.");
    decimal("spondylolisthesisSlipMm", "Largest slip in mm on imaging since surgery.");
    bool("spondylolisthesisAtOperatedLevel", "A spondylolisthesis at an index-surgery level.");
    bool(
        "adjacentSegmentDegeneration",
        "Adjacent segment degeneration reported, or a compressive lesion next to a fused level.");
    bool("adjacentSegmentStenosis", "Adjacent segment degeneration with stenosis.");
    bool("facetArthropathyOnImaging", "Facet arthropathy on imaging.");
    bool("facetEffusion", "Facet arthropathy with effusion.");
    bool("discDegenerationSevere", "Severe disc degeneration on imaging.");
    bool("highIntensityZone", "A high-intensity zone on MRI.");
    integer("modicType", "Modic type (1-3) of the change seen; 1 wins if several.");
    bool("discitisOnImaging", "Discitis on imaging.");
    bool(
        "epiduralAbscessOnImaging",
        "Epidural abscess on imaging (or a fluid collection of kind abscess).");
    list(
        "fluidCollections",
        of(org.reassess.engine.casefile.ImagingFinding.CollectionKind.class),
        "Kinds of fluid collection since surgery (empty when imaged and none).");
    bool("pseudomeningoceleOnImaging", "A pseudomeningocele on imaging.");
    bool("arachnoiditisOnImaging", "Arachnoiditis on imaging.");
    decimal("svaMm", "Sagittal vertical axis in mm.");
    decimal("piLlMismatchDeg", "Pelvic incidence minus lumbar lordosis in degrees.");
    decimal("pelvicTiltDeg", "Pelvic tilt in degrees.");
    bool("sagittalMalalignmentOnImaging", "A sagittal malalignment finding reported.");
    bool("vertebralFractureOnImaging", "A vertebral fracture on any imaging.");
    bool("acuteVertebralFracture", "A vertebral fracture reported as acute.");
    bool("sijArthropathyOnImaging", "Sacroiliac arthropathy on imaging.");
    string(
        "hipOsteoarthritisSeverity",
        of(org.reassess.engine.casefile.ImagingFinding.Severity.class),
        "Worst hip osteoarthritis on imaging; absent when no hip imaging or none reported.");
    bool(
        "hipOsteoarthritisOnImaging",
        "Hip osteoarthritis on imaging; false when a pelvis/hip radiograph shows none.");
    bool("tumorOnImaging", "A tumour on imaging.");
    bool(
        "incidentalCompressiveFinding",
        "A compressive lesion that is not concordant with the symptoms (reported as incidental).");

    // ------------------------------------------------------------ labs, EMG, vascular
    decimal("crpMgL", "labs.crpMgL.");
    decimal("esrMmH", "labs.esrMmH.");
    decimal("wbc", "labs.wbc (10^9/L).");
    decimal("hba1cPercent", "labs.hba1cPercent.");
    decimal("labsWeeksAfterSurgery", "Weeks between the index surgery and labs.date.");
    list(
        "edxResults",
        of(CaseDocument.EdxResult.class),
        "Results of electrodiagnostic studies (empty list absent: no study listed).");
    bool(
        "edxRadiculopathyConcordant",
        "An acute or chronic radiculopathy on EMG at a root and side matching the symptoms.");
    decimal("abiMin", "Lowest ankle-brachial index of the two sides.");

    // ------------------------------------------------------------ diagnostic blocks
    // latest block per target judged against the knowledge base's threshold for that target:
    // confirmed = above threshold on dual concordant blocks; positive = above threshold on a single
    // (or unspecified) block; negative = below threshold or dual discordant. Absent when not done.
    for (String target :
        List.of(
            "nerveRootBlock",
            "sijBlock",
            "medialBranchBlock",
            "facetIntraarticularBlock",
            "hipBlock",
            "trochantericBlock",
            "clunealBlock",
            "peripheralNerveBlock")) {
      string(target, BLOCK_RESULTS, "Latest " + target + " judged against its cited threshold.");
    }

    // ------------------------------------------------------------ treatments
    list(
        "treatmentsTried",
        of(CaseDocument.Treatment.class),
        "Treatments tried since the index surgery.");
    decimal(
        "conservativeCareWeeks",
        "Weeks of physical therapy, home exercise and multidisciplinary programmes, summed.");
    decimal("currentOpioidMme", "Daily morphine milligram equivalents of current opioids.");
    bool(
        "currentOpioid",
        "A current opioid treatment is listed; false when treatments are listed" + " without one.");

    // ------------------------------------------------------------ psychosocial, function
    integer("phq9", "psychosocial.phq9 (0-27).");
    integer("phq9Item9", "psychosocial.phq9Item9 (0-3).");
    integer("gad7", "psychosocial.gad7 (0-21).");
    integer("painCatastrophizing", "psychosocial.painCatastrophizing (PCS 0-52).");
    integer("tsk", "psychosocial.tsk (17-68).");
    string("startBack", of(CaseDocument.RiskLevel.class), "psychosocial.startBack.");
    for (String flag :
        List.of(
            "workersCompensation",
            "litigation",
            "substanceUseDisorder",
            "opioidMisuseConcern",
            "lackOfEngagement",
            "dysfunctionalCoping",
            "unrealisticExpectations",
            "inadequateActivity",
            "poorSocialSupport",
            "secondaryGain",
            "unwillingToReduceOpioids")) {
      bool(flag, "psychosocial." + flag + ".");
    }
    integer("odi", "function.odi (0-100).");
    decimal("walkingToleranceMinutes", "function.walkingToleranceMinutes.");
    decimal("sittingToleranceMinutes", "function.sittingToleranceMinutes.");
    bool("sleepDisturbed", "function.sleepDisturbed.");
    string("work", of(CaseDocument.Work.class), "function.work.");
    decimal("eq5dIndex", "function.eq5dIndex.");
    string(
        "surgeryAcceptable", of(CaseDocument.Acceptance.class), "preferences.surgeryAcceptable.");
    string(
        "implantAcceptable", of(CaseDocument.Acceptance.class), "preferences.implantAcceptable.");
    list("goals", of(CaseDocument.Goal.class), "preferences.goals.");
  }
}
