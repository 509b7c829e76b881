package org.reassess.engine.kb;

import java.util.List;

/**
 * Which outcome measures decide whether a patient is improving ({@code measures.yaml} {@code
 * improvement}): the patient list judges the trend of these only.
 *
 * @param primaryMeasures ids of {@link OutcomeMeasure}s, each with an MCID
 * @param rule evidence and citations (combining the measures into one status is convention)
 */
public record OutcomePolicy(List<String> primaryMeasures, Rule rule) {
  public OutcomePolicy {
    primaryMeasures = List.copyOf(primaryMeasures);
  }
}
