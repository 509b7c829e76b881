package org.reassess.engine.kb;

import java.util.Optional;
import java.util.OptionalDouble;
import org.reassess.engine.casefile.WireEnum;

/**
 * An outcome measure recorded at each visit ({@code measures.yaml}), with the minimal clinically
 * important difference that turns a change into an improvement or a worsening. Immutable.
 *
 * @param id the case field the values come from ({@code "backPainNrs"})
 * @param label what a clinician reads ({@code "Back pain intensity (NRS 0-10)"})
 * @param plainLabel a short plain name for patients and narrow columns ({@code "Back pain"})
 * @param unit the unit of a value and of a change ({@code "points"}, {@code "minutes"})
 * @param min the lowest value the scale allows; empty when unbounded
 * @param max the highest value the scale allows; empty when unbounded
 * @param betterWhen which direction of change is favourable
 * @param mcid the minimal clinically important difference; empty when the reference gives none
 * @param note a plain remark shown with the measure (an unverified MCID, or why there is none)
 * @param rule the measure's evidence and citations (its MCID has its own)
 */
public record OutcomeMeasure(
    String id,
    String label,
    String plainLabel,
    String unit,
    OptionalDouble min,
    OptionalDouble max,
    BetterWhen betterWhen,
    Optional<Mcid> mcid,
    Optional<String> note,
    Rule rule) {

  /** The favourable direction of a measure: pain falls, walking tolerance rises. */
  public enum BetterWhen implements WireEnum {
    /** A fall is an improvement (pain, disability, distress). */
    LOWER,
    /** A rise is an improvement (quality of life, tolerances). */
    HIGHER
  }
}
