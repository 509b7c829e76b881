package org.reassess.engine.kb;

import java.util.Map;

/**
 * How the work-up ranks and trims its list ({@code kb.yaml} {@code workup}).
 *
 * @param burdenDivisor a test's value is divided by the divisor of its burden
 * @param minimumValue below this a test would barely move any cause and is not suggested
 * @param maximumSuggestions the list a clinician acts on stays short; red-flag tests are never cut
 * @param emergencyRedFlagTestsOnly in an emergency only the red flags' tests are listed: the rest
 *     of the work-up waits until the emergency is dealt with
 */
public record WorkupPolicy(
    Map<Burden, Double> burdenDivisor,
    double minimumValue,
    int maximumSuggestions,
    boolean emergencyRedFlagTestsOnly,
    Rule rule) {
  public WorkupPolicy {
    burdenDivisor = Map.copyOf(burdenDivisor);
  }
}
