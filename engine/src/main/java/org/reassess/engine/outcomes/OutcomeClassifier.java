package org.reassess.engine.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.Mcid.Threshold;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomeMeasure.BetterWhen;

/**
 * Judges the trend of outcome measures against their minimal clinically important differences (the
 * MCIDs of {@code measures.yaml}), per measure and for a patient over the primary measures. Pure
 * and stateless: safe to call from any thread.
 *
 * <p>The change judged is from the first (baseline) value to the latest. For an improvement, an
 * MCID given both as an absolute change and as a percent of the baseline ("2 points or 30%") is
 * read as "either": the <em>smaller</em> of the two required changes is enough, which is how the
 * reference states it (reference §6, Ostelo 2008: "2 points or 30%"). So a baseline of 7 on the
 * pain NRS needs a fall of 2 (30% would be 2.1): target 5; a baseline of 4 needs 1.2 (30%), not 2:
 * target 2.8.
 *
 * <p>The MCIDs of §6 are minimal important changes for improvement; how a change in the
 * unfavourable direction is judged is the knowledge base's cited worsening policy ({@code
 * measures.yaml} {@code worsening}, {@link Mcid#worsening()}), not a choice of this class. With the
 * shipped policy ({@code threshold: absolute}) a worsening needs the MCID's <em>absolute</em>
 * change from any baseline: a rise of 2 on the pain NRS (so 3 → 4 is no important change, 3 → 5 and
 * 8 → 10 are), 10 on the ODI. A measure whose MCID is only a percent needs that percent; one with a
 * single absolute form (EQ-5D 0.08) needs it in both directions. The other policies: {@code
 * smaller} (either form, as for improvement) and {@code larger} (both forms).
 *
 * <p>A percent of a baseline of zero is no change at all, so there the absolute change alone
 * applies, in both directions.
 *
 * <p>Arithmetic is decimal, so a change of exactly the MCID ({@code 0.62 → 0.70} on the EQ-5D, MCID
 * 0.08) counts as reaching it, which binary floating point would miss.
 */
public final class OutcomeClassifier {

  /**
   * An improvement reaches either of an MCID's two forms: "2 points or 30%" as the reference states
   * it (reference §6, Ostelo 2008). A worsening reads the knowledge base's {@link
   * Mcid#worsening()}.
   */
  private static final Threshold IMPROVEMENT = Threshold.SMALLER;

  private OutcomeClassifier() {}

  /**
   * The trend of {@code measure} over {@code points}: values ordered by date (equal dates keep
   * their order), the first-to-latest change judged, and the chart lines relative to the baseline.
   */
  public static MeasureTrend trend(OutcomeMeasure measure, List<Observation> points) {
    List<Observation> ordered = new ArrayList<>(points);
    ordered.sort(Comparator.comparing(Observation::date)); // stable: equal dates keep their order
    if (ordered.isEmpty()) {
      return new MeasureTrend(
          measure, ordered, Change.NOT_ENOUGH_DATA, OptionalDouble.empty(), OptionalDouble.empty());
    }
    BigDecimal baseline = decimal(ordered.get(0).value());
    Optional<BigDecimal> toImprove = requiredChange(measure, baseline, IMPROVEMENT);
    Optional<BigDecimal> toWorsen = requiredChange(measure, baseline, worseningThreshold(measure));
    OptionalDouble target = line(measure, baseline, toImprove, 1);
    OptionalDouble worseningLimit = line(measure, baseline, toWorsen, -1);
    Change change;
    if (ordered.size() < 2) {
      change = Change.NOT_ENOUGH_DATA;
    } else if (toImprove.isEmpty() || toWorsen.isEmpty()) {
      change = Change.NO_MCID; // both are empty together: no MCID, or only a percent of zero
    } else {
      BigDecimal latest = decimal(ordered.get(ordered.size() - 1).value());
      change = judge(favourableChange(measure, baseline, latest), toImprove.get(), toWorsen.get());
    }
    return new MeasureTrend(measure, ordered, change, target, worseningLimit);
  }

  /** The first-to-latest change of {@code measure} over {@code points}, judged against its MCID. */
  public static Change classify(OutcomeMeasure measure, List<Observation> points) {
    return trend(measure, points).change();
  }

  /**
   * The least favourable change from {@code baseline} that counts as an improvement of {@code
   * measure}, in the measure's unit; empty when the measure has no MCID, or only a percent and the
   * baseline is zero.
   */
  public static OptionalDouble requiredImprovement(OutcomeMeasure measure, double baseline) {
    return asDouble(requiredChange(measure, decimal(baseline), IMPROVEMENT));
  }

  /**
   * The least unfavourable change from {@code baseline} that counts as a worsening of {@code
   * measure} under the knowledge base's worsening policy, in the measure's unit; empty in the same
   * cases as {@link #requiredImprovement}.
   */
  public static OptionalDouble requiredWorsening(OutcomeMeasure measure, double baseline) {
    return asDouble(requiredChange(measure, decimal(baseline), worseningThreshold(measure)));
  }

  /**
   * The patient's status from the trends of the primary measures: {@link PatientStatus#WORSENING}
   * when any worsened, else {@link PatientStatus#IMPROVING} when any improved, else {@link
   * PatientStatus#NOT_IMPROVING} when any has two or more values, else {@link
   * PatientStatus#NO_DATA}.
   */
  public static PatientStatus status(List<MeasureTrend> primaryTrends) {
    if (primaryTrends.stream().anyMatch(t -> t.change() == Change.WORSENED)) {
      return PatientStatus.WORSENING;
    }
    if (primaryTrends.stream().anyMatch(t -> t.change() == Change.IMPROVED)) {
      return PatientStatus.IMPROVING;
    }
    if (primaryTrends.stream().anyMatch(t -> t.change() != Change.NOT_ENOUGH_DATA)) {
      return PatientStatus.NOT_IMPROVING;
    }
    return PatientStatus.NO_DATA;
  }

  /**
   * The trends of the knowledge base's primary measures ({@link KnowledgeBase#primaryMeasures()}),
   * in the policy's order; {@code series} maps a measure id ({@code "odi"}) to its values, and a
   * measure without an entry has no values.
   */
  public static List<MeasureTrend> primaryTrends(
      KnowledgeBase kb, Map<String, List<Observation>> series) {
    return kb.primaryMeasures().stream()
        .map(m -> trend(m, series.getOrDefault(m.id(), List.of())))
        .toList();
  }

  /** The patient's status over the knowledge base's primary measures; see {@link #status(List)}. */
  public static PatientStatus status(KnowledgeBase kb, Map<String, List<Observation>> series) {
    return status(primaryTrends(kb, series));
  }

  // ------------------------------------------------------------------ arithmetic

  /** Exactly the decimal a value was written as ({@code 0.08}, not its binary neighbour). */
  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private static OptionalDouble asDouble(Optional<BigDecimal> value) {
    return value.map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty());
  }

  /**
   * The knowledge base's reading of the measure's MCID for a worsening. Without an MCID there is no
   * required change whatever the threshold, so the one returned then does not matter.
   */
  private static Threshold worseningThreshold(OutcomeMeasure measure) {
    return measure.mcid().map(m -> m.worsening().threshold()).orElse(IMPROVEMENT);
  }

  /**
   * The change from {@code baseline} that reaches the measure's MCID, {@code threshold} choosing
   * between its absolute and percent-of-baseline forms when both apply.
   */
  private static Optional<BigDecimal> requiredChange(
      OutcomeMeasure measure, BigDecimal baseline, Threshold threshold) {
    Optional<Mcid> mcid = measure.mcid();
    if (mcid.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> absolute = present(mcid.get().absolute());
    if (threshold == Threshold.ABSOLUTE && absolute.isPresent()) {
      return absolute; // the same change from any baseline
    }
    // a percent of a zero baseline is no change at all: it cannot mark an important one
    Optional<BigDecimal> percent =
        present(mcid.get().percentOfBaseline())
            .map(p -> p.multiply(baseline.abs()).movePointLeft(2))
            .filter(r -> r.signum() > 0);
    if (absolute.isPresent() && percent.isPresent()) {
      return Optional.of(
          threshold == Threshold.LARGER
              ? absolute.get().max(percent.get()) // both must be reached
              : absolute.get().min(percent.get())); // either is enough
    }
    return absolute.isPresent() ? absolute : percent;
  }

  private static Optional<BigDecimal> present(OptionalDouble value) {
    return value.isPresent() ? Optional.of(decimal(value.getAsDouble())) : Optional.empty();
  }

  /** Positive when the measure moved the way that is better for the patient. */
  private static BigDecimal favourableChange(
      OutcomeMeasure measure, BigDecimal baseline, BigDecimal latest) {
    BigDecimal rise = latest.subtract(baseline);
    return measure.betterWhen() == BetterWhen.HIGHER ? rise : rise.negate();
  }

  private static Change judge(BigDecimal favourable, BigDecimal toImprove, BigDecimal toWorsen) {
    // a change must be a change: with a required change of zero, no change is not an improvement
    if (favourable.signum() > 0 && favourable.compareTo(toImprove) >= 0) {
      return Change.IMPROVED;
    }
    if (favourable.signum() < 0 && favourable.negate().compareTo(toWorsen) >= 0) {
      return Change.WORSENED;
    }
    return Change.NO_IMPORTANT_CHANGE;
  }

  /**
   * The baseline moved by the required change, in the favourable ({@code sign} 1) or unfavourable
   * ({@code sign} -1) direction; empty without a required change or outside the measure's scale.
   */
  private static OptionalDouble line(
      OutcomeMeasure measure, BigDecimal baseline, Optional<BigDecimal> required, int sign) {
    if (required.isEmpty()) {
      return OptionalDouble.empty();
    }
    int towardsHigher = measure.betterWhen() == BetterWhen.HIGHER ? sign : -sign;
    BigDecimal step = required.get().multiply(BigDecimal.valueOf(towardsHigher));
    double value = baseline.add(step).doubleValue();
    boolean belowScale = measure.min().isPresent() && value < measure.min().getAsDouble();
    boolean aboveScale = measure.max().isPresent() && value > measure.max().getAsDouble();
    return belowScale || aboveScale ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
