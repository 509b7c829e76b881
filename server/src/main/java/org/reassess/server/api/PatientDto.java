package org.reassess.server.api;

import org.jspecify.annotations.Nullable;
import org.reassess.server.records.PatientSummary;

/** A patient as the API shows it: who they are and where their record stands. Immutable. */
@Doc("A patient of the token's clinic and where their record stands.")
public record PatientDto(
    @Doc("The patient's id.") long id,
    @Doc("The name the clinic knows the patient by.") String displayName,
    @Doc("The clinic's medical record number; null when none was given.") @Nullable String mrn,
    @Doc("The latest assessment's id; null before the first one.")
        @Nullable Long latestAssessmentId,
    @Doc("The latest assessment's triage tier; null before the first one.")
        @Nullable String latestTier,
    @Doc("The latest assessment raised a red flag.") boolean redFlagOpen,
    @Doc("The latest assessment's most likely cause, with its likelihood.")
        @Nullable String leadingCause,
    @Doc("improving | not_improving | worsening | no_data, over the primary outcome measures.")
        String outcomeStatus,
    @Doc(value = "When anything last happened in the record.", format = "date-time")
        String lastActivityAt,
    @Doc(value = "This patient's address in the API.", format = "uri-reference") String url) {

  static PatientDto of(PatientSummary p) {
    return new PatientDto(
        p.id(),
        p.displayName(),
        p.mrn(),
        p.latestAssessmentId(),
        p.latestTier(),
        p.redFlagOpen(),
        p.leadingCause(),
        p.outcomeStatus(),
        p.lastActivityAt().toString(),
        PatientsApi.patientUrl(p.id()));
  }
}
