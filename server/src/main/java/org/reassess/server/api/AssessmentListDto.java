package org.reassess.server.api;

import java.util.List;

/** The assessments of a patient, newest first. Immutable. */
@Doc("Every assessment of the patient, newest first.")
public record AssessmentListDto(@Doc("The assessments.") List<AssessmentDto> items) {
  public AssessmentListDto {
    items = List.copyOf(items);
  }
}
