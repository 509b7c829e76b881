package org.reassess.server.records;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as saved: the engine's JSON, stamped with the engine and knowledge-base versions
 * and the revision it answers. Immutable; never updated.
 */
public record StoredAssessment(
    long id,
    long patientId,
    long revisionId,
    int revision,
    String engineVersion,
    String kbVersion,
    String tier,
    int redFlagCount,
    String assessmentJson,
    Instant createdAt,
    @Nullable String createdBy) {}
