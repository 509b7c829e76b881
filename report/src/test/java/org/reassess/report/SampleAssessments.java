package org.reassess.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.Assessment.Expectation;
import org.reassess.engine.assessment.Assessment.KnowledgeBaseStamp;
import org.reassess.engine.assessment.Assessment.Plan;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.CauseResult.EvidenceItem;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.IncidentalFinding;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.Triage.RaisedRedFlag;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.kb.Citation;

/**
 * Assessments built by hand, so that the report tests know every value they look for and do not
 * move when the knowledge base is tuned. Every list has entries; the text carries the characters
 * knowledge-base text uses and the base-14 PDF fonts lack.
 */
final class SampleAssessments {
  private SampleAssessments() {}

  static final String KB_VERSION = "0.9.3";
  static final String KB_HASH =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  /** Text with ≥ → − ✔ ◐ Δ ‑ ≈ ≤, none of which WinAnsi (the base-14 fonts) has. */
  static final String SPECIAL_TEXT = "PVR ≥ 200 mL → LR− 0.28 ✔ ◐ Δ non‑union ≈ 3 ≤ 5";

  /** Every letter and digit, and the pairs fonts like to join: fi fl ff ffi ffl hn. */
  static final String PANGRAM =
      "The quick brown fox jumps over the lazy dog 0123456789 fi fl ff ffi ffl hn"
          + " THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG";

  static Assessment emergency() {
    return emergency("sample-case-1");
  }

  /** A cauda equina emergency: two red flags, a likely and a possible cause, three unlikely. */
  static Assessment emergency(@Nullable String caseId) {
    Triage triage =
        new Triage(
            "emergency",
            List.of(
                new RaisedRedFlag(
                    "cauda_equina_syndrome",
                    "Cauda equina syndrome",
                    "emergency",
                    "New urinary retention suggests cauda equina compression. Saddle numbness is"
                        + " the most sensitive sign.",
                    "Same-day emergency MRI and on-call spine surgical review.",
                    List.of(
                        statement(
                            "new_urinary_retention",
                            "New urinary retention suggests cauda equina compression.",
                            "verified",
                            "R51"),
                        statement(
                            "saddle_anaesthesia",
                            "Saddle numbness is the most sensitive sign.",
                            "verified",
                            "R52")),
                    List.of("post_void_residual", "mri"),
                    source("red-flags/cauda_equina_syndrome.yaml", "verified", "R51", "R53")),
                new RaisedRedFlag(
                    "progressive_motor_deficit",
                    "Progressive motor deficit",
                    "emergency",
                    "Weakness getting worse over days.",
                    "Same-day MRI.",
                    List.of(),
                    List.of("mri"),
                    source("red-flags/progressive_motor_deficit.yaml", "nv", "R103"))),
            List.of(
                statement(
                    "new_radicular_deficit",
                    "A new motor deficit needs review within days.",
                    "convention",
                    "R103")));
    List<CauseResult> differential =
        List.of(
            new CauseResult(
                "recurrent_disc_herniation",
                "Recurrent or residual disc herniation",
                "likely",
                0.72,
                0.12,
                List.of(
                    statement(
                        "late_recurrence",
                        "Pain returning after a free interval.",
                        "partial",
                        "R67")),
                List.of(
                    evidence("radicular_pattern", "Leg pain following a dermatome", 2.0, "R75"),
                    evidence("straight_leg_raise", "Straight leg raise positive", 1.23, "R19")),
                List.of(
                    new EvidenceItem(
                        "leg_dominant_pain",
                        "Leg pain worse than back pain",
                        "absent",
                        0.7,
                        Map.of("legDominant", false),
                        List.of(),
                        source("causes/rdh.yaml#leg", "convention", "R75"))),
                List.of(
                    new EvidenceItem(
                        "concordant_disc_on_imaging",
                        "Concordant disc on imaging since surgery",
                        "missing",
                        1.0,
                        Map.of(),
                        List.of("mri_gadolinium"),
                        source("causes/rdh.yaml#imaging", "verified", "R24"))),
                source("causes/recurrent_disc_herniation.yaml", "nv", "R4")),
            new CauseResult(
                "spinal_stenosis",
                "Residual or recurrent spinal stenosis",
                "possible",
                0.31,
                0.29,
                List.of(),
                List.of(evidence("claudication", SPECIAL_TEXT, 1.5, "R109")),
                List.of(),
                List.of(),
                source("causes/spinal_stenosis.yaml", "verified", "R109")),
            unlikely("arachnoiditis", "Arachnoiditis", 0.10, "R120"),
            unlikely("hip_pathology", "Hip osteoarthritis", 0.003, "R23"),
            unlikely("pseudarthrosis", "Pseudarthrosis (failed fusion)", 0.001, "R111b"));
    return new Assessment(
        Assessment.FORMAT,
        caseId,
        "2026-01-13",
        Assessment.DISCLAIMER,
        new KnowledgeBaseStamp("reassess-kb", KB_VERSION, KB_HASH),
        "0.1.0-TEST",
        triage,
        differential,
        List.of(
            new ContributorResult(
                "depression",
                "Depression",
                "PHQ-9 of 21 is severe depression.",
                Map.of("phq9", 21),
                source("contributors/depression.yaml", "verified", "R90"))),
        List.of(
            new IncidentalFinding(
                "/imaging/0/findings/1",
                "disc_herniation",
                "Disc protrusion at L2-L3",
                "Not at a level or side that matches the symptoms.")),
        List.of(
            new WorkupSuggestion(
                "mri",
                "MRI of the lumbar spine",
                "Shows root compression and cauda equina compression.",
                List.of("demanded by red flag cauda_equina_syndrome (emergency)"),
                0.32,
                source("tests/mri.yaml", "verified", "R28")),
            new WorkupSuggestion(
                "post_void_residual",
                "Post-void residual bladder scan",
                "A residual above 200 mL supports cauda equina syndrome.",
                List.of("demanded by red flag cauda_equina_syndrome (emergency)"),
                0.0,
                source("tests/post_void_residual.yaml", "verified", "R51"))),
        new Plan(
            "Treatment planning is not yet available in this version. " + PANGRAM,
            "6-12 weeks",
            List.of()),
        List.of(
            new Expectation(
                "physical_therapy",
                "Most patients improve after revision.",
                "about 5 NRS points",
                null,
                "Most people feel better after it.",
                source("expect.yaml", "nv", "R67"))));
  }

  /** No red flag, tier routine, nothing likely. */
  static Assessment routine() {
    Assessment e = emergency("sample-routine");
    return new Assessment(
        e.format(),
        e.caseId(),
        e.assessmentDate(),
        e.disclaimer(),
        e.knowledgeBase(),
        e.engineVersion(),
        new Triage("routine", List.of(), List.of()),
        e.differential().stream().filter(c -> c.likelihood().equals("unlikely")).toList(),
        List.of(),
        List.of(),
        List.of(),
        e.plan(),
        List.of());
  }

  private static CauseResult unlikely(String id, String name, double p, String sourceKey) {
    return new CauseResult(
        id,
        name,
        "unlikely",
        p,
        p,
        List.of(),
        List.of(evidence(id + "_sign", "Sign of " + name, 1.1, sourceKey)),
        List.of(),
        List.of(),
        source("causes/" + id + ".yaml", "convention", sourceKey));
  }

  private static EvidenceItem evidence(String finding, String label, double lr, String key) {
    return new EvidenceItem(
        finding,
        label,
        "present",
        lr,
        Map.of(finding, true),
        List.of(),
        source("causes/x.yaml#" + finding, "verified", key));
  }

  private static Statement statement(String id, String text, String grade, String key) {
    return new Statement(id, text, Map.of(), source("rules.yaml#" + id, grade, key));
  }

  static Provenance source(String rule, String grade, String... keys) {
    return new Provenance(
        rule, grade, java.util.Arrays.stream(keys).map(k -> new Citation(k, "§1")).toList());
  }
}
