package org.reassess.engine.kb;

/**
 * How the plan states its stages ({@code kb.yaml} {@code plan}).
 *
 * @param reviewAfter the stated time after which options of the stage "if there is no improvement"
 *     come into play ({@code "6-12 weeks"})
 */
public record PlanPolicy(String reviewAfter, Rule rule) {}
