package org.reassess.engine.casefile;

/**
 * One problem found in a case document: where it is and what is wrong, in words a clinician can act
 * on. Immutable.
 *
 * @param pointer the RFC 6901 JSON pointer of the offending value ({@code "/symptoms/legPainNrs"});
 *     for a missing field, the pointer the field would have; {@code ""} for the whole document
 * @param message what is wrong, without the pointer ({@code "12 is outside 0–10"})
 */
public record ValidationIssue(String pointer, String message) {}
