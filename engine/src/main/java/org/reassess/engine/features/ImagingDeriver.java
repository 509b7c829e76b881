package org.reassess.engine.features;

import static org.reassess.engine.features.ImagingScope.CROSS_SECTIONAL;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.Modality;

/**
 * Derives the imaging features and the concordance judgements. Only studies dated on or after the
 * index surgery count, except for the lasting conditions that {@link OtherImagingDeriver} names;
 * without an {@code imaging} list every imaging feature is unknown. Stateless.
 */
final class ImagingDeriver {

  private ImagingDeriver() {}

  /** Records the imaging features and returns the judgement of every root-related finding. */
  static List<ImagingJudgement> derive(
      CaseDocument c,
      @Nullable Operations operations,
      ConcordanceJudge judge,
      FeatureParameters p,
      FeatureValues out) {
    ImagingScope scope = new ImagingScope(c, operations == null ? null : operations.indexDate());
    if (!scope.listed()) {
      return List.of();
    }
    studies(scope, out);
    List<ImagingJudgement> judgements =
        LesionDeriver.derive(scope, operations, new LesionJudge(judge, p), out);
    StructureDeriver.derive(scope, operations, p, out);
    OtherImagingDeriver.derive(scope, out);
    return judgements;
  }

  private static void studies(ImagingScope scope, FeatureValues out) {
    out.list("modalitiesSinceSurgery", scope.modalitiesSince());
    out.bool(
        "crossSectionalImagingSinceSurgery",
        scope.studiedSince(CROSS_SECTIONAL) ? Boolean.TRUE : null);
    out.bool("gadoliniumMriSinceSurgery", scope.studiedSince(EnumSet.of(Modality.MRI_GADOLINIUM)));
    out.bool(
        "flexionExtensionFilmsSinceSurgery",
        scope.studiedSince(EnumSet.of(Modality.XRAY_FLEXION_EXTENSION)));
  }
}
