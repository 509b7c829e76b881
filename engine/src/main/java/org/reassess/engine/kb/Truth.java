package org.reassess.engine.kb;

/** The value of a condition under three-valued logic: missing data gives {@link #UNKNOWN}. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN
}
