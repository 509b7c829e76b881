package org.reassess.engine.kb;

import org.reassess.engine.casefile.WireEnum;

/**
 * What a test costs the patient: a questionnaire or a blood test is low, an MRI or EMG moderate, an
 * injection or a myelogram high. The work-up prefers the least burdensome test that settles the
 * same question.
 */
public enum Burden implements WireEnum {
  LOW,
  MODERATE,
  HIGH
}
