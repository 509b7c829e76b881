package org.reassess.server.records;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the patient list: who the patient is and where their record stands. Immutable.
 *
 * @param latestTier the triage tier of the latest assessment; null before the first one
 * @param redFlagOpen the latest assessment raised a red flag
 * @param leadingCause the most likely cause of the latest assessment, with its likelihood
 * @param outcomeStatus improving | not_improving | worsening | no_data, over the primary measures
 */
public record PatientSummary(
    long id,
    long clinicId,
    String displayName,
    @Nullable String mrn,
    @Nullable Long latestAssessmentId,
    @Nullable String latestTier,
    boolean redFlagOpen,
    @Nullable String leadingCause,
    String outcomeStatus,
    Instant lastActivityAt) {}
