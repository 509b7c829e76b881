package org.reassess.engine.kb;

import java.util.List;

/**
 * Which outcome measures decide whether a patient is improving ({@code measures.yaml} {@code
 * improvement}): the patient list judges the trend of these only; and how a worsening is judged
 * ({@code measures.yaml} {@code worsening}).
 *
 * @param primaryMeasures ids of {@link OutcomeMeasure}s, each with an MCID
 * @param rule evidence and citations (combining the measures into one status is convention)
 * @param worsening how every MCID is read in the unfavourable direction; each {@link Mcid} carries
 *     this same policy
 */
public record OutcomePolicy(List<String> primaryMeasures, Rule rule, WorseningPolicy worsening) {
  public OutcomePolicy {
    primaryMeasures = List.copyOf(primaryMeasures);
  }
}
