package org.reassess.server.api;

import java.util.List;
import org.reassess.server.records.PatientPage;

/** One page of the patient list with its pagination metadata. Immutable. */
@Doc("One page of the clinic's patients, open red flags first, then by name.")
public record PatientListDto(
    @Doc("The patients on this page.") List<PatientDto> items,
    @Doc("This page's number, from 1.") int page,
    @Doc("Patients per page.") int pageSize,
    @Doc("How many patients match in all.") long total,
    @Doc("How many pages there are (at least 1).") int pages) {

  public PatientListDto {
    items = List.copyOf(items);
  }

  static PatientListDto of(PatientPage page) {
    return new PatientListDto(
        page.patients().stream().map(PatientDto::of).toList(),
        page.query().page(),
        page.query().pageSize(),
        page.total(),
        page.pages());
  }
}
