package org.reassess.report;

import java.util.Map;
import java.util.Optional;

/**
 * Everyday words for the patient letter: a plain name per cause, test and option id of the
 * knowledge base, and a plain sentence per red flag and per urgency tier.
 *
 * <p>This is wording, not clinical logic: which causes are likely, which tests come first and which
 * red flags are raised is decided by the engine from the knowledge base; this class only says the
 * same thing in short, common words for a reading age of about twelve. An id with no entry here (a
 * knowledge base newer than this table) falls back to the assessment's own name for it.
 */
public final class PlainWords {

  private PlainWords() {}

  /** What each red flag means, in one or two short sentences. */
  static final Map<String, String> RED_FLAGS =
      Map.of(
          "cauda_equina_syndrome",
          "The nerves at the bottom of your spine may be squeezed. These nerves control your"
              + " bladder, your bowel and your legs.",
          "progressive_motor_deficit",
          "Your leg is getting weaker, or the weakness is new and strong. A nerve may be pressed"
              + " hard.",
          "spinal_infection",
          "There may be an infection in or near your spine.",
          "fracture",
          "A bone in your back or hip may be broken.",
          "malignancy",
          "Some signs mean your doctor needs to check for a growth, such as a cancer.",
          "csf_leak",
          "The fluid around the nerves in your back may be leaking.",
          "hardware_failure_with_deficit",
          "A screw or other metal part from your surgery may have moved. It may press on a nerve.",
          "acute_limb_ischemia",
          "Blood may not be getting to your leg.",
          "self_harm_risk",
          "You said you have had thoughts of hurting yourself. You do not have to face this alone.");

  /** How soon to get help, per urgency tier; routine care needs no sentence. */
  static final Map<String, String> TIERS =
      Map.of(
          "emergency",
          "Get help today. Go to the emergency department, or call your surgery team now.",
          "urgent",
          "Please see a doctor in the next few days.",
          "soon",
          "It is best to see a spine doctor in the next few weeks.");

  /** A plain name for each cause of pain. */
  static final Map<String, String> CAUSES =
      Map.ofEntries(
          Map.entry(
              "adjacent_segment_disease", "wear at the part of the spine next to your surgery"),
          Map.entry("arachnoiditis", "swelling and scar of the thin skin around the nerves"),
          Map.entry("discogenic_pain", "pain from a worn disc"),
          Map.entry("epidural_fibrosis", "scar tissue around a nerve"),
          Map.entry("facet_joint_pain", "pain from the small joints at the back of the spine"),
          Map.entry("greater_trochanteric_pain", "pain on the outside of the hip"),
          Map.entry(
              "hardware_failure", "a problem with the screws, rods or cage from your surgery"),
          Map.entry("hip_pathology", "a problem in the hip joint"),
          Map.entry("malignancy", "a growth, such as a cancer"),
          Map.entry("myofascial_pain", "sore, tight muscles"),
          Map.entry("neuropathic_radicular_pain", "a nerve that was hurt and still sends pain"),
          Map.entry("nociplastic_pain", "nerves that have become too quick to send pain"),
          Map.entry("peripheral_nerve_entrapment", "a nerve pinched outside the spine"),
          Map.entry("peripheral_neuropathy", "harm to the nerves of the feet and legs"),
          Map.entry("pseudarthrosis", "bones that have not grown together after fusion surgery"),
          Map.entry("pseudomeningocele", "a leak of the fluid around the nerves"),
          Map.entry(
              "recurrent_disc_herniation", "a disc that bulges out again and presses on a nerve"),
          Map.entry(
              "sacroiliac_joint_pain", "pain from the joint where the spine meets the hip bone"),
          Map.entry("sagittal_imbalance", "a spine that has lost its normal curve"),
          Map.entry("segmental_instability", "a part of the spine that moves too much"),
          Map.entry("spinal_infection", "an infection in or near the spine"),
          Map.entry("spinal_stenosis", "too little room for the nerves in the spine"),
          Map.entry("vascular_claudication", "poor blood flow to the legs"),
          Map.entry("vertebral_fracture", "a broken bone in the spine"));

  /** A plain name for each test. */
  static final Map<String, String> TESTS =
      Map.ofEntries(
          Map.entry("ankle_brachial_index", "a blood pressure check at your ankles and arms"),
          Map.entry("blood_cultures", "blood tests to look for germs"),
          Map.entry("bone_density", "a scan of how strong your bones are"),
          Map.entry("ct", "a CT scan of your back"),
          Map.entry("ct_myelogram", "a CT scan with dye around the nerves"),
          Map.entry("emg_ncs", "tests of how well your nerves and muscles work"),
          Map.entry("hip_intraarticular_injection", "a numbing shot into the hip joint"),
          Map.entry("inflammatory_markers", "blood tests for infection and swelling"),
          Map.entry("medial_branch_block", "numbing shots near the small joints of the spine"),
          Map.entry("mri", "an MRI scan of your low back"),
          Map.entry("mri_gadolinium", "an MRI scan of your back with dye"),
          Map.entry("neuropathic_pain_screen", "a few questions about nerve pain"),
          Map.entry("pelvis_hip_xray", "X-rays of your hips"),
          Map.entry("peripheral_nerve_block", "a numbing shot near a nerve in the leg or hip"),
          Map.entry("post_void_residual", "a scan to check that your bladder empties"),
          Map.entry(
              "psychological_assessment", "a talk about mood, stress and how pain affects you"),
          Map.entry("selective_nerve_root_block", "a numbing shot next to one nerve in the spine"),
          Map.entry(
              "sij_block", "a numbing shot into the joint where the spine meets the hip bone"),
          Map.entry("spect_ct", "a bone scan with a CT scan"),
          Map.entry("xray", "X-rays of your low back while you stand"),
          Map.entry("xray_flexion_extension", "X-rays while you bend forward and back"),
          Map.entry(
              "xray_standing_full_length", "a long X-ray of your whole spine while you stand"));

  /** A plain name for each treatment option. */
  static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("deformity_correction", "surgery to fix the curve of the spine"),
          Map.entry("drg_stimulation", "a small device that calms one nerve with mild pulses"),
          Map.entry("dural_repair", "surgery to fix the fluid leak"),
          Map.entry("education_and_activity", "learning about your pain and staying active"),
          Map.entry("emergency_spine_evaluation", "an emergency check by a spine team"),
          Map.entry(
              "endoscopic_revision_decompression",
              "keyhole surgery with a tiny camera to free the nerve"),
          Map.entry("epidural_steroid_injection", "a steroid shot near the nerves in your back"),
          Map.entry(
              "facet_radiofrequency_ablation", "heat to calm the nerves of the small spine joints"),
          Map.entry("fusion_extension", "surgery to join one more part of the spine"),
          Map.entry("hardware_revision", "surgery to fix or change screws or a cage"),
          Map.entry("hip_specialist_referral", "seeing a hip doctor"),
          Map.entry("infection_debridement", "surgery to clean out an infection"),
          Map.entry("infectious_disease_referral", "seeing a doctor for infections"),
          Map.entry(
              "instrumented_fusion", "surgery to join bones of the spine with screws and rods"),
          Map.entry(
              "intrathecal_drug_delivery", "a small pump that gives pain medicine near the spine"),
          Map.entry("mental_health_referral", "seeing a mental health team"),
          Map.entry("mis_revision_decompression", "surgery through a small cut to free the nerve"),
          Map.entry(
              "multidisciplinary_rehabilitation",
              "a program where a team helps both body and mind"),
          Map.entry("neurology_referral", "seeing a nerve doctor"),
          Map.entry("neuropathic_medication", "medicine for nerve pain"),
          Map.entry("nsaid", "anti-swelling pain pills, such as ibuprofen, for a short time"),
          Map.entry("open_revision_decompression", "open surgery to free the nerve"),
          Map.entry("opioid_stewardship", "a check of strong pain medicines (opioids)"),
          Map.entry(
              "percutaneous_adhesiolysis", "a needle treatment to loosen scar around a nerve"),
          Map.entry("peripheral_nerve_block", "a numbing shot near a nerve in the leg or hip"),
          Map.entry(
              "peripheral_nerve_release", "surgery to free a pinched nerve outside the spine"),
          Map.entry("physical_therapy", "physiotherapy and exercise"),
          Map.entry("psychological_therapy", "talking therapy to help you cope with pain"),
          Map.entry("pulsed_radiofrequency_drg", "mild electric pulses to calm a nerve"),
          Map.entry("revision_fusion", "surgery to redo a fusion that has not healed"),
          Map.entry("sij_fusion", "surgery to join the joint where the spine meets the hip bone"),
          Map.entry("sij_injection", "a shot into the joint where the spine meets the hip bone"),
          Map.entry(
              "sij_radiofrequency_ablation",
              "heat to calm the nerves of the joint where the spine meets the hip bone"),
          Map.entry("smoking_cessation", "help to stop smoking"),
          Map.entry(
              "spinal_cord_stimulation", "a small device that sends mild pulses to ease pain"),
          Map.entry("vascular_referral", "seeing a doctor for blood vessels"));

  static Optional<String> redFlag(String id) {
    return Optional.ofNullable(RED_FLAGS.get(id));
  }

  static Optional<String> tier(String tier) {
    return Optional.ofNullable(TIERS.get(tier));
  }

  static String cause(String id, String fallback) {
    return CAUSES.getOrDefault(id, fallback);
  }

  static String test(String id, String fallback) {
    return TESTS.getOrDefault(id, fallback);
  }

  static String option(String id, String fallback) {
    return OPTIONS.getOrDefault(id, fallback);
  }
}
