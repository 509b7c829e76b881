package org.reassess.engine.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One case in the format {@code reassess-case/1} ({@code shared/spec/case-format.md}): what a
 * clinician knows about one patient at one moment. The engine's only input.
 *
 * <p>Unknown is not negative: every optional field that the document leaves out is {@code null}
 * here, never a default such as {@code false} or an empty list. An empty list is a real negative
 * (for example an imaging study that found nothing). Lists that are present are unmodifiable.
 */
public record CaseDocument(
    String format,
    @Nullable String caseId,
    LocalDate assessmentDate,
    @Nullable Patient patient,
    List<Surgery> surgeries,
    @Nullable Course course,
    @Nullable Symptoms symptoms,
    @Nullable Exam exam,
    @Nullable List<ImagingStudy> imaging,
    @Nullable Labs labs,
    @Nullable List<Electrodiagnostic> electrodiagnostics,
    @Nullable Vascular vascular,
    @Nullable List<DiagnosticBlock> diagnosticBlocks,
    @Nullable List<TreatmentTried> treatmentsTried,
    @Nullable Psychosocial psychosocial,
    @Nullable Function function,
    @Nullable Preferences preferences,
    @Nullable Map<String, Object> extensions) {

  /** The version tag every case carries. */
  public static final String FORMAT = "reassess-case/1";

  public CaseDocument {
    surgeries = List.copyOf(surgeries);
    imaging = imaging == null ? null : List.copyOf(imaging);
    electrodiagnostics = electrodiagnostics == null ? null : List.copyOf(electrodiagnostics);
    diagnosticBlocks = diagnosticBlocks == null ? null : List.copyOf(diagnosticBlocks);
    treatmentsTried = treatmentsTried == null ? null : List.copyOf(treatmentsTried);
    // a shallow read-only copy: JSON null is a legitimate value in this free object, so not
    // Map.copyOf
    extensions =
        extensions == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(extensions));
  }

  /** The latest operation by date: the one the current pain is judged against. */
  public Surgery indexSurgery() {
    return surgeries.stream().max(Comparator.comparing(Surgery::date)).orElseThrow();
  }

  // ---------------------------------------------------------------- patient

  public record Patient(
      @Nullable Integer age,
      @Nullable Sex sex,
      @Nullable Double bmi,
      @Nullable Boolean smoker,
      @Nullable Boolean diabetes,
      @Nullable Boolean osteoporosis,
      @Nullable Boolean cancerHistory,
      @Nullable Boolean immunosuppressed,
      @Nullable Boolean ivDrugUse,
      @Nullable Boolean anticoagulated,
      @Nullable Boolean peripheralArteryDisease,
      @Nullable Boolean inflammatoryArthritis) {}

  public enum Sex implements WireEnum {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
  }

  // ---------------------------------------------------------------- surgeries

  public record Surgery(
      LocalDate date,
      Procedure procedure,
      List<Level> levels,
      @Nullable Side side,
      @Nullable Indication indication,
      @Nullable Boolean instrumented,
      @Nullable Boolean fusionToSacrum,
      @Nullable List<Complication> complications) {
    public Surgery {
      levels = List.copyOf(levels);
      complications = complications == null ? null : List.copyOf(complications);
    }
  }

  public enum Procedure implements WireEnum {
    DISCECTOMY,
    MICRODISCECTOMY,
    ENDOSCOPIC_DISCECTOMY,
    LAMINOTOMY,
    LAMINECTOMY,
    FORAMINOTOMY,
    POSTEROLATERAL_FUSION,
    INTERBODY_FUSION,
    INTERSPINOUS_DEVICE,
    DYNAMIC_STABILIZATION,
    DISC_ARTHROPLASTY,
    OTHER
  }

  public enum Indication implements WireEnum {
    DISC_HERNIATION,
    SPINAL_STENOSIS,
    SPONDYLOLISTHESIS,
    DEGENERATIVE_DISC,
    DEFORMITY,
    FRACTURE,
    INFECTION,
    TUMOR,
    OTHER
  }

  public enum Complication implements WireEnum {
    DURAL_TEAR,
    SURGICAL_SITE_INFECTION,
    NERVE_ROOT_INJURY,
    EPIDURAL_HEMATOMA,
    WRONG_LEVEL,
    NONE
  }

  // ---------------------------------------------------------------- course

  public record Course(
      @Nullable Relief reliefAfterSurgery,
      @Nullable Double painFreeIntervalMonths,
      @Nullable PainComparison painComparedToBefore,
      @Nullable Trajectory trajectory,
      @Nullable Onset onset) {}

  public enum Relief implements WireEnum {
    NONE,
    PARTIAL,
    COMPLETE
  }

  public enum PainComparison implements WireEnum {
    SAME,
    DIFFERENT,
    NEW_LOCATION
  }

  public enum Trajectory implements WireEnum {
    WORSENING,
    STABLE,
    IMPROVING
  }

  public enum Onset implements WireEnum {
    SUDDEN,
    GRADUAL
  }

  // ---------------------------------------------------------------- symptoms

  public record Symptoms(
      @Nullable Integer backPainNrs,
      @Nullable Integer legPainNrs,
      @Nullable LegPainSide legPainSide,
      @Nullable LegPainDistribution legPainDistribution,
      @Nullable List<Root> dermatomes,
      @Nullable Boolean painBelowKnee,
      @Nullable List<PainLocation> painLocations,
      @Nullable List<NeuropathicDescriptor> neuropathicDescriptors,
      @Nullable Boolean neurogenicClaudication,
      @Nullable List<Aggravator> aggravatedBy,
      @Nullable List<Reliever> relievedBy,
      @Nullable Boolean nightPain,
      @Nullable Boolean restPain,
      @Nullable Boolean positionalHeadache,
      @Nullable Weakness weakness,
      @Nullable Boolean numbness,
      @Nullable Bladder bladder,
      @Nullable Bowel bowel,
      @Nullable Boolean saddleAnesthesia,
      @Nullable Boolean bilateralLegSymptomsNew,
      @Nullable Boolean fever,
      @Nullable Boolean chills,
      @Nullable Boolean unexplainedWeightLoss,
      @Nullable Boolean recentTrauma,
      @Nullable WoundProblem woundProblem,
      @Nullable Boolean legColdPale,
      @Nullable Integer painSites) {
    public Symptoms {
      dermatomes = dermatomes == null ? null : List.copyOf(dermatomes);
      painLocations = painLocations == null ? null : List.copyOf(painLocations);
      neuropathicDescriptors =
          neuropathicDescriptors == null ? null : List.copyOf(neuropathicDescriptors);
      aggravatedBy = aggravatedBy == null ? null : List.copyOf(aggravatedBy);
      relievedBy = relievedBy == null ? null : List.copyOf(relievedBy);
    }
  }

  public enum LegPainSide implements WireEnum {
    LEFT,
    RIGHT,
    BILATERAL,
    NONE
  }

  public enum LegPainDistribution implements WireEnum {
    DERMATOMAL,
    NON_DERMATOMAL,
    NONE
  }

  public enum PainLocation implements WireEnum {
    LOW_BACK_MIDLINE,
    LOW_BACK_PARASPINAL,
    BELOW_PSIS,
    BUTTOCK,
    GROIN,
    LATERAL_HIP,
    POSTERIOR_THIGH,
    ANTERIOR_THIGH,
    LATERAL_THIGH,
    CALF,
    SHIN,
    FOOT,
    WIDESPREAD
  }

  public enum NeuropathicDescriptor implements WireEnum {
    BURNING,
    ELECTRIC,
    SHOOTING,
    TINGLING,
    PINS_AND_NEEDLES,
    NUMBNESS,
    ALLODYNIA,
    PAINFUL_COLD,
    ITCHING
  }

  public enum Aggravator implements WireEnum {
    SITTING,
    STANDING,
    WALKING,
    BENDING_FORWARD,
    EXTENSION,
    ROTATION,
    RISING_FROM_SITTING,
    LYING_ON_SIDE,
    LYING_FLAT,
    COUGHING_SNEEZING,
    LIFTING,
    STAIRS
  }

  public enum Reliever implements WireEnum {
    SITTING,
    BENDING_FORWARD,
    LYING_DOWN,
    STANDING_STILL,
    WALKING,
    NOTHING
  }

  public record Weakness(
      @Nullable Boolean present,
      @Nullable Boolean progressive,
      @Nullable LocalDate onsetDate,
      @Nullable String description) {}

  public enum Bladder implements WireEnum {
    NORMAL,
    NEW_RETENTION,
    NEW_INCONTINENCE,
    CHRONIC_UNCHANGED
  }

  public enum Bowel implements WireEnum {
    NORMAL,
    NEW_INCONTINENCE,
    CHRONIC_UNCHANGED
  }

  public enum WoundProblem implements WireEnum {
    NONE,
    REDNESS,
    DRAINAGE,
    FLUCTUANT_SWELLING
  }

  // ---------------------------------------------------------------- exam

  public record Exam(
      @Nullable List<MotorFinding> motor,
      @Nullable List<SensoryFinding> sensory,
      @Nullable List<ReflexFinding> reflexes,
      @Nullable Boolean upperMotorNeuronSigns,
      @Nullable TensionSign straightLegRaise,
      @Nullable TensionSign crossedStraightLegRaise,
      @Nullable TensionSign femoralStretch,
      @Nullable Integer sijProvocationPositive,
      @Nullable Boolean fortinFingerSign,
      @Nullable Boolean hipInternalRotationPainful,
      @Nullable Boolean hipRangeReduced,
      @Nullable Boolean greaterTrochanterTender,
      @Nullable Boolean facetLoadingPain,
      @Nullable PosNeg passiveLumbarExtensionTest,
      @Nullable Boolean paraspinalTriggerPoints,
      @Nullable Boolean tinelFibularHead,
      @Nullable Pulses distalPulses,
      @Nullable WoundStatus woundStatus,
      @Nullable Boolean stoopedPosture,
      @Nullable Integer nonOrganicSigns,
      @Nullable Gait gait) {
    public Exam {
      motor = motor == null ? null : List.copyOf(motor);
      sensory = sensory == null ? null : List.copyOf(sensory);
      reflexes = reflexes == null ? null : List.copyOf(reflexes);
    }
  }

  /**
   * MRC grade (0–5) of the key muscle of {@code root}. The format marks none of the three fields
   * required, so each may be unknown.
   */
  public record MotorFinding(@Nullable Root root, @Nullable Side side, @Nullable Integer mrc) {}

  public record SensoryFinding(
      @Nullable Root dermatome, @Nullable Side side, @Nullable SensoryStatus status) {}

  public enum SensoryStatus implements WireEnum {
    NORMAL,
    REDUCED,
    ABSENT,
    HYPERESTHESIA
  }

  public record ReflexFinding(
      @Nullable Reflex reflex, @Nullable Side side, @Nullable ReflexStatus status) {}

  public enum Reflex implements WireEnum {
    PATELLAR,
    ACHILLES
  }

  public enum ReflexStatus implements WireEnum {
    NORMAL,
    REDUCED,
    ABSENT,
    BRISK
  }

  public record TensionSign(
      @Nullable PosNeg result, @Nullable Side side, @Nullable Double angleDeg) {}

  public enum PosNeg implements WireEnum {
    POSITIVE,
    NEGATIVE
  }

  public enum Pulses implements WireEnum {
    NORMAL,
    REDUCED,
    ABSENT
  }

  public enum WoundStatus implements WireEnum {
    HEALED,
    ERYTHEMA,
    DRAINAGE,
    FLUCTUANT
  }

  public enum Gait implements WireEnum {
    NORMAL,
    ANTALGIC,
    FOOT_DROP,
    WIDE_BASED,
    TRENDELENBURG
  }

  // ---------------------------------------------------------------- imaging

  /** One study; an empty {@code findings} list is a normal study, a real negative. */
  public record ImagingStudy(Modality modality, LocalDate date, List<ImagingFinding> findings) {
    public ImagingStudy {
      findings = List.copyOf(findings);
    }
  }

  public enum Modality implements WireEnum {
    MRI,
    MRI_GADOLINIUM,
    CT,
    CT_MYELOGRAM,
    XRAY,
    XRAY_FLEXION_EXTENSION,
    XRAY_STANDING_FULL_LENGTH,
    PELVIS_HIP_XRAY,
    BONE_SCAN,
    SPECT_CT
  }

  // ---------------------------------------------------------------- labs, EMG, vascular

  public record Labs(
      @Nullable Double crpMgL,
      @Nullable Double esrMmH,
      @Nullable Double wbc,
      @Nullable Double hba1cPercent,
      @Nullable LocalDate date) {}

  public record Electrodiagnostic(
      @Nullable LocalDate date,
      @Nullable EdxResult result,
      @Nullable Root root,
      @Nullable Side side) {}

  public enum EdxResult implements WireEnum {
    NORMAL,
    ACUTE_RADICULOPATHY,
    CHRONIC_RADICULOPATHY,
    PERIPHERAL_POLYNEUROPATHY,
    PERONEAL_NEUROPATHY,
    OTHER_ENTRAPMENT
  }

  public record Vascular(@Nullable Double abiLeft, @Nullable Double abiRight) {}

  // ---------------------------------------------------------------- blocks, treatments

  public record DiagnosticBlock(
      BlockTarget target,
      @Nullable Level level,
      @Nullable Root root,
      @Nullable Side side,
      int reliefPercent,
      @Nullable Comparative comparative,
      @Nullable LocalDate date) {}

  public enum BlockTarget implements WireEnum {
    NERVE_ROOT,
    SIJ,
    MEDIAL_BRANCH,
    FACET_INTRAARTICULAR,
    HIP_INTRAARTICULAR,
    TROCHANTERIC,
    CLUNEAL_NERVE,
    PERIPHERAL_NERVE
  }

  public enum Comparative implements WireEnum {
    SINGLE,
    DUAL_CONCORDANT,
    DUAL_DISCORDANT
  }

  public record TreatmentTried(
      Treatment treatment,
      @Nullable Double weeks,
      @Nullable Response response,
      @Nullable Boolean current,
      @Nullable Double dailyMme) {}

  public enum Treatment implements WireEnum {
    PHYSICAL_THERAPY,
    HOME_EXERCISE,
    MULTIDISCIPLINARY_PROGRAM,
    PSYCHOLOGICAL_THERAPY,
    NSAID,
    ACETAMINOPHEN,
    GABAPENTINOID,
    DULOXETINE,
    TRICYCLIC,
    OPIOID,
    MUSCLE_RELAXANT,
    EPIDURAL_STEROID_INJECTION,
    FACET_RADIOFREQUENCY,
    SIJ_INJECTION,
    SIJ_RADIOFREQUENCY,
    ADHESIOLYSIS,
    SPINAL_CORD_STIMULATION_TRIAL,
    SPINAL_CORD_STIMULATOR,
    CHIROPRACTIC,
    ACUPUNCTURE,
    OTHER
  }

  public enum Response implements WireEnum {
    NONE,
    PARTIAL,
    GOOD,
    NOT_TOLERATED
  }

  // ---------------------------------------------------------------- psychosocial, function

  public record Psychosocial(
      @Nullable Integer phq9,
      @Nullable Integer phq9Item9,
      @Nullable Integer gad7,
      @Nullable Integer painCatastrophizing,
      @Nullable Integer tsk,
      @Nullable RiskLevel startBack,
      @Nullable Boolean workersCompensation,
      @Nullable Boolean litigation,
      @Nullable Boolean substanceUseDisorder,
      @Nullable Boolean opioidMisuseConcern,
      @Nullable Boolean lackOfEngagement,
      @Nullable Boolean dysfunctionalCoping,
      @Nullable Boolean unrealisticExpectations,
      @Nullable Boolean inadequateActivity,
      @Nullable Boolean poorSocialSupport,
      @Nullable Boolean secondaryGain,
      @Nullable Boolean unwillingToReduceOpioids) {}

  public enum RiskLevel implements WireEnum {
    LOW,
    MEDIUM,
    HIGH
  }

  public record Function(
      @Nullable Integer odi,
      @Nullable Double walkingToleranceMinutes,
      @Nullable Double sittingToleranceMinutes,
      @Nullable Boolean sleepDisturbed,
      @Nullable Work work,
      @Nullable Double eq5dIndex) {}

  public enum Work implements WireEnum {
    WORKING,
    MODIFIED_DUTY,
    OFF_WORK,
    RETIRED,
    UNEMPLOYED
  }

  // ---------------------------------------------------------------- preferences

  public record Preferences(
      @Nullable Acceptance surgeryAcceptable,
      @Nullable Acceptance implantAcceptable,
      @Nullable List<Goal> goals) {
    public Preferences {
      goals = goals == null ? null : List.copyOf(goals);
    }
  }

  public enum Acceptance implements WireEnum {
    YES,
    NO,
    UNDECIDED
  }

  public enum Goal implements WireEnum {
    WALK_FARTHER,
    SLEEP,
    RETURN_TO_WORK,
    SPORT,
    REDUCE_MEDICATION,
    TRAVEL,
    DAILY_ACTIVITIES,
    AVOID_SURGERY
  }
}
