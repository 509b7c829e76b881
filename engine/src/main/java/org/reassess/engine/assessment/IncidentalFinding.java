package org.reassess.engine.assessment;

/**
 * An imaging abnormality that does not match the symptoms: reported, never silently dropped, and
 * never counted as strong evidence.
 */
public record IncidentalFinding(String pointer, String type, String summary, String reason) {}
