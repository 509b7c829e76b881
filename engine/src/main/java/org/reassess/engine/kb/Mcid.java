package org.reassess.engine.kb;

import java.util.OptionalDouble;
import org.reassess.engine.casefile.WireEnum;

/**
 * A minimal clinically important difference (reference §6): the least change a patient notices as
 * meaningful. The reference states some as an absolute change, some as a percent of the baseline
 * value, some as both ("2 points or 30%"); for an improvement a change that reaches either counts.
 * How a change in the unfavourable direction is judged is the knowledge base's {@link
 * WorseningPolicy}, which every MCID carries. At least one of the two changes is present, and both
 * are positive.
 *
 * @param absolute the change in the measure's own unit ({@code 2} NRS points)
 * @param percentOfBaseline the change as a percent of the first value ({@code 30})
 * @param rule evidence grade (an unverified MCID is {@link Evidence#NV}) and citations
 * @param worsening how this MCID is read for a worsening ({@code measures.yaml} {@code worsening});
 *     the same policy for every MCID of the knowledge base
 */
public record Mcid(
    OptionalDouble absolute,
    OptionalDouble percentOfBaseline,
    Rule rule,
    WorseningPolicy worsening) {
  public Mcid {
    if (absolute.isEmpty() && percentOfBaseline.isEmpty()) {
      throw new IllegalArgumentException("an MCID needs an absolute change or a percent");
    }
  }

  /**
   * Which of an MCID's two required changes, the absolute one and the percent of the baseline, a
   * change must reach when both apply. With only one, that one is required either way.
   */
  public enum Threshold implements WireEnum {
    /** The smaller of the two: reaching either is enough ("2 points or 30%" as written). */
    SMALLER,
    /** The larger of the two: both must be reached. */
    LARGER,
    /**
     * The absolute change alone, whatever the baseline ("2 points"); the percent only for an MCID
     * given as nothing else.
     */
    ABSOLUTE
  }
}
