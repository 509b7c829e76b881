package org.reassess.engine.outcomes;

import java.util.List;
import java.util.OptionalDouble;
import org.reassess.engine.kb.OutcomeMeasure;

/**
 * The course of one outcome measure over a patient's visits, ready to chart: the values in time
 * order, the change from the first to the latest judged against the MCID, and the lines that mark
 * an important change. Immutable.
 *
 * @param measure the measure, with its scale, direction and MCID
 * @param points the values in time order (earliest first; equal dates keep their given order)
 * @param change the first-to-latest change judged against the MCID
 * @param target the value at or beyond which the latest counts as improved (baseline 7 on the NRS →
 *     5); empty without a baseline, without an applicable MCID, or when it lies outside the scale
 *     (the improvement cannot be reached)
 * @param worseningLimit the value at or beyond which the latest counts as worsened, under the
 *     knowledge base's worsening policy (baseline 7 on the NRS → 9 when a worsening needs the
 *     absolute 2 points); empty in the same cases as {@code target}
 */
public record MeasureTrend(
    OutcomeMeasure measure,
    List<Observation> points,
    Change change,
    OptionalDouble target,
    OptionalDouble worseningLimit) {

  public MeasureTrend {
    points = List.copyOf(points);
  }

  /** The first value, the one every change is measured from; empty when there are no values. */
  public OptionalDouble baseline() {
    return points.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(points.get(0).value());
  }

  /** The most recent value; empty when there are no values. */
  public OptionalDouble latest() {
    return points.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(points.get(points.size() - 1).value());
  }
}
