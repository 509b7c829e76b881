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
