package org.reassess.server.api;

import org.reassess.engine.kb.Citation;

/** A pointer into the clinical reference. Immutable. */
@Doc("Where the clinical reference supports a statement.")
public record CitationDto(
    @Doc("The source's key in the clinical reference (R104).") String source,
    @Doc("Where in it.") String locator) {

  static CitationDto of(Citation c) {
    return new CitationDto(c.source(), c.locator());
  }
}
