package org.reassess.engine.kb;

import org.reassess.engine.casefile.WireEnum;

/** Urgency of the triage, least urgent first, so that a higher ordinal is more urgent. */
public enum Tier implements WireEnum {
  /** Routine multidisciplinary pathway. */
  ROUTINE,
  /** Specialist work-up within weeks. */
  SOON,
  /** Within days. */
  URGENT,
  /** Same day. */
  EMERGENCY;

  public boolean isMoreUrgentThan(Tier other) {
    return compareTo(other) > 0;
  }
}
