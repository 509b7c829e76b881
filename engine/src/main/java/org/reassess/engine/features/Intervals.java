package org.reassess.engine.features;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.LocalDate;

/**
 * Intervals between two dates of a case. Always computed from the case's own dates (the assessment
 * date is "today"), never from the clock, so a case always gives the same features.
 */
final class Intervals {

  private static final double DAYS_PER_WEEK = 7.0;

  private Intervals() {}

  /** Days from {@code from} to {@code to} divided by seven; negative when {@code to} is earlier. */
  static double weeks(LocalDate from, LocalDate to) {
    return DAYS.between(from, to) / DAYS_PER_WEEK;
  }

  /**
   * Calendar months from {@code from} to {@code to} plus the elapsed fraction of the month after
   * the last whole one (10 January to 10 April is exactly 3.0, to 25 April 3.5); negative when
   * {@code to} is earlier. Calendar months rather than days / 30.44 so that "three months after
   * surgery" means what a clinician means by it.
   */
  static double months(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -months(to, from);
    }
    long whole = MONTHS.between(from, to);
    LocalDate monthStart = from.plusMonths(whole);
    LocalDate monthEnd = from.plusMonths(whole + 1);
    return whole + (double) DAYS.between(monthStart, to) / DAYS.between(monthStart, monthEnd);
  }
}
