package org.reassess.engine.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.Mcid.Threshold;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomeMeasure.BetterWhen;
import org.reassess.engine.kb.Rule;
import org.reassess.engine.kb.SourceLocation;
import org.reassess.engine.kb.WorseningPolicy;

/** Properties of the judgement that hold for every pair of values. */
class OutcomeClassifierPropertiesTest {

  private static final Rule RULE =
      new Rule(
          "test",
          Evidence.VERIFIED,
          List.of(new Citation("R1", "test")),
          new SourceLocation("t", 1, 1));

  /** EQ-5D: higher is better, -0.6-1, MCID 0.08 (absolute only, so the MCID is symmetric). */
  private static final OutcomeMeasure EQ5D =
      new OutcomeMeasure(
          "eq5dIndex",
          "EQ-5D",
          "Quality of life",
          "index",
          OptionalDouble.of(-0.6),
          OptionalDouble.of(1.0),
          BetterWhen.HIGHER,
          Optional.of(
              new Mcid(
                  OptionalDouble.of(0.08),
                  OptionalDouble.empty(),
                  RULE,
                  new WorseningPolicy(Threshold.ABSOLUTE, RULE))),
          Optional.empty(),
          RULE);

  private static Change change(double first, double latest) {
    LocalDate day = LocalDate.of(2026, 1, 5);
    return OutcomeClassifier.classify(
        EQ5D, List.of(new Observation(day, first), new Observation(day.plusWeeks(6), latest)));
  }

  @Property
  void withAnAbsoluteMcidAnImprovementReversedIsAWorsening(
      @ForAll @IntRange(min = -60, max = 100) int first,
      @ForAll @IntRange(min = -60, max = 100) int second) {
    double a = first / 100.0;
    double b = second / 100.0;
    assertThat(change(a, b) == Change.IMPROVED).isEqualTo(change(b, a) == Change.WORSENED);
  }

  /** Pain NRS: lower is better, 0-10, MCID 2 points or 30%, a worsening needs the 2 points. */
  private static final OutcomeMeasure NRS =
      new OutcomeMeasure(
          "backPainNrs",
          "Back pain",
          "Back pain",
          "points",
          OptionalDouble.of(0),
          OptionalDouble.of(10),
          BetterWhen.LOWER,
          Optional.of(
              new Mcid(
                  OptionalDouble.of(2),
                  OptionalDouble.of(30),
                  RULE,
                  new WorseningPolicy(Threshold.ABSOLUTE, RULE))),
          Optional.empty(),
          RULE);

  private static Change nrsChange(double first, double latest) {
    LocalDate day = LocalDate.of(2026, 1, 5);
    return OutcomeClassifier.classify(
        NRS, List.of(new Observation(day, first), new Observation(day.plusWeeks(6), latest)));
  }

  @Property
  void aRiseThatIsAWorseningIsAnImprovementWhenItIsAFall(
      @ForAll @IntRange(min = 0, max = 100) int baselineTenths,
      @ForAll @IntRange(min = 1, max = 100) int stepTenths) {
    // a worsening needs the absolute form of the MCID, an improvement the smaller: never less
    double baseline = tenths(baselineTenths);
    if (nrsChange(baseline, tenths(baselineTenths + stepTenths)) == Change.WORSENED) {
      assertThat(nrsChange(baseline, tenths(baselineTenths - stepTenths)))
          .isEqualTo(Change.IMPROVED);
    }
  }

  @Property
  void aRiseOfLessThanTheAbsoluteMcidIsNeverAWorsening(
      @ForAll @IntRange(min = 0, max = 100) int baselineTenths,
      @ForAll @IntRange(min = 0, max = 19) int stepTenths) {
    assertThat(nrsChange(tenths(baselineTenths), tenths(baselineTenths + stepTenths)))
        .isNotEqualTo(Change.WORSENED);
  }

  /** {@code n} tenths as the decimal a clinician writes ({@code 2.3}), not a sum's binary noise. */
  private static double tenths(int n) {
    return n / 10.0;
  }

  @Property
  void twoValuesAreAlwaysJudged(
      @ForAll @IntRange(min = -60, max = 100) int first,
      @ForAll @IntRange(min = -60, max = 100) int second) {
    assertThat(change(first / 100.0, second / 100.0))
        .isIn(Change.IMPROVED, Change.WORSENED, Change.NO_IMPORTANT_CHANGE);
  }
}
