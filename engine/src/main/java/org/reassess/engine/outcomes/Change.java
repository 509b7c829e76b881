package org.reassess.engine.outcomes;

import org.reassess.engine.casefile.WireEnum;

/**
 * How one measure changed from its first (baseline) value to its latest, judged against its minimal
 * clinically important difference. Wire names are the constants in lower snake case ({@code
 * no_important_change}).
 */
public enum Change implements WireEnum {
  /** Changed in the favourable direction by at least the MCID. */
  IMPROVED,
  /** Changed in the unfavourable direction by at least the MCID. */
  WORSENED,
  /** Changed by less than the MCID either way (or not at all). */
  NO_IMPORTANT_CHANGE,
  /** The measure has no MCID that applies, so a change is shown but not judged. */
  NO_MCID,
  /** Fewer than two values: there is no change to judge yet. */
  NOT_ENOUGH_DATA
}
