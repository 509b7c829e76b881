package org.reassess.engine.features;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Three-valued answer of one finding or fact to a yes/no question: {@code MAYBE} when the case
 * leaves it open. Features are derived from these so that "unknown" never turns into "no".
 */
enum Tri {
  YES,
  NO,
  MAYBE;

  static Tri of(@Nullable Boolean value) {
    return value == null ? MAYBE : value ? YES : NO;
  }

  static Tri of(boolean value) {
    return value ? YES : NO;
  }

  /** YES when any is YES, else MAYBE when any is MAYBE, else NO (also when there are none). */
  static Tri any(Stream<Tri> answers) {
    Tri result = NO;
    for (Tri answer : (Iterable<Tri>) answers::iterator) {
      if (answer == YES) {
        return YES;
      }
      if (answer == MAYBE) {
        result = MAYBE;
      }
    }
    return result;
  }

  /** NO when any is NO, else MAYBE when any is MAYBE, else YES (also when there are none). */
  static Tri all(Stream<Tri> answers) {
    return any(answers.map(Tri::not)).not();
  }

  Tri not() {
    return this == YES ? NO : this == NO ? YES : MAYBE;
  }

  Tri and(Tri other) {
    return this == NO || other == NO ? NO : this == YES && other == YES ? YES : MAYBE;
  }

  /**
   * The feature value: true for YES, unknown for MAYBE, and for NO false only when {@code
   * negativeKnown} (the case could have shown a YES, for example a study that could see it).
   */
  @Nullable Boolean feature(boolean negativeKnown) {
    return this == YES ? Boolean.TRUE : (this == NO && negativeKnown) ? Boolean.FALSE : null;
  }

  /** The feature value when a NO is always a known negative. */
  @Nullable Boolean feature() {
    return feature(true);
  }
}
