package org.reassess.engine.features;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Treatment;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;

/** Derives the features of the treatments tried since the index surgery. Stateless. */
final class TreatmentDeriver {

  /** The treatments that make up conservative care, as the feature catalog lists them. */
  private static final Set<Treatment> CONSERVATIVE_CARE =
      EnumSet.of(
          Treatment.PHYSICAL_THERAPY, Treatment.HOME_EXERCISE, Treatment.MULTIDISCIPLINARY_PROGRAM);

  private TreatmentDeriver() {}

  static void derive(@Nullable List<TreatmentTried> treatments, FeatureValues out) {
    if (treatments == null) {
      return;
    }
    out.list("treatmentsTried", treatments.stream().map(TreatmentTried::treatment).toList());
    out.decimal(
        "conservativeCareWeeks",
        sumOrUnknown(
            treatments.stream().filter(t -> CONSERVATIVE_CARE.contains(t.treatment())).toList(),
            TreatmentTried::weeks));
    List<TreatmentTried> opioids =
        treatments.stream().filter(t -> t.treatment() == Treatment.OPIOID).toList();
    out.bool("currentOpioid", Tri.any(opioids.stream().map(t -> Tri.of(t.current()))).feature());
    out.decimal(
        "currentOpioidMme",
        opioids.stream().anyMatch(t -> t.current() == null)
            ? null
            : sumOrUnknown(
                opioids.stream().filter(t -> Boolean.TRUE.equals(t.current())).toList(),
                TreatmentTried::dailyMme));
  }

  /**
   * The sum of {@code value} over the entries: 0 when there are none, unknown when one lacks it.
   */
  private static @Nullable Double sumOrUnknown(
      List<TreatmentTried> entries, Function<TreatmentTried, @Nullable Double> value) {
    double sum = 0.0;
    for (TreatmentTried entry : entries) {
      Double v = value.apply(entry);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }
}
