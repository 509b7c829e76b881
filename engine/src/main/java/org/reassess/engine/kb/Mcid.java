package org.reassess.engine.kb;

import java.util.OptionalDouble;

/**
 * A minimal clinically important difference (reference §6): the least change a patient notices as
 * meaningful. The reference states some as an absolute change, some as a percent of the baseline
 * value, some as both ("2 points or 30%"); a change that reaches either counts. At least one is
 * present, and both are positive.
 *
 * @param absolute the change in the measure's own unit ({@code 2} NRS points)
 * @param percentOfBaseline the change as a percent of the first value ({@code 30})
 * @param rule evidence grade (an unverified MCID is {@link Evidence#NV}) and citations
 */
public record Mcid(OptionalDouble absolute, OptionalDouble percentOfBaseline, Rule rule) {
  public Mcid {
    if (absolute.isEmpty() && percentOfBaseline.isEmpty()) {
      throw new IllegalArgumentException("an MCID needs an absolute change or a percent");
    }
  }
}
