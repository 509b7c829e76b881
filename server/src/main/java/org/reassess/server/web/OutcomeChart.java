package org.reassess.server.web;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.outcomes.Change;
import org.reassess.engine.outcomes.MeasureTrend;
import org.reassess.engine.outcomes.Observation;

/**
 * One measure's trend drawn as an SVG line chart (server-side, so it prints and needs no script):
 * the values over time, and the line the latest value must reach to count as an improvement (the
 * MCID from the baseline). Coordinates are precomputed here; the template only places them.
 * Immutable.
 *
 * @param polyline the {@code points} attribute of the line
 * @param dots each value's position and label
 * @param targetY the improvement line's height; NaN when there is none
 * @param yTicks value labels on the axis
 * @param course the values and their change in words ("from 8 to 3 over 56 days — an important
 *     improvement …"), the chart's caption after its label
 */
public record OutcomeChart(
    String id,
    String label,
    String polyline,
    List<Dot> dots,
    double targetY,
    String targetLabel,
    List<Tick> yTicks,
    String firstDate,
    String lastDate,
    String course,
    String change,
    String note) {

  static final int WIDTH = 320;
  static final int HEIGHT = 150;
  private static final int LEFT = 34;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 24;

  /** A value on the chart. */
  public record Dot(double x, double y, String label) {}

  /** A label on the value axis. */
  public record Tick(double y, String label) {}

  public OutcomeChart {
    dots = List.copyOf(dots);
    yTicks = List.copyOf(yTicks);
  }

  /** The label and the course in words: the chart's accessible description. */
  public String summary() {
    return label + ": " + course;
  }

  /** Whether there is one value only: its date is written under it, not at both ends. */
  public boolean single() {
    return dots.size() == 1;
  }

  public boolean hasTarget() {
    return !Double.isNaN(targetY);
  }

  public String targetYText() {
    return fmt(targetY);
  }

  /** The chart of {@code trend}. */
  public static OutcomeChart of(MeasureTrend trend) {
    OutcomeMeasure m = trend.measure();
    List<Observation> points = trend.points();
    double[] range = range(m, points, trend.target());
    long first = points.get(0).date().toEpochDay();
    long span = Math.max(1, points.get(points.size() - 1).date().toEpochDay() - first);
    List<Dot> dots = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Observation o : points) {
      double x =
          points.size() == 1
              ? LEFT + plotWidth() / 2.0
              : LEFT + plotWidth() * (o.date().toEpochDay() - first) / (double) span;
      double y = y(o.value(), range);
      dots.add(new Dot(x, y, o.date() + ": " + number(o.value())));
      line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
    }
    double targetY =
        trend.target().isPresent() ? y(trend.target().getAsDouble(), range) : Double.NaN;
    return new OutcomeChart(
        m.id(),
        m.label(),
        line.toString(),
        dots,
        targetY,
        trend.target().isPresent() ? "improvement at " + number(trend.target().getAsDouble()) : "",
        List.of(
            new Tick(y(range[1], range), number(range[1])),
            new Tick(y(range[0], range), number(range[0]))),
        points.get(0).date().toString(),
        points.get(points.size() - 1).date().toString(),
        course(trend),
        trend.change().wire(),
        m.note().orElse(""));
  }

  private static String course(MeasureTrend trend) {
    List<Observation> p = trend.points();
    String values =
        p.size() == 1
            ? "one value so far: " + number(p.get(0).value())
            : "from "
                + number(p.get(0).value())
                + " to "
                + number(p.get(p.size() - 1).value())
                + " over "
                + ChronoUnit.DAYS.between(p.get(0).date(), p.get(p.size() - 1).date())
                + " days";
    return values + " — " + words(trend.change()) + ".";
  }

  static String words(Change change) {
    return switch (change) {
      case IMPROVED -> "an important improvement (at least the MCID)";
      case WORSENED -> "an important worsening (at least the MCID)";
      case NO_IMPORTANT_CHANGE -> "no important change (less than the MCID)";
      case NO_MCID -> "not judged: no minimal important change is established for this measure";
      case NOT_ENOUGH_DATA -> "a second visit is needed to judge a change";
    };
  }

  private static double[] range(OutcomeMeasure m, List<Observation> points, OptionalDouble target) {
    double lo = points.stream().mapToDouble(Observation::value).min().orElse(0);
    double hi = points.stream().mapToDouble(Observation::value).max().orElse(1);
    if (target.isPresent()) {
      lo = Math.min(lo, target.getAsDouble());
      hi = Math.max(hi, target.getAsDouble());
    }
    double min = m.min().isPresent() ? m.min().getAsDouble() : Math.min(0, lo);
    double max = m.max().isPresent() ? m.max().getAsDouble() : hi + Math.max(1, (hi - min) * 0.1);
    return new double[] {min, max == min ? min + 1 : max};
  }

  private static int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static double y(double value, double[] range) {
    int plotHeight = HEIGHT - TOP - BOTTOM;
    return TOP + plotHeight * (1 - (value - range[0]) / (range[1] - range[0]));
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A value as a person writes it: at most two decimals, no trailing zeros ("4.2", not "4.20"). */
  static String number(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", v))
            .stripTrailingZeros()
            .toPlainString();
  }

  /**
   * The scale of a measure in words: "0–10 points" for a bounded one, the unit alone for one
   * without an upper end ("minutes", not "0– minutes").
   */
  public static String range(OutcomeMeasure m) {
    if (m.max().isEmpty()) {
      return m.unit();
    }
    return number(m.min().orElse(0)) + "–" + number(m.max().getAsDouble()) + " " + m.unit();
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int bottom() {
    return HEIGHT - BOTTOM;
  }
}
