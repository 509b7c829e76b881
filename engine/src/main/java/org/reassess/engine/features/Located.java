package org.reassess.engine.features;

import java.time.LocalDate;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding;

/**
 * One imaging finding with the study it comes from and its place in the case.
 *
 * @param finding the finding
 * @param modality the study's modality
 * @param date the study's date
 * @param study index of the study in the case's {@code imaging} list
 * @param index index of the finding in the study's list of findings
 */
record Located<T extends ImagingFinding>(
    T finding, Modality modality, LocalDate date, int study, int index) {

  /** JSON pointer of the finding in the case. */
  String pointer() {
    return "/imaging/" + study + "/findings/" + index;
  }
}
