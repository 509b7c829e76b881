package org.reassess.server.api;

import org.jspecify.annotations.Nullable;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.outcomes.MeasureTrend;

/**
 * One outcome measure as the knowledge base defines it, with the patient's course on it judged
 * against its MCID. Immutable.
 */
@Doc(
    "An outcome measure (knowledge base, measures.yaml) and the patient's course on it: the"
        + " change from the first value to the latest, judged against the measure's MCID.")
public record OutcomeMeasureDto(
    @Doc("The measure's id: its field in the case format, and its name in a visit's values.")
        String id,
    @Doc("What a clinician reads.") String label,
    @Doc("A short plain name.") String plainLabel,
    @Doc("The unit of a value and of a change.") String unit,
    @Doc("The lowest value of the scale; null when unbounded.") @Nullable Double min,
    @Doc("The highest value of the scale; null when unbounded.") @Nullable Double max,
    @Doc("The favourable direction: lower | higher.") String betterWhen,
    @Doc("Whether the patient's status is judged on this measure.") boolean primary,
    @Doc(
            "The minimal clinically important difference; null when the clinical reference gives"
                + " none, in which case a change is shown but never judged (change is no_mcid).")
        @Nullable McidDto mcid,
    @Doc("A remark to show with the measure: an unverified MCID, or why there is none.")
        @Nullable String note,
    @Doc(
            "The first-to-latest change judged against the MCID: improved | worsened |"
                + " no_important_change | no_mcid | not_enough_data.")
        String change,
    @Doc("How many values the patient has.") int count,
    @Doc("The first value (the baseline every change is judged from); null before any.")
        @Nullable Double baseline,
    @Doc("The most recent value; null before any.") @Nullable Double latest,
    @Doc(
            "The value at or beyond which the latest counts as an improvement; null without a"
                + " baseline or an MCID, or when the scale cannot reach it.")
        @Nullable Double improvementAt,
    @Doc(
            "The value at or beyond which the latest counts as a worsening; null in the same"
                + " cases.")
        @Nullable Double worseningAt) {

  static OutcomeMeasureDto of(MeasureTrend trend, boolean primary) {
    OutcomeMeasure m = trend.measure();
    return new OutcomeMeasureDto(
        m.id(),
        m.label(),
        m.plainLabel(),
        m.unit(),
        McidDto.orNull(m.min()),
        McidDto.orNull(m.max()),
        m.betterWhen().wire(),
        primary,
        m.mcid().map(McidDto::of).orElse(null),
        m.note().orElse(null),
        trend.change().wire(),
        trend.points().size(),
        McidDto.orNull(trend.baseline()),
        McidDto.orNull(trend.latest()),
        McidDto.orNull(trend.target()),
        McidDto.orNull(trend.worseningLimit()));
  }
}
