package org.reassess.engine.kb;

/**
 * A pointer into the clinical reference.
 *
 * @param source a source key of {@code shared/clinical/reference.md} §10 ({@code R64})
 * @param locator where in it ({@code "§2.2 row 2; Waddell 1979"})
 */
public record Citation(String source, String locator) {}
