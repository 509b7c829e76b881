package org.reassess.engine.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.Mcid.Threshold;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomeMeasure.BetterWhen;
import org.reassess.engine.kb.Rule;
import org.reassess.engine.kb.SourceLocation;
import org.reassess.engine.kb.WorseningPolicy;

/**
 * The change from the first value to the latest is judged against the measure's MCID, absolute or
 * percent of baseline: for an improvement the smaller suffices, for a worsening the knowledge
 * base's worsening policy decides (here, as shipped, the absolute change from any baseline);
 * exactly at the boundary; a patient's status follows from the primary measures.
 */
class OutcomeClassifierTest {

  private static final Rule RULE =
      new Rule(
          "test",
          Evidence.VERIFIED,
          List.of(new Citation("R1", "test")),
          new SourceLocation("t", 1, 1));
  private static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);

  /** The shipped policy: a worsening needs the MCID's absolute change, from any baseline. */
  private static final WorseningPolicy ABSOLUTE = new WorseningPolicy(Threshold.ABSOLUTE, RULE);

  private static OutcomeMeasure measure(
      String id,
      BetterWhen betterWhen,
      OptionalDouble min,
      OptionalDouble max,
      OptionalDouble absolute,
      OptionalDouble percent) {
    return measure(id, betterWhen, min, max, absolute, percent, ABSOLUTE);
  }

  private static OutcomeMeasure measure(
      String id,
      BetterWhen betterWhen,
      OptionalDouble min,
      OptionalDouble max,
      OptionalDouble absolute,
      OptionalDouble percent,
      WorseningPolicy worsening) {
    Optional<Mcid> mcid =
        absolute.isPresent() || percent.isPresent()
            ? Optional.of(new Mcid(absolute, percent, RULE, worsening))
            : Optional.empty();
    return new OutcomeMeasure(
        id, id, id, "points", min, max, betterWhen, mcid, Optional.empty(), RULE);
  }

  /** Pain NRS: lower is better, 0-10, MCID 2 points or 30%. */
  private static final OutcomeMeasure NRS =
      measure(
          "legPainNrs",
          BetterWhen.LOWER,
          OptionalDouble.of(0),
          OptionalDouble.of(10),
          OptionalDouble.of(2),
          OptionalDouble.of(30));

  /** EQ-5D: higher is better, -0.6-1, MCID 0.08. */
  private static final OutcomeMeasure EQ5D =
      measure(
          "eq5dIndex",
          BetterWhen.HIGHER,
          OptionalDouble.of(-0.6),
          OptionalDouble.of(1.0),
          OptionalDouble.of(0.08),
          OptionalDouble.empty());

  /** A percent-only MCID (30% of baseline), lower is better, 0-100. */
  private static final OutcomeMeasure PERCENT_ONLY =
      measure(
          "odi",
          BetterWhen.LOWER,
          OptionalDouble.of(0),
          OptionalDouble.of(100),
          OptionalDouble.empty(),
          OptionalDouble.of(30));

  /** Walking tolerance: higher is better, unbounded above, no MCID. */
  private static final OutcomeMeasure WALKING =
      measure(
          "walkingToleranceMinutes",
          BetterWhen.HIGHER,
          OptionalDouble.of(0),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());

  /** Values one week apart, starting at {@link #DAY0}. */
  private static List<Observation> weekly(double... values) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new Observation(DAY0.plusWeeks(i), values[i]));
    }
    return out;
  }

  private static Change change(OutcomeMeasure measure, double... values) {
    return OutcomeClassifier.classify(measure, weekly(values));
  }

  // ------------------------------------------------------------------ one measure

  @Test
  void fewerThanTwoValuesAreNotEnoughData() {
    assertThat(change(NRS)).isEqualTo(Change.NOT_ENOUGH_DATA);
    assertThat(change(NRS, 7)).isEqualTo(Change.NOT_ENOUGH_DATA);
    assertThat(change(WALKING, 10)).isEqualTo(Change.NOT_ENOUGH_DATA);
  }

  @Test
  void measureWithoutMcidIsNotJudged() {
    MeasureTrend trend = OutcomeClassifier.trend(WALKING, weekly(5, 60));
    assertThat(trend.change()).isEqualTo(Change.NO_MCID);
    assertThat(trend.target()).isEmpty();
    assertThat(trend.worseningLimit()).isEmpty();
  }

  @Test
  void fallByExactlyTheAbsoluteMcidIsAnImprovement() {
    // baseline 7: 2 points < 30% (2.1), so 2 points is the smaller required change
    assertThat(change(NRS, 7, 5)).isEqualTo(Change.IMPROVED);
    assertThat(change(NRS, 7, 6)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 7, 2)).isEqualTo(Change.IMPROVED);
  }

  @Test
  void riseByExactlyTheAbsoluteMcidIsAWorseningFromAnyBaseline() {
    assertThat(change(NRS, 6, 8)).isEqualTo(Change.WORSENED);
    assertThat(change(NRS, 6, 7.9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    // baseline 7: 30% would be 2.1, but the absolute 2 points decide
    assertThat(change(NRS, 7, 9)).isEqualTo(Change.WORSENED);
    assertThat(change(NRS, 7, 8.9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.requiredWorsening(NRS, 7)).hasValue(2);
    assertThat(OutcomeClassifier.requiredImprovement(NRS, 7)).hasValue(2);
  }

  @Test
  void knowledgeBaseThatNeedsBothFormsForWorseningNeedsTheLargerRise() {
    OutcomeMeasure both = backPainWith(Threshold.LARGER);
    // baseline 7: 30% is 2.1, more than 2 points
    assertThat(change(both, 7, 9.1)).isEqualTo(Change.WORSENED);
    assertThat(change(both, 7, 9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.requiredWorsening(both, 7)).hasValue(2.1);
    // baseline 8: 2.4 points would pass the top of the scale, so no worsening can be marked
    assertThat(change(both, 8, 10)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.trend(both, weekly(8, 10)).worseningLimit()).isEmpty();
  }

  @Test
  void onePointRiseFromALowBaselineIsNoWorsening() {
    // back pain 3 → 4: 30% of 3 is 0.9, but a worsening needs the absolute change, 2 points
    assertThat(change(BACK, 3, 4)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(BACK, 3, 4.9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(BACK, 3, 5)).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.requiredWorsening(BACK, 3)).hasValue(2);
    assertThat(OutcomeClassifier.trend(BACK, weekly(3, 4)).worseningLimit()).hasValue(5);
  }

  @Test
  void oneOrMorePointFallFromALowBaselineIsStillAnImprovement() {
    // back pain 3 → 2: 1 point reaches the smaller change, 30% of 3 = 0.9
    assertThat(change(BACK, 3, 2)).isEqualTo(Change.IMPROVED);
    assertThat(change(BACK, 3, 2.1)).isEqualTo(Change.IMPROVED); // exactly 0.9
    assertThat(change(BACK, 3, 2.2)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.requiredImprovement(BACK, 3)).hasValue(0.9);
    assertThat(OutcomeClassifier.trend(BACK, weekly(3, 2)).target()).hasValue(2.1);
  }

  @Test
  void knowledgeBaseThatReadsEitherFormForWorseningFlagsTheSmallerRise() {
    // the threshold is the knowledge base's choice, not the code's
    OutcomeMeasure either = backPainWith(Threshold.SMALLER);
    assertThat(change(either, 3, 4)).isEqualTo(Change.WORSENED);
    assertThat(change(either, 3, 3.8)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(either, 7, 9)).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.trend(either, weekly(3)).worseningLimit()).hasValue(3.9);
    // improvement reads the same either way
    assertThat(change(either, 3, 2.1)).isEqualTo(Change.IMPROVED);
    assertThat(OutcomeClassifier.trend(either, weekly(7)).target()).hasValue(5);
  }

  @Test
  void worseningNearTheTopOfTheScaleCanStillBeMarked() {
    // baseline 8: two points reach the scale's end
    assertThat(change(NRS, 8, 10)).isEqualTo(Change.WORSENED);
    assertThat(change(NRS, 8, 9.9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(OutcomeClassifier.trend(NRS, weekly(8, 10)).worseningLimit()).hasValue(10);
    assertThat(OutcomeClassifier.trend(NRS, weekly(8, 10)).target()).hasValue(6);
    // baseline 9: the two points would pass it; the chart draws no limit
    assertThat(OutcomeClassifier.trend(NRS, weekly(9, 10)).worseningLimit()).isEmpty();
  }

  @Test
  void noChangeIsNoImportantChange() {
    assertThat(change(NRS, 7, 7)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
  }

  @Test
  void percentOfALowBaselineIsEnoughForAnImprovementButNotForAWorsening() {
    // baseline 4: 30% is 1.2 points, less than 2
    assertThat(change(NRS, 4, 2.8)).isEqualTo(Change.IMPROVED);
    assertThat(change(NRS, 4, 3)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 4, 5.2)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 4, 5.9)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 4, 6)).isEqualTo(Change.WORSENED);
  }

  @Test
  void percentOnlyMcidScalesWithTheBaselineInBothDirections() {
    assertThat(change(PERCENT_ONLY, 50, 35)).isEqualTo(Change.IMPROVED); // exactly 30%
    assertThat(change(PERCENT_ONLY, 50, 36)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(PERCENT_ONLY, 20, 14)).isEqualTo(Change.IMPROVED); // 30% of 20 is 6
    assertThat(change(PERCENT_ONLY, 50, 65)).isEqualTo(Change.WORSENED);
    // without an absolute form the percent decides: 30% of 8 is 2.4
    assertThat(change(PERCENT_ONLY, 8, 10.4)).isEqualTo(Change.WORSENED);
    assertThat(change(PERCENT_ONLY, 8, 10.3)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(PERCENT_ONLY, 8, 5.6)).isEqualTo(Change.IMPROVED);
    assertThat(OutcomeClassifier.requiredWorsening(PERCENT_ONLY, 8)).hasValue(2.4);
  }

  @Test
  void zeroBaselineFallsBackToTheAbsoluteChange() {
    // 30% of 0 is no change at all: only the 2 points can mark a worsening
    assertThat(change(NRS, 0, 0)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 0, 1)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 0, 2)).isEqualTo(Change.WORSENED);
    assertThat(OutcomeClassifier.requiredWorsening(NRS, 0)).hasValue(2);
    assertThat(OutcomeClassifier.requiredImprovement(NRS, 0)).hasValue(2);
  }

  @Test
  void percentOnlyMcidCannotJudgeAZeroBaseline() {
    assertThat(change(PERCENT_ONLY, 0, 30)).isEqualTo(Change.NO_MCID);
    assertThat(OutcomeClassifier.requiredImprovement(PERCENT_ONLY, 0)).isEmpty();
    assertThat(OutcomeClassifier.requiredWorsening(PERCENT_ONLY, 0)).isEmpty();
  }

  @Test
  void riseIsAnImprovementWhenHigherIsBetter() {
    // 0.70 - 0.62 is 0.07999999999999996 in binary floating point: decimal arithmetic counts it
    assertThat(change(EQ5D, 0.62, 0.70)).isEqualTo(Change.IMPROVED);
    assertThat(change(EQ5D, 0.62, 0.69)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(EQ5D, 0.70, 0.62)).isEqualTo(Change.WORSENED);
    assertThat(change(EQ5D, -0.1, -0.02)).isEqualTo(Change.IMPROVED);
  }

  @Test
  void latestValueDecidesNotTheBestOne() {
    assertThat(change(NRS, 7, 3, 6)).isEqualTo(Change.NO_IMPORTANT_CHANGE);
    assertThat(change(NRS, 7, 8, 4)).isEqualTo(Change.IMPROVED);
  }

  @Test
  void valuesAreOrderedByDateWhateverTheirOrderGiven() {
    List<Observation> shuffled =
        List.of(
            new Observation(DAY0.plusWeeks(2), 4),
            new Observation(DAY0, 8),
            new Observation(DAY0.plusWeeks(1), 6));
    MeasureTrend trend = OutcomeClassifier.trend(NRS, shuffled);
    assertThat(trend.points()).extracting(Observation::date).isSorted();
    assertThat(trend.baseline()).hasValue(8);
    assertThat(trend.latest()).hasValue(4);
    assertThat(trend.change()).isEqualTo(Change.IMPROVED);
  }

  // ------------------------------------------------------------------ chart lines

  @Test
  void targetIsTheBaselineMovedByTheRequiredChange() {
    MeasureTrend trend = OutcomeClassifier.trend(NRS, weekly(7, 6));
    assertThat(trend.target()).hasValue(5);
    assertThat(trend.worseningLimit()).hasValue(9);

    assertThat(OutcomeClassifier.trend(NRS, weekly(4)).target()).hasValue(2.8);
    assertThat(OutcomeClassifier.trend(EQ5D, weekly(0.5)).target()).hasValue(0.58);
    assertThat(OutcomeClassifier.trend(EQ5D, weekly(0.5)).worseningLimit()).hasValue(0.42);
  }

  @Test
  void lineOutsideTheScaleIsNotDrawn() {
    assertThat(OutcomeClassifier.trend(NRS, weekly(9)).worseningLimit()).isEmpty();
    assertThat(OutcomeClassifier.trend(EQ5D, weekly(0.95)).target()).isEmpty();
    assertThat(OutcomeClassifier.trend(EQ5D, weekly(0.95)).worseningLimit()).hasValue(0.87);
  }

  @Test
  void noValuesGiveNoLines() {
    MeasureTrend trend = OutcomeClassifier.trend(NRS, List.of());
    assertThat(trend.target()).isEmpty();
    assertThat(trend.baseline()).isEmpty();
    assertThat(trend.latest()).isEmpty();
  }

  // ------------------------------------------------------------------ patient status

  private static final OutcomeMeasure BACK = backPainWith(Threshold.ABSOLUTE);

  /** Back pain NRS (lower is better, 0-10, MCID 2 points or 30%) under a worsening threshold. */
  private static OutcomeMeasure backPainWith(Threshold worsening) {
    return measure(
        "backPainNrs",
        BetterWhen.LOWER,
        OptionalDouble.of(0),
        OptionalDouble.of(10),
        OptionalDouble.of(2),
        OptionalDouble.of(30),
        new WorseningPolicy(worsening, RULE));
  }

  private static PatientStatus status(MeasureTrend... trends) {
    return OutcomeClassifier.status(List.of(trends));
  }

  private static MeasureTrend trend(OutcomeMeasure m, double... values) {
    return OutcomeClassifier.trend(m, weekly(values));
  }

  @Test
  void oneImprovedAndNoneWorseIsImproving() {
    assertThat(status(trend(NRS, 7, 4), trend(BACK, 5, 5))).isEqualTo(PatientStatus.IMPROVING);
    assertThat(status(trend(NRS, 7, 4), trend(BACK))).isEqualTo(PatientStatus.IMPROVING);
  }

  @Test
  void anyWorsenedIsWorseningEvenWhenAnotherImproved() {
    assertThat(status(trend(NRS, 7, 4), trend(BACK, 3, 6))).isEqualTo(PatientStatus.WORSENING);
  }

  @Test
  void onePointRiseOfLowBackPainDoesNotMakeThePatientWorsening() {
    // the demo patient's course: back pain 3 → 4, leg pain 8 → 7
    assertThat(status(trend(NRS, 8, 7), trend(BACK, 3, 4))).isEqualTo(PatientStatus.NOT_IMPROVING);
    assertThat(status(trend(NRS, 8, 7), trend(BACK, 3, 5))).isEqualTo(PatientStatus.WORSENING);
  }

  @Test
  void valuesWithoutAnImportantChangeAreNotImproving() {
    assertThat(status(trend(NRS, 7, 6), trend(BACK, 5))).isEqualTo(PatientStatus.NOT_IMPROVING);
  }

  @Test
  void noMeasureWithTwoValuesIsNoData() {
    assertThat(status(trend(NRS, 7), trend(BACK))).isEqualTo(PatientStatus.NO_DATA);
    assertThat(status()).isEqualTo(PatientStatus.NO_DATA);
  }

  @Test
  void statusReadsThePrimaryMeasuresOfTheKnowledgeBase(@TempDir Path dir) throws Exception {
    String cited = KbFixture.CITED;
    KnowledgeBase kb =
        KbFixture.in(dir)
            .write(
                "measures.yaml",
                """
                measures:
                  - {id: legPainNrs, label: Leg pain, plainLabel: Leg pain, unit: points, min: 0,
                     max: 10, betterWhen: lower, evidence: verified, %1$s,
                     mcid: {absolute: 2, percentOfBaseline: 30, evidence: verified, %1$s}}
                  - {id: phq9, label: PHQ-9, plainLabel: Mood, unit: points, min: 0, max: 27,
                     betterWhen: lower, evidence: verified, %1$s,
                     mcid: {absolute: 5, evidence: nv, %1$s}}
                improvement: {primary: [legPainNrs], evidence: convention, %1$s}
                worsening: {threshold: larger, evidence: convention, %1$s}
                """
                    .formatted(cited))
            .load();
    // phq9 worsened, but it is not a primary measure
    Map<String, List<Observation>> series =
        Map.of("legPainNrs", weekly(8, 5), "phq9", weekly(5, 20));
    assertThat(OutcomeClassifier.status(kb, series)).isEqualTo(PatientStatus.IMPROVING);
    assertThat(OutcomeClassifier.primaryTrends(kb, series))
        .singleElement()
        .satisfies(t -> assertThat(t.measure().id()).isEqualTo("legPainNrs"));
    assertThat(OutcomeClassifier.status(kb, Map.of())).isEqualTo(PatientStatus.NO_DATA);
  }

  @Test
  void worseningIsJudgedByTheThresholdTheKnowledgeBaseWrites(@TempDir Path dir) throws Exception {
    String measures =
        """
        measures:
          - {id: backPainNrs, label: Back pain, plainLabel: Back pain, unit: points, min: 0,
             max: 10, betterWhen: lower, evidence: verified, %1$s,
             mcid: {absolute: 2, percentOfBaseline: 30, evidence: verified, %1$s}}
        improvement: {primary: [backPainNrs], evidence: convention, %1$s}
        worsening: {threshold: %2$s, evidence: convention, %1$s}
        """;
    Map<String, List<Observation>> series = Map.of("backPainNrs", weekly(3, 4));
    KbFixture fixture = KbFixture.in(dir);

    KnowledgeBase larger =
        fixture.write("measures.yaml", measures.formatted(KbFixture.CITED, "larger")).load();
    assertThat(OutcomeClassifier.status(larger, series)).isEqualTo(PatientStatus.NOT_IMPROVING);
    assertThat(OutcomeClassifier.primaryTrends(larger, series).get(0).worseningLimit()).hasValue(5);

    KnowledgeBase smaller =
        fixture.write("measures.yaml", measures.formatted(KbFixture.CITED, "smaller")).load();
    assertThat(OutcomeClassifier.status(smaller, series)).isEqualTo(PatientStatus.WORSENING);
    assertThat(OutcomeClassifier.primaryTrends(smaller, series).get(0).worseningLimit())
        .hasValue(3.9);
  }

  @Test
  void knowledgeBaseWithoutMeasuresHasNoData(@TempDir Path dir) throws Exception {
    KnowledgeBase kb = KbFixture.in(dir).load();
    assertThat(OutcomeClassifier.status(kb, Map.of("legPainNrs", weekly(8, 2))))
        .isEqualTo(PatientStatus.NO_DATA);
  }

  // ------------------------------------------------------------------ values and names

  @Test
  void observationRefusesAValueThatIsNotANumber() {
    assertThatThrownBy(() -> new Observation(DAY0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wireNamesAreLowerSnakeCase() {
    assertThat(PatientStatus.NOT_IMPROVING.wire()).isEqualTo("not_improving");
    assertThat(PatientStatus.NO_DATA.wire()).isEqualTo("no_data");
    assertThat(PatientStatus.IMPROVING.wire()).isEqualTo("improving");
    assertThat(PatientStatus.WORSENING.wire()).isEqualTo("worsening");
    assertThat(Change.NO_IMPORTANT_CHANGE.wire()).isEqualTo("no_important_change");
  }
}
