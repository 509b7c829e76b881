package org.reassess.engine.casefile;

/** A lumbar motion segment, written {@code "L4-L5"}; ordered from cranial to caudal. */
public enum Level implements WireEnum {
  T12_L1,
  L1_L2,
  L2_L3,
  L3_L4,
  L4_L5,
  L5_S1;

  @Override
  public String wire() {
    return name().replace('_', '-');
  }
}
