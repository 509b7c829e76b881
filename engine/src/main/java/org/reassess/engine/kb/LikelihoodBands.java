package org.reassess.engine.kb;

/**
 * Posterior probability bands of the differential: a probability of at least {@code likely} reads
 * "likely", at least {@code possible} reads "possible", anything lower reads "unlikely".
 */
public record LikelihoodBands(double likely, double possible, Rule rule) {

  /** The band a probability falls in: {@code likely}, {@code possible} or {@code unlikely}. */
  public String bandOf(double probability) {
    if (probability >= likely) {
      return "likely";
    }
    return probability >= possible ? "possible" : "unlikely";
  }
}
