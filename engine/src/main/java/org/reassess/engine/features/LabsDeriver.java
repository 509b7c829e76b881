package org.reassess.engine.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.EdxResult;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.Vascular;

/** Derives the laboratory, electrodiagnostic and vascular features. Stateless. */
final class LabsDeriver {

  private LabsDeriver() {}

  static void derive(
      CaseDocument c, @Nullable Operations operations, ConcordanceJudge judge, FeatureValues out) {
    Labs labs = c.labs();
    if (labs != null) {
      out.decimal("crpMgL", labs.crpMgL());
      out.decimal("esrMmH", labs.esrMmH());
      out.decimal("wbc", labs.wbc());
      out.decimal("hba1cPercent", labs.hba1cPercent());
      LocalDate drawn = labs.date();
      out.decimal(
          "labsWeeksAfterSurgery",
          drawn == null || operations == null
              ? null
              : Intervals.weeks(operations.indexDate(), drawn));
    }
    List<Electrodiagnostic> edx = c.electrodiagnostics();
    // an empty list tells that no study was done, not that one was normal
    if (edx != null && !edx.isEmpty()) {
      // a study of unrecorded result leaves the list open: 'x' in the list must not read as "no x"
      boolean resultsKnown = edx.stream().allMatch(e -> e.result() != null);
      out.list(
          "edxResults", resultsKnown ? edx.stream().map(Electrodiagnostic::result).toList() : null);
      out.bool(
          "edxRadiculopathyConcordant",
          Tri.any(edx.stream().map(e -> concordantRadiculopathy(e, judge))).feature());
    }
    Vascular vascular = c.vascular();
    if (vascular != null) {
      out.decimal(
          "abiMin",
          Stream.of(vascular.abiLeft(), vascular.abiRight())
              .filter(Objects::nonNull)
              .min(Double::compare)
              .orElse(null));
    }
  }

  private static Tri concordantRadiculopathy(Electrodiagnostic e, ConcordanceJudge judge) {
    if (e.result() == null) {
      // an unrecorded result may be a radiculopathy that matches
      return ConcordanceJudge.isConcordant(judge.judge(e.root(), e.side(), Tri.NO).concordance())
          .and(Tri.MAYBE);
    }
    if (e.result() != EdxResult.ACUTE_RADICULOPATHY
        && e.result() != EdxResult.CHRONIC_RADICULOPATHY) {
      return Tri.NO;
    }
    return ConcordanceJudge.isConcordant(judge.judge(e.root(), e.side(), Tri.NO).concordance());
  }
}
