package org.reassess.server.api;

import org.jspecify.annotations.Nullable;
import org.reassess.server.records.StoredAssessment;

/** An assessment's metadata (the assessment itself is fetched from {@link #url()}). Immutable. */
@Doc("One assessment of the patient, without the assessment document itself.")
public record AssessmentDto(
    @Doc("The assessment's id.") long id,
    @Doc("The number of the case revision it answers.") int revision,
    @Doc("The engine's version that made it.") String engineVersion,
    @Doc("The knowledge base's version it was made with.") String kbVersion,
    @Doc("Its triage tier.") String tier,
    @Doc("How many red flags it raised.") int redFlagCount,
    @Doc(value = "When it was made.", format = "date-time") String createdAt,
    @Doc("Who asked for it (the account's name); null for the server's demo data.")
        @Nullable String createdBy,
    @Doc(value = "The assessment document's address in the API.", format = "uri-reference")
        String url) {

  static AssessmentDto of(StoredAssessment a) {
    return new AssessmentDto(
        a.id(),
        a.revision(),
        a.engineVersion(),
        a.kbVersion(),
        a.tier(),
        a.redFlagCount(),
        a.createdAt().toString(),
        a.createdBy(),
        AssessmentsApi.assessmentUrl(a.patientId(), a.id()));
  }
}
