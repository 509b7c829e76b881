package org.reassess.server.api;

import org.jspecify.annotations.Nullable;
import org.reassess.server.records.Revision;

/** A case revision's metadata (the case itself is fetched from {@link #url()}). Immutable. */
@Doc("One saved revision of the patient's case, without the case itself.")
public record RevisionDto(
    @Doc("The revision's number for this patient, from 1.") int revision,
    @Doc("Where the revision came from: form | import | api | demo.") String origin,
    @Doc(value = "When it was saved.", format = "date-time") String createdAt,
    @Doc("Who saved it (the account's name); null for the server's demo data.")
        @Nullable String createdBy,
    @Doc(value = "The case document's address in the API.", format = "uri-reference") String url) {

  static RevisionDto of(Revision r) {
    return new RevisionDto(
        r.revision(),
        r.origin(),
        r.createdAt().toString(),
        r.createdBy(),
        CasesApi.caseUrl(r.patientId(), r.revision()));
  }
}
