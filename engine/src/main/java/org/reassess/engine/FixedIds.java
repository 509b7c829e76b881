package org.reassess.engine;

import java.util.List;

/**
 * The identifiers fixed by {@code shared/spec/assessment-format.md}. Other programs rely on them;
 * the knowledge base must define exactly these, and the engine never emits any other.
 */
public final class FixedIds {

  private FixedIds() {}

  public static final List<String> RED_FLAGS =
      List.of(
          "cauda_equina_syndrome",
          "progressive_motor_deficit",
          "spinal_infection",
          "malignancy",
          "fracture",
          "hardware_failure_with_deficit",
          "acute_limb_ischemia",
          "csf_leak",
          "self_harm_risk");

  public static final List<String> CAUSES =
      List.of(
          "recurrent_disc_herniation",
          "spinal_stenosis",
          "epidural_fibrosis",
          "segmental_instability",
          "adjacent_segment_disease",
          "pseudarthrosis",
          "hardware_failure",
          "sacroiliac_joint_pain",
          "facet_joint_pain",
          "discogenic_pain",
          "sagittal_imbalance",
          "arachnoiditis",
          "spinal_infection",
          "pseudomeningocele",
          "neuropathic_radicular_pain",
          "hip_pathology",
          "greater_trochanteric_pain",
          "peripheral_nerve_entrapment",
          "peripheral_neuropathy",
          "vascular_claudication",
          "myofascial_pain",
          "nociplastic_pain",
          "vertebral_fracture",
          "malignancy");

  public static final List<String> CONTRIBUTORS =
      List.of(
          "depression",
          "anxiety",
          "catastrophizing",
          "fear_avoidance",
          "high_dose_opioids",
          "compensation_or_litigation",
          "unrealistic_expectations",
          "poor_social_support",
          "smoking",
          "poor_bone_quality");

  /** Treatment options and their fixed category, in the order of the spec's table. */
  public static final java.util.Map<String, String> OPTION_CATEGORIES = optionCategories();

  private static java.util.Map<String, String> optionCategories() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("emergency_spine_evaluation", "emergency");
    for (String id :
        List.of(
            "education_and_activity",
            "physical_therapy",
            "multidisciplinary_rehabilitation",
            "psychological_therapy",
            "nsaid",
            "neuropathic_medication",
            "opioid_stewardship",
            "smoking_cessation")) {
      out.put(id, "conservative");
    }
    for (String id :
        List.of(
            "epidural_steroid_injection",
            "facet_radiofrequency_ablation",
            "sij_injection",
            "sij_radiofrequency_ablation",
            "percutaneous_adhesiolysis",
            "pulsed_radiofrequency_drg",
            "peripheral_nerve_block")) {
      out.put(id, "interventional");
    }
    for (String id :
        List.of("spinal_cord_stimulation", "drg_stimulation", "intrathecal_drug_delivery")) {
      out.put(id, "neuromodulation");
    }
    for (String id :
        List.of(
            "endoscopic_revision_decompression",
            "mis_revision_decompression",
            "open_revision_decompression",
            "instrumented_fusion",
            "fusion_extension",
            "revision_fusion",
            "hardware_revision",
            "deformity_correction",
            "sij_fusion",
            "dural_repair",
            "peripheral_nerve_release",
            "infection_debridement")) {
      out.put(id, "surgical");
    }
    for (String id :
        List.of(
            "hip_specialist_referral",
            "vascular_referral",
            "neurology_referral",
            "infectious_disease_referral",
            "mental_health_referral")) {
      out.put(id, "referral");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  public static final List<String> OPTIONS = List.copyOf(OPTION_CATEGORIES.keySet());

  public static final List<String> TESTS =
      List.of(
          "xray",
          "mri",
          "mri_gadolinium",
          "ct",
          "ct_myelogram",
          "xray_flexion_extension",
          "xray_standing_full_length",
          "pelvis_hip_xray",
          "emg_ncs",
          "inflammatory_markers",
          "blood_cultures",
          "ankle_brachial_index",
          "post_void_residual",
          "selective_nerve_root_block",
          "sij_block",
          "medial_branch_block",
          "hip_intraarticular_injection",
          "peripheral_nerve_block",
          "bone_density",
          "neuropathic_pain_screen",
          "psychological_assessment",
          "spect_ct");
}
