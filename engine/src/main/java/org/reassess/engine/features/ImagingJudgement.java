package org.reassess.engine.features;

import org.jspecify.annotations.Nullable;

/**
 * How one imaging finding relates to the patient's symptoms: the concordance judgement behind the
 * {@code *Concordant} features, kept so the assessment can show it and list non-concordant findings
 * as incidental rather than drop them.
 *
 * @param pointer JSON pointer of the finding in the case ({@code /imaging/0/findings/1})
 * @param type the finding's type ({@code disc_herniation})
 * @param summary a short readable description ({@code "L4-L5 left disc herniation compressing L5"})
 * @param root the root the finding affects, when it can be told
 * @param concordance whether it matches the symptoms
 * @param reason why, in words a clinician reads ({@code "L5 is among the painful dermatomes on the
 *     left"})
 */
public record ImagingJudgement(
    String pointer,
    String type,
    String summary,
    @Nullable String root,
    Concordance concordance,
    String reason) {

  /** Concordance of a finding with the symptoms. */
  public enum Concordance {
    CONCORDANT,
    NOT_CONCORDANT,
    UNKNOWN
  }
}
