package org.reassess.server.api;

/** What saving a case produced: the revision and the assessment made of it. Immutable. */
@Doc("The case was saved as a new revision and evaluated.")
public record SavedCaseDto(
    @Doc("The new revision's number.") int revision,
    @Doc("The id of the assessment made of it.") long assessmentId,
    @Doc(value = "The saved case's address.", format = "uri-reference") String caseUrl,
    @Doc(value = "The assessment's address.", format = "uri-reference") String assessmentUrl) {}
