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

  /** The feature listing the names of the known features. */
  public static final String KNOWN = "known";

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
    // The index operation is every surgery entry dated on the latest date: a decompression and a
    // fusion listed as two entries on one day are one operation.
    decimal(
        "monthsSinceIndexSurgery",
        "Months from the index (latest) surgery to assessmentDate: whole calendar months plus the"
            + " elapsed fraction of the next one (10 January to 25 April is 3.5).");
    decimal("weeksSinceIndexSurgery", "Weeks (days / 7) from the index surgery to assessmentDate.");
    integer("lumbarOperations", "Number of lumbar operations listed (all surgeries).");
    string(
        "indexProcedure",
        of(CaseDocument.Procedure.class),
        "Procedure of the index surgery (of several entries on the index date, the first listed).");
    string(
        "indexIndication",
        of(CaseDocument.Indication.class),
        "Indication of the index surgery (the first given among the entries of the index date).");
    bool(
        "indexFusion",
        "The index surgery was a fusion (posterolateral or interbody); known from the procedure,"
            + " absent when no entry is a fusion but one is 'other'.");
    bool(
        "anyFusion",
        "Any listed surgery was a fusion; the fused levels are those of fusion procedures. Absent"
            + " when none is a fusion but one is 'other'.");
    bool(
        "indexDecompressionOnly",
        "The index surgery was a decompression without fusion or implant (discectomy family,"
            + " laminotomy, laminectomy, foraminotomy, not instrumented); absent for 'other'.");
    bool(
        "indexInstrumented",
        "The index surgery used pedicle screws, rods or cages (surgery.instrumented); when not"
            + " given, false for a decompression procedure, otherwise absent.");
    bool(
        "fusionToSacrum",
        "Any fusion extends to the sacrum (from any surgery): fusionToSacrum true, or a fusion"
            + " procedure that includes L5-S1; false when no surgery can reach it.");
    list(
        "operatedLevels",
        List.of("T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"),
        "Levels of the index surgery (every entry of the index date).");
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
            + " late_recurrence (an interval equal to the landmark is late). Absent when relief"
            + " or, for partial or complete relief, the interval is unknown.");
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
    bool(
        "legDominant",
        "Leg pain NRS greater than back pain NRS; needs both (legPainSide none counts as leg"
            + " pain 0).");
    bool(
        "backDominant",
        "Back pain NRS greater than leg pain NRS; needs both (legPainSide none counts as leg"
            + " pain 0).");
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
            + " below the knee. False when there is no leg pain or it is non-dermatomal (a given"
            + " legPainDistribution decides; an empty dermatome list is non-dermatomal).");
    list("painLocations", of(CaseDocument.PainLocation.class), "symptoms.painLocations.");
    list(
        "neuropathicDescriptors",
        of(CaseDocument.NeuropathicDescriptor.class),
        "symptoms.neuropathicDescriptors.");
    integer("neuropathicDescriptorCount", "Number of distinct neuropathic descriptors reported.");
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
    // The deficit lists are absent while an entry's grade or status, or a deficit's root, is
    // unrecorded: a list must never say "no L5 deficit" when one may be there.
    integer(
        "minMotorGrade",
        "Lowest MRC grade recorded in exam.motor (absent when not examined or a grade is"
            + " unrecorded).");
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
            + " only when motor, sensory and reflexes were all examined and normal.");
    bool(
        "multiRootDeficit",
        "Motor deficits in two or more roots, or on both sides; false when motor was examined"
            + " and every deficit's root and side is known and neither holds.");
    bool(
        "bilateralDeficit",
        "Motor or sensory deficits on both sides; false when both were examined and every"
            + " deficit is on one known side.");
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
    // Scope: imaging features count studies dated on or after the index surgery (a finding on an
    // older study is pre-operative), except where the meaning says "any imaging". A finding
    // feature is true when a study in scope shows the finding, absent while a finding leaves it
    // open (no level, severity, kind...), and false only when a study since surgery that can show
    // it exists without it: cross-sectional (MRI, Gd-MRI, CT, CT-myelogram) unless the meaning
    // names other studies.
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
        "A Gd-MRI dated on or after the index surgery; false when the case lists imaging (even an"
            + " empty list) without one.");
    // compressive lesions and their concordance: each *OnImaging is true when a study since surgery
    // shows it, false when cross-sectional imaging since surgery exists without it, absent when no
    // such imaging; each *Concordant is true when one such lesion matches the symptoms (side and
    // root against dermatomes, leg-pain side and deficits), false when imaged and none matches,
    // absent when imaging or the leg-symptom data needed to judge is missing.
    // The judgement of each lesion (ImagingJudgement): its root is the reported one, else from the
    // level (exiting root for a foraminal or extraforaminal lesion, traversing otherwise). It is
    // concordant when its side fits the leg pain (lesion central, bilateral or unsided, same side,
    // or bilateral leg pain) and its root is a painful dermatome or has a deficit (motor, sensory,
    // reflex) on the lesion's side; a central stenosis with neurogenic claudication is concordant
    // without a root. It is not concordant when its side contradicts the leg pain, when there is
    // no leg pain and no matching deficit, or when the leg-pain side with dermatomes, or a
    // neurological examination of that root, is recorded and nothing matches; otherwise unknown.
    bool("discHerniationOnImaging", "A disc herniation on imaging since surgery.");
    bool("discHerniationConcordant", "A disc herniation concordant with the symptoms.");
    bool("discHerniationAtOperatedLevel", "A disc herniation at an index-surgery level.");
    bool(
        "discHerniationEnhancing",
        "A disc herniation with homogeneous enhancement (scar-like); peripheral rim enhancement is"
            + " not counted. Absent while a herniation's enhancement is unreported.");
    bool("stenosisOnImaging", "Any stenosis on imaging since surgery.");
    bool("stenosisConcordant", "A stenosis concordant with the symptoms (root, side).");
    bool(
        "centralStenosisOnImaging",
        "A central stenosis, moderate or severe, on imaging since surgery.");
    bool("foraminalStenosisOnImaging", "A foraminal or lateral-recess stenosis since surgery.");
    bool("foraminalStenosisConcordant", "A foraminal or lateral-recess stenosis concordant.");
    bool("stenosisAtOperatedLevel", "A stenosis at an index-surgery level.");
    bool(
        "stenosisAdjacentToFusion",
        "A stenosis at a level next to a fused level (sharing a vertebra with it, not itself"
            + " fused).");
    bool("fibrosisOnImaging", "Epidural fibrosis on imaging since surgery.");
    bool("fibrosisConcordant", "Epidural fibrosis encasing a root concordant with the symptoms.");
    bool(
        "compressiveLesionConcordant",
        "Any compressive lesion (disc, stenosis, hardware contacting a root, adjacent segment"
            + " degeneration with stenosis) concordant with the symptoms; false when imaged and"
            + " none is. Epidural fibrosis is not counted: see fibrosisConcordant.");
    bool(
        "hardwareProblemOnImaging",
        "Any hardware problem on imaging since surgery; false when a spine MRI, CT or radiograph"
            + " since surgery shows none.");
    list(
        "hardwareProblems",
        of(org.reassess.engine.casefile.ImagingFinding.HardwareIssue.class),
        "Kinds of hardware problem seen since surgery (empty when imaged and none; absent while a"
            + " problem's kind is unreported).");
    bool(
        "hardwareContactsConcordantRoot",
        "A hardware problem reported as contacting a root (contactsRoot) concordant with the"
            + " symptoms; false when cross-sectional imaging since surgery shows none such. A"
            + " problem seen only on radiographs, which cannot show a root, leaves it open.");
    string(
        "fusionStatus",
        of(org.reassess.engine.casefile.ImagingFinding.FusionState.class),
        "Worst fusion status reported since surgery (pseudarthrosis > indeterminate > solid).");
    decimal(
        "dynamicTranslationMm",
        "Largest translation between flexion and extension views (dynamic_instability findings"
            + " since surgery).");
    decimal(
        "dynamicAngulationDeg",
        "Largest angulation difference between flexion and extension (dynamic_instability"
            + " findings since surgery).");
    bool(
        "instabilityOnDynamicFilms",
        "Translation or angulation above the knowledge base's thresholds (parameters"
            + " instability.*); false when flexion-extension films show neither; absent without"
            + " such films, or while a finding below one threshold lacks the other measure.");
    bool("flexionExtensionFilmsSinceSurgery", "Flexion-extension radiographs since surgery.");
    integer("spondylolisthesisGrade", "Highest spondylolisthesis grade on imaging since surgery.");
    decimal("spondylolisthesisSlipMm", "Largest slip in mm on imaging since surgery.");
    bool("spondylolisthesisAtOperatedLevel", "A spondylolisthesis at an index-surgery level.");
    bool(
        "adjacentSegmentDegeneration",
        "Adjacent segment degeneration reported, or a disc herniation or stenosis next to a fused"
            + " level (sharing a vertebra with it, not itself fused).");
    bool(
        "adjacentSegmentStenosis",
        "Adjacent segment degeneration with stenosis, or a stenosis next to a fused level.");
    bool("facetArthropathyOnImaging", "Facet arthropathy on imaging since surgery.");
    bool("facetEffusion", "Facet arthropathy with effusion; false when an MRI shows none.");
    bool("discDegenerationSevere", "Severe disc degeneration on imaging since surgery.");
    bool(
        "highIntensityZone",
        "A high-intensity zone on MRI since surgery; false when an MRI shows none.");
    integer(
        "modicType",
        "Modic type (1-3) of the change seen since surgery; the lowest type wins if several (1"
            + " before 2 before 3).");
    bool("discitisOnImaging", "Discitis on imaging since surgery.");
    bool(
        "epiduralAbscessOnImaging",
        "Epidural abscess on imaging since surgery (or a fluid collection of kind abscess).");
    list(
        "fluidCollections",
        of(org.reassess.engine.casefile.ImagingFinding.CollectionKind.class),
        "Kinds of fluid collection since surgery (empty when imaged and none; absent while a"
            + " collection's kind is unreported).");
    bool("pseudomeningoceleOnImaging", "A pseudomeningocele on imaging since surgery.");
    bool("arachnoiditisOnImaging", "Arachnoiditis on imaging since surgery.");
    decimal("svaMm", "Sagittal vertical axis in mm, from the latest study since surgery.");
    decimal(
        "piLlMismatchDeg",
        "Pelvic incidence minus lumbar lordosis in degrees, from the latest study since surgery.");
    decimal("pelvicTiltDeg", "Pelvic tilt in degrees, from the latest study since surgery.");
    bool(
        "sagittalMalalignmentOnImaging",
        "A sagittal malalignment finding reported since surgery; false when a standing"
            + " full-length radiograph since surgery shows none.");
    bool(
        "vertebralFractureOnImaging",
        "A vertebral fracture on any imaging (any date); false when spine imaging since surgery"
            + " shows none.");
    bool(
        "acuteVertebralFracture",
        "A vertebral fracture reported as acute on a study since surgery.");
    bool(
        "sijArthropathyOnImaging",
        "Sacroiliac arthropathy on any imaging (any date); false when a pelvis/hip radiograph"
            + " since surgery shows none.");
    string(
        "hipOsteoarthritisSeverity",
        of(org.reassess.engine.casefile.ImagingFinding.Severity.class),
        "Worst hip osteoarthritis on any imaging (any date); absent when none reported.");
    bool(
        "hipOsteoarthritisOnImaging",
        "Hip osteoarthritis on any imaging (any date); false when a pelvis/hip radiograph since"
            + " surgery shows none.");
    bool(
        "tumorOnImaging",
        "A tumour on any imaging (any date); false when cross-sectional imaging since surgery"
            + " shows none.");
    bool(
        "incidentalCompressiveFinding",
        "A compressive or root-related lesion (fibrosis included) judged not concordant with the"
            + " symptoms (reported as incidental); false when every judged lesion is concordant or"
            + " there is none on imaging; absent while one is unknown and none is not"
            + " concordant.");

    // ------------------------------------------------------------ labs, EMG, vascular
    decimal("crpMgL", "labs.crpMgL.");
    decimal("esrMmH", "labs.esrMmH.");
    decimal("wbc", "labs.wbc (10^9/L).");
    decimal("hba1cPercent", "labs.hba1cPercent.");
    decimal(
        "labsWeeksAfterSurgery",
        "Weeks between the index surgery and labs.date; negative when the labs predate it.");
    list(
        "edxResults",
        of(CaseDocument.EdxResult.class),
        "Results of electrodiagnostic studies; absent when no study is listed (an empty list"
            + " included) or a result is unrecorded.");
    bool(
        "edxRadiculopathyConcordant",
        "An acute or chronic radiculopathy on EMG at a root and side matching the symptoms"
            + " (judged like imaging concordance); false when the studies show none that does.");
    decimal("abiMin", "Lowest ankle-brachial index of the sides measured.");

    // ------------------------------------------------------------ diagnostic blocks
    // latest block per target judged against the knowledge base's threshold for that target:
    // confirmed = above threshold on dual concordant blocks; positive = above threshold on a single
    // (or unspecified) block; negative = below threshold or dual discordant. Absent when not done.
    // "Above" is at or above (relief equal to the threshold is a response); the latest is by date,
    // an undated block counting as the oldest and the last listed winning among equal dates.
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
        "Weeks of physical therapy, home exercise and multidisciplinary programmes, summed; 0 when"
            + " none is listed, absent when one's duration is unknown.");
    decimal(
        "currentOpioidMme",
        "Daily morphine milligram equivalents of current opioids, summed; 0 when none is current,"
            + " absent when a current opioid's dose, or whether an opioid is current, is unknown.");
    bool(
        "currentOpioid",
        "A current opioid treatment is listed; false when treatments are listed without one;"
            + " absent when an opioid is listed without saying whether it is current.");

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

    // ------------------------------------------------------------ what is known at all
    // Three-valued logic cannot ask "is this unknown?" of a feature itself (using it makes the
    // expression unknown), so this list answers it: 'trajectory' in known.
    list(
        KNOWN,
        BY_NAME.keySet().stream().toList(),
        "Names of the features this case lets us know (always present). For rules that act on"
            + " missing data: !('crossSectionalImagingSinceSurgery' in known).");
  }
}
