package org.reassess.server.records;

import java.util.Optional;

/**
 * What the assessment page shows, read together: the patient, the assessment, the assessment saved
 * just before it (to show what changed) and, when that one answered another revision, the two case
 * documents. Immutable.
 *
 * @param previousCaseJson the case the previous assessment answered, when its revision differs
 * @param caseJson the case this assessment answered, when the previous answered another revision
 */
public record AssessmentRecord(
    PatientSummary patient,
    StoredAssessment assessment,
    Optional<StoredAssessment> previous,
    Optional<String> previousCaseJson,
    Optional<String> caseJson) {}
