package org.reassess.engine.assessment;

import java.util.List;

/**
 * One cause of the differential: its likelihood band and probability, and the evidence behind them.
 *
 * @param priorProbability the pre-test probability after adjustments
 * @param supporting present findings that raise it and absent ones that argue for it
 * @param against findings that lower it
 * @param missing unknown findings that would matter most, strongest first, with the tests that
 *     would tell
 */
public record CauseResult(
    String cause,
    String name,
    String likelihood,
    double probability,
    double priorProbability,
    List<Statement> priorAdjustments,
    List<EvidenceItem> supporting,
    List<EvidenceItem> against,
    List<EvidenceItem> missing,
    Provenance source) {
  public CauseResult {
    priorAdjustments = List.copyOf(priorAdjustments);
    supporting = List.copyOf(supporting);
    against = List.copyOf(against);
    missing = List.copyOf(missing);
  }

  /**
   * A finding's state in this case and the likelihood ratio it applied ({@code 1} for missing).
   *
   * @param state present | absent | missing
   */
  public record EvidenceItem(
      String finding,
      String label,
      String state,
      double likelihoodRatio,
      java.util.Map<String, Object> facts,
      List<String> tests,
      Provenance source) {
    public EvidenceItem {
      facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
      tests = List.copyOf(tests);
    }
  }
}
