package org.reassess.engine.kb;

/**
 * How a change in the unfavourable direction is judged a worsening ({@code measures.yaml} {@code
 * worsening}). The MCIDs of reference §6 are minimal important changes for improvement; which of an
 * MCID's two forms a worsening must reach is a cited choice of the knowledge base, not of the code.
 *
 * @param threshold which of the MCID's absolute and percent-of-baseline changes a worsening needs
 * @param rule evidence and citations (the reference gives no MCID for worsening: convention)
 */
public record WorseningPolicy(Mcid.Threshold threshold, Rule rule) {}
