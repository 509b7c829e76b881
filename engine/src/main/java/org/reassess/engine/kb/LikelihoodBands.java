package org.reassess.engine.kb;

/**
 * Posterior probability bands of the differential: a probability of at least {@code likely} reads
 * "likely", at least {@code possible} reads "possible", anything lower reads "unlikely".
 */
public record LikelihoodBands(double likely, double possible, Rule rule) {}
