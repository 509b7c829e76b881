package org.reassess.engine.outcomes;

import org.reassess.engine.casefile.WireEnum;

/**
 * Whether a patient is improving, over the primary measures of the knowledge base's outcome policy
 * ({@code measures.yaml} {@code improvement}). Wire names: {@code improving}, {@code
 * not_improving}, {@code worsening}, {@code no_data}.
 */
public enum PatientStatus implements WireEnum {
  /** At least one primary measure improved by its MCID and none worsened by it. */
  IMPROVING,
  /** Some primary measure has two or more values, and none improved or worsened by its MCID. */
  NOT_IMPROVING,
  /** At least one primary measure worsened by its MCID (whatever the others did). */
  WORSENING,
  /** No primary measure has two values yet. */
  NO_DATA
}
