package org.reassess.server.records;

import java.util.List;

/** One page of the patient list, and how many patients match in all. Immutable. */
public record PatientPage(PatientQuery query, List<PatientSummary> patients, long total) {
  public PatientPage {
    patients = List.copyOf(patients);
  }

  public int pages() {
    return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
  }
}
