package org.reassess.engine.kb;

import org.reassess.engine.casefile.WireEnum;

/** How well the cited source supports a statement (the reference's tags ✔ ◐ NV, or convention). */
public enum Evidence implements WireEnum {
  /** Read in the cited source (✔). */
  VERIFIED,
  /** Partly retrieved (◐). */
  PARTIAL,
  /** Not verified (NV): never the only basis for a red flag or a surgical recommendation. */
  NV,
  /** Expert convention: a synthesis the reference marks as such. */
  CONVENTION
}
