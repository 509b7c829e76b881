package org.reassess.engine.casefile;

/** A spinal nerve root or its dermatome, {@code "L1"} to {@code "S2"}. */
public enum Root implements WireEnum {
  L1,
  L2,
  L3,
  L4,
  L5,
  S1,
  S2;

  @Override
  public String wire() {
    return name();
  }
}
