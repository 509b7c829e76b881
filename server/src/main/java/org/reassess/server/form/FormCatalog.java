package org.reassess.server.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.casefile.WireEnum;

/**
 * Every field of {@code reassess-case/1} as the guided form asks it, in the order of a
 * consultation. The values offered come from the case format's own enumerations ({@link
 * CaseDocument}, {@link ImagingFinding}); the labels are their spellings made readable. This is the
 * one description both directions of the mapping and the view read.
 */
public final class FormCatalog {

  // declared first: the catalogue's static fields below use it while the class initialises
  // words of the case format's spellings that clinicians write otherwise (abbreviations, levels)
  private static final Map<String, String> AS_CLINICIANS_WRITE =
      Map.ofEntries(
          Map.entry("mri", "MRI"),
          Map.entry("ct", "CT"),
          Map.entry("xray", "X-ray"),
          Map.entry("psis", "PSIS"),
          Map.entry("nsaid", "NSAID"),
          Map.entry("sij", "SI joint"),
          Map.entry("intraarticular", "intra-articular"),
          Map.entry("t12", "T12"),
          Map.entry("l1", "L1"),
          Map.entry("l2", "L2"),
          Map.entry("l3", "L3"),
          Map.entry("l4", "L4"),
          Map.entry("l5", "L5"),
          Map.entry("s1", "S1"),
          Map.entry("s2", "S2"));

  /** The finding types of the case format, in its order, with the attributes each one has. */
  static final Map<String, List<String>> FINDING_ATTRIBUTES = findingAttributes();

  /** Where a vertebral fracture may be besides a motion segment: a single vertebra. */
  private static final List<String> VERTEBRAE = List.of("T12", "L1", "L2", "L3", "L4", "L5", "S1");

  /** The roots the examination grid shows, and its reflexes, per side. */
  public static final List<String> GRID_ROOTS = List.of("L2", "L3", "L4", "L5", "S1");

  public static final List<String> GRID_REFLEXES = List.of("patellar", "achilles");
  public static final List<String> GRID_SIDES = List.of("left", "right");

  private static final List<Section> SECTIONS = build();
  private static final Map<String, Field> FIELDS = index(SECTIONS);
  private static final Map<String, Group> GROUPS = groups(SECTIONS);

  private FormCatalog() {}

  /** The sections of the form, in the order of a consultation. */
  public static List<Section> sections() {
    return SECTIONS;
  }

  /** The field with this open path ({@code "surgeries[].date"}), or null. */
  public static @Nullable Field field(String openPath) {
    return FIELDS.get(openPath);
  }

  /** The repeated group with this open path ({@code "imaging[].findings"}), or null. */
  public static @Nullable Group group(String openPath) {
    return GROUPS.get(openPath);
  }

  /** Every field, by open path. */
  static Map<String, Field> fields() {
    return FIELDS;
  }

  // ------------------------------------------------------------------ the consultation

  private static List<Section> build() {
    return List.of(
        new Section(
            "sec-case",
            "Consultation",
            false,
            List.of(
                text("caseId", "Case identifier", "your reference; echoed in the assessment"),
                date("assessmentDate", "Date of this assessment"))),
        new Section(
            "sec-patient",
            "Patient",
            false,
            List.of(
                whole("patient.age", "Age (years)", "18–110"),
                choice("patient.sex", "Sex", CaseDocument.Sex.class),
                number("patient.bmi", "Body-mass index (kg/m²)", "10–80"),
                yesNo("patient.smoker", "Current nicotine use"),
                yesNo("patient.diabetes", "Diabetes"),
                yesNo("patient.osteoporosis", "Osteoporosis"),
                yesNo("patient.cancerHistory", "History of cancer"),
                yesNo("patient.immunosuppressed", "Immunosuppressed"),
                yesNo("patient.ivDrugUse", "Intravenous drug use"),
                yesNo("patient.anticoagulated", "Anticoagulated"),
                yesNo("patient.peripheralArteryDisease", "Peripheral artery disease"),
                yesNo("patient.inflammatoryArthritis", "Inflammatory arthritis"))),
        new Section(
            "sec-surgeries",
            "Index and earlier surgeries",
            false,
            List.of(
                group(
                    "surgeries",
                    "Lumbar operations (the latest is the index surgery)",
                    "Surgery",
                    List.of(
                        date("surgeries[].date", "Date of surgery"),
                        choice("surgeries[].procedure", "Procedure", CaseDocument.Procedure.class),
                        multi("surgeries[].levels", "Levels operated", Level.class),
                        choice("surgeries[].side", "Side", Side.class),
                        choice(
                            "surgeries[].indication", "Indication", CaseDocument.Indication.class),
                        yesNo("surgeries[].instrumented", "Instrumented (screws, rods, cages)"),
                        yesNo("surgeries[].fusionToSacrum", "Fusion to the sacrum"),
                        multi(
                            "surgeries[].complications",
                            "Complications",
                            CaseDocument.Complication.class))))),
        new Section(
            "sec-course",
            "What changed after the index surgery",
            false,
            List.of(
                choice(
                    "course.reliefAfterSurgery",
                    "Relief after surgery",
                    CaseDocument.Relief.class,
                    "none = never improved"),
                number(
                    "course.painFreeIntervalMonths",
                    "Pain-free interval (months)",
                    "months of relief before the pain came back"),
                choice(
                    "course.painComparedToBefore",
                    "Pain compared with before surgery",
                    CaseDocument.PainComparison.class),
                choice(
                    "course.trajectory", "Trajectory (last weeks)", CaseDocument.Trajectory.class),
                choice("course.onset", "Onset of the current episode", CaseDocument.Onset.class))),
        new Section(
            "sec-symptoms",
            "Symptoms",
            false,
            List.of(
                whole("symptoms.backPainNrs", "Back pain (NRS)", "0–10"),
                whole("symptoms.legPainNrs", "Leg pain, worst leg (NRS)", "0–10"),
                choice(
                    "symptoms.legPainSide", "Side of the leg pain", CaseDocument.LegPainSide.class),
                choice(
                    "symptoms.legPainDistribution",
                    "Distribution of the leg pain",
                    CaseDocument.LegPainDistribution.class),
                new Entry.BodyMap(
                    multi("symptoms.dermatomes", "Dermatomes the leg pain follows", Root.class),
                    multi(
                        "symptoms.painLocations",
                        "Where it hurts",
                        CaseDocument.PainLocation.class)),
                whole(
                    "symptoms.painSites",
                    "Number of painful body regions",
                    "at least 1; the back counts as one"),
                yesNo("symptoms.painBelowKnee", "Pain below the knee"),
                multi(
                    "symptoms.neuropathicDescriptors",
                    "Neuropathic descriptors",
                    CaseDocument.NeuropathicDescriptor.class),
                yesNo(
                    "symptoms.neurogenicClaudication",
                    "Neurogenic claudication (leg pain walking or standing, eased by sitting or"
                        + " bending forward)"),
                multi("symptoms.aggravatedBy", "Aggravated by", CaseDocument.Aggravator.class),
                multi("symptoms.relievedBy", "Relieved by", CaseDocument.Reliever.class),
                yesNo("symptoms.nightPain", "Night pain"),
                yesNo("symptoms.restPain", "Rest pain (constant, unrelieved by position)"),
                yesNo(
                    "symptoms.positionalHeadache",
                    "Positional headache (on standing, relieved lying)"),
                yesNo("symptoms.weakness.present", "Weakness"),
                yesNo("symptoms.weakness.progressive", "Weakness progressive"),
                date("symptoms.weakness.onsetDate", "Weakness began on"),
                text("symptoms.weakness.description", "Weakness, in words", ""),
                yesNo("symptoms.numbness", "Numbness"),
                choice("symptoms.bladder", "Bladder", CaseDocument.Bladder.class),
                choice("symptoms.bowel", "Bowel", CaseDocument.Bowel.class),
                yesNo("symptoms.saddleAnesthesia", "Saddle anaesthesia"),
                yesNo("symptoms.bilateralLegSymptomsNew", "New bilateral leg symptoms"),
                yesNo("symptoms.fever", "Fever"),
                yesNo("symptoms.chills", "Chills"),
                yesNo("symptoms.unexplainedWeightLoss", "Unexplained weight loss"),
                yesNo("symptoms.recentTrauma", "Recent trauma"),
                choice("symptoms.woundProblem", "Wound problem", CaseDocument.WoundProblem.class),
                yesNo("symptoms.legColdPale", "Leg cold or pale"))),
        new Section(
            "sec-exam",
            "Examination",
            false,
            List.of(
                new Entry.NeuroGrid(
                    group(
                        "exam.motor",
                        "Motor (MRC grade of the root's key muscle)",
                        "Motor finding",
                        List.of(
                            choice("exam.motor[].root", "Root", Root.class),
                            choice("exam.motor[].side", "Side", Side.class),
                            grade("exam.motor[].mrc", "MRC grade", 0, 5)),
                        List.of("root", "side")),
                    group(
                        "exam.sensory",
                        "Sensation by dermatome",
                        "Sensory finding",
                        List.of(
                            choice("exam.sensory[].dermatome", "Dermatome", Root.class),
                            choice("exam.sensory[].side", "Side", Side.class),
                            choice(
                                "exam.sensory[].status",
                                "Sensation",
                                CaseDocument.SensoryStatus.class)),
                        List.of("dermatome", "side")),
                    group(
                        "exam.reflexes",
                        "Reflexes",
                        "Reflex",
                        List.of(
                            choice("exam.reflexes[].reflex", "Reflex", CaseDocument.Reflex.class),
                            choice("exam.reflexes[].side", "Side", Side.class),
                            choice(
                                "exam.reflexes[].status",
                                "Response",
                                CaseDocument.ReflexStatus.class)),
                        List.of("reflex", "side"))),
                yesNo("exam.upperMotorNeuronSigns", "Upper motor neuron signs"),
                choice(
                    "exam.straightLegRaise.result",
                    "Straight leg raise",
                    CaseDocument.PosNeg.class),
                choice("exam.straightLegRaise.side", "Straight leg raise: side", Side.class),
                number("exam.straightLegRaise.angleDeg", "Straight leg raise: angle (°)", ""),
                choice(
                    "exam.crossedStraightLegRaise.result",
                    "Crossed straight leg raise",
                    CaseDocument.PosNeg.class),
                choice(
                    "exam.crossedStraightLegRaise.side",
                    "Crossed straight leg raise: side",
                    Side.class),
                number(
                    "exam.crossedStraightLegRaise.angleDeg",
                    "Crossed straight leg raise: angle (°)",
                    ""),
                choice("exam.femoralStretch.result", "Femoral stretch", CaseDocument.PosNeg.class),
                choice("exam.femoralStretch.side", "Femoral stretch: side", Side.class),
                number("exam.femoralStretch.angleDeg", "Femoral stretch: angle (°)", ""),
                whole(
                    "exam.sijProvocationPositive",
                    "Positive sacroiliac provocation tests (Laslett)",
                    "0–6"),
                yesNo("exam.fortinFingerSign", "Fortin finger sign"),
                yesNo("exam.hipInternalRotationPainful", "Hip internal rotation painful"),
                yesNo("exam.hipRangeReduced", "Hip range reduced"),
                yesNo("exam.greaterTrochanterTender", "Greater trochanter tender"),
                yesNo(
                    "exam.facetLoadingPain",
                    "Facet loading pain (extension–rotation reproduces the back pain)"),
                choice(
                    "exam.passiveLumbarExtensionTest",
                    "Passive lumbar extension test",
                    CaseDocument.PosNeg.class),
                yesNo("exam.paraspinalTriggerPoints", "Paraspinal trigger points"),
                yesNo("exam.tinelFibularHead", "Tinel sign at the fibular head"),
                choice("exam.distalPulses", "Distal pulses", CaseDocument.Pulses.class),
                choice("exam.woundStatus", "Wound", CaseDocument.WoundStatus.class),
                yesNo(
                    "exam.stoopedPosture",
                    "Stooped posture (cannot stand upright without flexing hips and knees)"),
                whole("exam.nonOrganicSigns", "Non-organic (Waddell) signs present", "0–5"),
                choice("exam.gait", "Gait", CaseDocument.Gait.class))),
        new Section(
            "sec-imaging",
            "Imaging",
            false,
            List.of(
                group(
                    "imaging",
                    "Imaging studies",
                    "Study",
                    List.of(
                        choice("imaging[].modality", "Modality", CaseDocument.Modality.class),
                        date("imaging[].date", "Date of the study"),
                        findings()),
                    List.of()))),
        new Section(
            "sec-blocks",
            "Diagnostic blocks",
            true,
            List.of(
                group(
                    "diagnosticBlocks",
                    "Diagnostic injections and their response",
                    "Block",
                    List.of(
                        choice(
                            "diagnosticBlocks[].target", "Target", CaseDocument.BlockTarget.class),
                        choice("diagnosticBlocks[].level", "Level", Level.class),
                        choice("diagnosticBlocks[].root", "Root", Root.class),
                        choice("diagnosticBlocks[].side", "Side", Side.class),
                        whole(
                            "diagnosticBlocks[].reliefPercent",
                            "Relief of the index pain (%)",
                            "0–100, during the anaesthetic's duration"),
                        choice(
                            "diagnosticBlocks[].comparative",
                            "Single or comparative",
                            CaseDocument.Comparative.class),
                        date("diagnosticBlocks[].date", "Date"))))),
        new Section(
            "sec-tests",
            "Laboratory, electrodiagnostic and vascular tests",
            true,
            List.of(
                number("labs.crpMgL", "CRP (mg/L)", ""),
                number("labs.esrMmH", "ESR (mm/h)", ""),
                number("labs.wbc", "White cell count (10⁹/L)", ""),
                number("labs.hba1cPercent", "HbA1c (%)", ""),
                date("labs.date", "Date of the laboratory values"),
                group(
                    "electrodiagnostics",
                    "EMG / nerve conduction studies",
                    "Study",
                    List.of(
                        date("electrodiagnostics[].date", "Date"),
                        choice(
                            "electrodiagnostics[].result", "Result", CaseDocument.EdxResult.class),
                        choice("electrodiagnostics[].root", "Root", Root.class),
                        choice("electrodiagnostics[].side", "Side", Side.class))),
                number("vascular.abiLeft", "Ankle-brachial index, left", "0.2–2.0"),
                number("vascular.abiRight", "Ankle-brachial index, right", "0.2–2.0"))),
        new Section(
            "sec-treatments",
            "Treatments tried since the index surgery",
            false,
            List.of(
                group(
                    "treatmentsTried",
                    "Treatments",
                    "Treatment",
                    List.of(
                        choice(
                            "treatmentsTried[].treatment",
                            "Treatment",
                            CaseDocument.Treatment.class),
                        number("treatmentsTried[].weeks", "Duration (weeks)", ""),
                        choice(
                            "treatmentsTried[].response", "Response", CaseDocument.Response.class),
                        yesNo("treatmentsTried[].current", "Still taking / doing it"),
                        number(
                            "treatmentsTried[].dailyMme",
                            "Daily morphine milligram equivalents",
                            "opioids only"))))),
        new Section(
            "sec-psychosocial",
            "Psychosocial screening",
            true,
            List.of(
                whole("psychosocial.phq9", "PHQ-9", "0–27"),
                whole("psychosocial.phq9Item9", "PHQ-9 item 9 (thoughts of self-harm)", "0–3"),
                whole("psychosocial.gad7", "GAD-7", "0–21"),
                whole("psychosocial.painCatastrophizing", "Pain Catastrophizing Scale", "0–52"),
                whole("psychosocial.tsk", "Tampa Scale of Kinesiophobia", "17–68"),
                choice("psychosocial.startBack", "STarT Back risk", CaseDocument.RiskLevel.class),
                yesNo("psychosocial.workersCompensation", "Workers' compensation claim"),
                yesNo("psychosocial.litigation", "Litigation"),
                yesNo("psychosocial.substanceUseDisorder", "Substance use disorder"),
                yesNo("psychosocial.opioidMisuseConcern", "Concern about opioid misuse"),
                yesNo("psychosocial.lackOfEngagement", "Lack of engagement"),
                yesNo("psychosocial.dysfunctionalCoping", "Dysfunctional coping"),
                yesNo("psychosocial.unrealisticExpectations", "Unrealistic expectations"),
                yesNo("psychosocial.inadequateActivity", "Inadequate activity"),
                yesNo("psychosocial.poorSocialSupport", "Poor social support"),
                yesNo("psychosocial.secondaryGain", "Secondary gain"),
                yesNo("psychosocial.unwillingToReduceOpioids", "Unwilling to reduce opioids"))),
        new Section(
            "sec-function",
            "Function",
            false,
            List.of(
                whole("function.odi", "Oswestry Disability Index (%)", "0–100"),
                number("function.walkingToleranceMinutes", "Walking tolerance (minutes)", ""),
                number("function.sittingToleranceMinutes", "Sitting tolerance (minutes)", ""),
                yesNo("function.sleepDisturbed", "Sleep disturbed"),
                choice("function.work", "Work", CaseDocument.Work.class),
                number("function.eq5dIndex", "EQ-5D index", "−0.6 to 1.0"))),
        new Section(
            "sec-preferences",
            "Goals and preferences",
            false,
            List.of(
                choice(
                    "preferences.surgeryAcceptable",
                    "Further surgery acceptable",
                    CaseDocument.Acceptance.class),
                choice(
                    "preferences.implantAcceptable",
                    "An implant (e.g. stimulator) acceptable",
                    CaseDocument.Acceptance.class),
                multi("preferences.goals", "Goals", CaseDocument.Goal.class))),
        new Section(
            "sec-extensions",
            "Site-specific data",
            true,
            List.of(
                new Field(
                    "extensions",
                    "Extensions (a JSON object; the engine never reads it)",
                    Kind.JSON,
                    List.of(),
                    List.of(),
                    ""))));
  }

  /** An imaging study's findings: the type, then every attribute, each tagged with its types. */
  private static Group findings() {
    String p = "imaging[].findings[].";
    List<Choice> types = new ArrayList<>();
    FINDING_ATTRIBUTES.keySet().forEach(t -> types.add(new Choice(t, readable(t), "")));
    List<Choice> sites = new ArrayList<>(choices(Level.class));
    VERTEBRAE.forEach(v -> sites.add(new Choice(v, v, "vertebra (fractures)")));
    List<Choice> kinds = new ArrayList<>();
    choices(ImagingFinding.SlipKind.class)
        .forEach(c -> kinds.add(new Choice(c.value(), c.label(), "spondylolisthesis")));
    choices(ImagingFinding.CollectionKind.class)
        .forEach(c -> kinds.add(new Choice(c.value(), c.label(), "fluid collection")));
    List<Entry> entries =
        List.of(
            new Field(p + "type", "Finding", Kind.CHOICE, types, List.of(), ""),
            attr(p + "level", "Level", Kind.CHOICE, sites),
            attr(p + "levels", "Levels", Kind.MULTI, choices(Level.class)),
            attr(p + "side", "Side", Kind.CHOICE, choices(Side.class)),
            attr(p + "zone", "Zone", Kind.CHOICE, choices(ImagingFinding.HerniationZone.class)),
            attr(p + "compressedRoot", "Compressed root", Kind.CHOICE, choices(Root.class)),
            attr(
                p + "enhancement",
                "Enhancement",
                Kind.CHOICE,
                choices(ImagingFinding.Enhancement.class)),
            attr(p + "extent", "Extent", Kind.CHOICE, choices(ImagingFinding.Severity.class)),
            attr(p + "encasesRoot", "Encased root", Kind.CHOICE, choices(Root.class)),
            attr(
                p + "location",
                "Location",
                Kind.CHOICE,
                choices(ImagingFinding.StenosisLocation.class)),
            attr(p + "severity", "Severity", Kind.CHOICE, choices(ImagingFinding.Severity.class)),
            attr(p + "slipMm", "Slip (mm)", Kind.NUMBER, List.of()),
            attr(p + "grade", "Meyerding grade (1–4)", Kind.WHOLE, List.of()),
            attr(p + "kind", "Kind", Kind.CHOICE, kinds),
            attr(p + "translationMm", "Translation flexion–extension (mm)", Kind.NUMBER, List.of()),
            attr(p + "angulationDeg", "Angulation flexion–extension (°)", Kind.NUMBER, List.of()),
            attr(p + "withStenosis", "With stenosis", Kind.YES_NO, List.of()),
            attr(
                p + "status",
                "Fusion status",
                Kind.CHOICE,
                choices(ImagingFinding.FusionState.class)),
            attr(
                p + "problem", "Problem", Kind.CHOICE, choices(ImagingFinding.HardwareIssue.class)),
            attr(p + "contactsRoot", "Root contacted", Kind.CHOICE, choices(Root.class)),
            attr(p + "effusion", "Effusion", Kind.YES_NO, List.of()),
            attr(p + "highIntensityZone", "High-intensity zone", Kind.YES_NO, List.of()),
            attr(p + "modicType", "Modic type (1–3)", Kind.WHOLE, List.of()),
            attr(p + "svaMm", "Sagittal vertical axis (mm)", Kind.NUMBER, List.of()),
            attr(p + "piLlMismatchDeg", "PI–LL mismatch (°)", Kind.NUMBER, List.of()),
            attr(p + "pelvicTiltDeg", "Pelvic tilt (°)", Kind.NUMBER, List.of()),
            attr(p + "acute", "Acute", Kind.YES_NO, List.of()),
            attr(p + "text", "Description", Kind.TEXT, List.of()));
    return new Group("imaging[].findings", "Findings", "Finding", entries, List.of(), true);
  }

  /** An attribute of a finding, tagged with every finding type that has it. */
  private static Field attr(String path, String label, Kind kind, List<Choice> choices) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    List<String> types =
        FINDING_ATTRIBUTES.entrySet().stream()
            .filter(e -> e.getValue().contains(name))
            .map(Map.Entry::getKey)
            .toList();
    return new Field(path, label, kind, choices, types, "");
  }

  private static Map<String, List<String>> findingAttributes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("disc_herniation", List.of("level", "side", "zone", "compressedRoot", "enhancement"));
    m.put("epidural_fibrosis", List.of("level", "side", "extent", "encasesRoot"));
    m.put("stenosis", List.of("level", "side", "location", "severity", "compressedRoot"));
    m.put("spondylolisthesis", List.of("level", "slipMm", "grade", "kind"));
    m.put("dynamic_instability", List.of("level", "translationMm", "angulationDeg"));
    m.put("adjacent_segment_degeneration", List.of("level", "withStenosis"));
    m.put("fusion_status", List.of("level", "status"));
    m.put("hardware_problem", List.of("level", "side", "problem", "contactsRoot"));
    m.put("facet_arthropathy", List.of("level", "side", "effusion"));
    m.put("disc_degeneration", List.of("level", "severity", "highIntensityZone"));
    m.put("modic_change", List.of("level", "modicType"));
    m.put("discitis", List.of("level"));
    m.put("epidural_abscess", List.of("level"));
    m.put("fluid_collection", List.of("level", "kind"));
    m.put("arachnoiditis", List.of("levels"));
    m.put("sagittal_malalignment", List.of("svaMm", "piLlMismatchDeg", "pelvicTiltDeg"));
    m.put("vertebral_fracture", List.of("level", "acute"));
    m.put("sij_arthropathy", List.of("side"));
    m.put("hip_osteoarthritis", List.of("side", "severity"));
    m.put("tumor", List.of("level"));
    m.put("other", List.of("text"));
    return java.util.Collections.unmodifiableMap(m);
  }

  // ------------------------------------------------------------------ builders

  private static Field text(String path, String label, String hint) {
    return new Field(path, label, Kind.TEXT, List.of(), List.of(), hint);
  }

  private static Field date(String path, String label) {
    return new Field(path, label, Kind.DATE, List.of(), List.of(), "");
  }

  private static Field whole(String path, String label, String hint) {
    return new Field(path, label, Kind.WHOLE, List.of(), List.of(), hint);
  }

  private static Field number(String path, String label, String hint) {
    return new Field(path, label, Kind.NUMBER, List.of(), List.of(), hint);
  }

  private static Field yesNo(String path, String label) {
    return new Field(path, label, Kind.YES_NO, List.of(), List.of(), "");
  }

  /** A whole-number grade offered as a choice (MRC 0–5): a select, posted as a number. */
  private static Field grade(String path, String label, int from, int to) {
    List<Choice> grades = new ArrayList<>();
    for (int g = to; g >= from; g--) {
      grades.add(new Choice(Integer.toString(g), Integer.toString(g), ""));
    }
    return new Field(path, label, Kind.WHOLE, grades, List.of(), "");
  }

  private static <E extends Enum<E> & WireEnum> Field choice(
      String path, String label, Class<E> values) {
    return choice(path, label, values, "");
  }

  private static <E extends Enum<E> & WireEnum> Field choice(
      String path, String label, Class<E> values, String hint) {
    return new Field(path, label, Kind.CHOICE, choices(values), List.of(), hint);
  }

  private static <E extends Enum<E> & WireEnum> Field multi(
      String path, String label, Class<E> values) {
    return new Field(path, label, Kind.MULTI, choices(values), List.of(), "");
  }

  private static Group group(String path, String legend, String rowLegend, List<Entry> entries) {
    return new Group(path, legend, rowLegend, entries, List.of(), false);
  }

  private static Group group(
      String path, String legend, String rowLegend, List<Entry> entries, List<String> keys) {
    return new Group(path, legend, rowLegend, entries, keys, false);
  }

  private static <E extends Enum<E> & WireEnum> List<Choice> choices(Class<E> values) {
    return WireEnum.spellings(values).stream().map(v -> new Choice(v, readable(v), "")).toList();
  }

  /**
   * A case-format spelling as words: {@code "new_retention"} reads "new retention", {@code
   * "mri_gadolinium"} "MRI gadolinium", {@code "below_psis"} "below PSIS".
   */
  static String readable(String wire) {
    if (wire.isEmpty() || Character.isUpperCase(wire.charAt(0))) {
      return wire; // levels and roots are already written as clinicians write them
    }
    StringBuilder words = new StringBuilder();
    for (String word : wire.toLowerCase(Locale.ROOT).split("_", -1)) {
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(AS_CLINICIANS_WRITE.getOrDefault(word, word));
    }
    return words.toString();
  }

  // ------------------------------------------------------------------ indexes

  private static Map<String, Field> index(List<Section> sections) {
    Map<String, Field> out = new LinkedHashMap<>();
    sections.forEach(s -> s.entries().forEach(e -> collectFields(e, out)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void collectFields(Entry e, Map<String, Field> out) {
    if (e instanceof Field f) {
      out.put(f.path(), f);
    } else if (e instanceof Group g) {
      g.entries().forEach(c -> collectFields(c, out));
    } else if (e instanceof Entry.BodyMap b) {
      out.put(b.dermatomes().path(), b.dermatomes());
      out.put(b.painLocations().path(), b.painLocations());
    } else if (e instanceof Entry.NeuroGrid n) {
      Stream.of(n.motor(), n.sensory(), n.reflexes()).forEach(g -> collectFields(g, out));
    }
  }

  private static Map<String, Group> groups(List<Section> sections) {
    Map<String, Group> out = new LinkedHashMap<>();
    sections.forEach(s -> s.entries().forEach(e -> collectGroups(e, out)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void collectGroups(Entry e, Map<String, Group> out) {
    if (e instanceof Group g) {
      out.put(g.path(), g);
      g.entries().forEach(c -> collectGroups(c, out));
    } else if (e instanceof Entry.NeuroGrid n) {
      Stream.of(n.motor(), n.sensory(), n.reflexes()).forEach(g -> collectGroups(g, out));
    }
  }
}
