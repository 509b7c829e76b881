package org.reassess.engine.kb;

/**
 * A reason to raise the triage tier that is not one of the fixed red flags (reference §4 T1/T2).
 */
public record Escalation(String id, Condition when, Tier tier, String why, Rule rule) {}
