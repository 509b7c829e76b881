package org.reassess.server.api;

import java.util.List;

/** The revisions of a patient's case, newest first. Immutable. */
@Doc("Every revision of the patient's case, newest first.")
public record RevisionListDto(@Doc("The revisions.") List<RevisionDto> items) {
  public RevisionListDto {
    items = List.copyOf(items);
  }
}
