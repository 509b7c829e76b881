package org.reassess.engine.casefile;

/** The side of a finding; {@code central} where a finding has no side. */
public enum Side implements WireEnum {
  LEFT,
  RIGHT,
  BILATERAL,
  CENTRAL
}
