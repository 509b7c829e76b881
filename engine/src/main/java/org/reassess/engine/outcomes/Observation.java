package org.reassess.engine.outcomes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of an outcome measure, recorded at a visit. Immutable.
 *
 * @param date the day of the visit
 * @param value the measure's value on its own scale (finite)
 */
public record Observation(LocalDate date, double value) {
  public Observation {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an observation's value must be a finite number");
    }
  }
}
