package org.reassess.engine.kb;

import java.util.Optional;

/**
 * A work-up test of the fixed list; never suggested when {@code alreadyDone} is true.
 *
 * @param screen when present and its condition holds, the test is worth doing as a screen whatever
 *     the differential says (a DN4 when no neuropathic descriptors are recorded; an ABI when the
 *     pulses are reduced)
 */
public record WorkupTest(
    String id,
    String name,
    Burden burden,
    Condition alreadyDone,
    Optional<Screen> screen,
    String why,
    Rule rule) {

  /** When a test is worth doing as a screen, and why in words. */
  public record Screen(Condition when, String why) {}
}
