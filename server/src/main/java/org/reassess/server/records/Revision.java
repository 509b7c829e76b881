package org.reassess.server.records;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a patient's case: the reassess-case/1 JSON as it was saved. Immutable.
 *
 * @param origin form | import | api | demo
 */
public record Revision(
    long id,
    long patientId,
    int revision,
    String caseJson,
    String origin,
    Instant createdAt,
    @Nullable String createdBy) {}
