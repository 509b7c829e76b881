package org.reassess.engine.features;

import static org.reassess.engine.features.ImagingScope.CROSS_SECTIONAL;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.Enhancement;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.features.ImagingJudgement.Concordance;

/**
 * Derives the features of compressive lesions since surgery (disc herniation, stenosis, epidural
 * fibrosis, hardware contacting a root) and their concordance with the symptoms. Stateless.
 */
final class LesionDeriver {

  private LesionDeriver() {}

  /** A judged finding with the finding itself, to tell its kind. */
  private record Judged(ImagingFinding finding, ImagingJudgement judgement) {}

  static List<ImagingJudgement> derive(
      ImagingScope scope, @Nullable Operations operations, LesionJudge judge, FeatureValues out) {
    List<Judged> judged =
        scope.since(ImagingFinding.class).stream()
            .flatMap(l -> judge.judge(l).map(j -> new Judged(l.finding(), j)).stream())
            .toList();
    boolean crossSectional = scope.studiedSince(CROSS_SECTIONAL);
    discs(scope, operations, judged, crossSectional, out);
    stenoses(scope, operations, judged, crossSectional, out);
    out.bool(
        "fibrosisOnImaging",
        scope.presenceSince(EpiduralFibrosis.class, f -> Tri.YES, CROSS_SECTIONAL));
    out.bool(
        "fibrosisConcordant",
        concordant(judged, EpiduralFibrosis.class, f -> Tri.YES, crossSectional));
    // a radiograph cannot show whether hardware touches a root: a problem seen only there is open
    List<Tri> hardwareOpen =
        scope.since(HardwareProblem.class).stream()
            .filter(h -> h.finding().contactsRoot() == null)
            .map(h -> CROSS_SECTIONAL.contains(h.modality()) ? Tri.NO : Tri.MAYBE)
            .toList();
    out.bool(
        "hardwareContactsConcordantRoot",
        Tri.any(
                Stream.concat(
                    contributions(judged, HardwareProblem.class, h -> Tri.YES),
                    hardwareOpen.stream()))
            .feature(crossSectional));
    // epidural fibrosis is scar around a root, not a compressive lesion
    out.bool(
        "compressiveLesionConcordant",
        Tri.any(
                Stream.concat(
                    contributions(
                        judged,
                        ImagingFinding.class,
                        f -> Tri.of(!(f instanceof EpiduralFibrosis))),
                    hardwareOpen.stream()))
            .feature(crossSectional));
    out.bool(
        "incidentalCompressiveFinding",
        Tri.any(judged.stream().map(j -> incidental(j.judgement().concordance())))
            .feature(crossSectional || !judged.isEmpty()));
    return judged.stream().map(Judged::judgement).toList();
  }

  private static void discs(
      ImagingScope scope,
      @Nullable Operations operations,
      List<Judged> judged,
      boolean crossSectional,
      FeatureValues out) {
    out.bool(
        "discHerniationOnImaging",
        scope.presenceSince(DiscHerniation.class, d -> Tri.YES, CROSS_SECTIONAL));
    out.bool(
        "discHerniationConcordant",
        concordant(judged, DiscHerniation.class, d -> Tri.YES, crossSectional));
    out.bool(
        "discHerniationAtOperatedLevel",
        scope.presenceSince(
            DiscHerniation.class, d -> atOperatedLevel(operations, d.level()), CROSS_SECTIONAL));
    out.bool(
        "discHerniationEnhancing",
        scope.presenceSince(
            DiscHerniation.class,
            d ->
                d.enhancement() == null
                    ? Tri.MAYBE
                    : Tri.of(d.enhancement() == Enhancement.HOMOGENEOUS),
            CROSS_SECTIONAL));
  }

  private static void stenoses(
      ImagingScope scope,
      @Nullable Operations operations,
      List<Judged> judged,
      boolean crossSectional,
      FeatureValues out) {
    out.bool(
        "stenosisOnImaging", scope.presenceSince(Stenosis.class, s -> Tri.YES, CROSS_SECTIONAL));
    out.bool(
        "stenosisConcordant", concordant(judged, Stenosis.class, s -> Tri.YES, crossSectional));
    out.bool(
        "centralStenosisOnImaging",
        scope.presenceSince(
            Stenosis.class, LesionDeriver::centralModerateOrSevere, CROSS_SECTIONAL));
    out.bool(
        "foraminalStenosisOnImaging",
        scope.presenceSince(Stenosis.class, LesionDeriver::foraminal, CROSS_SECTIONAL));
    out.bool(
        "foraminalStenosisConcordant",
        concordant(judged, Stenosis.class, LesionDeriver::foraminal, crossSectional));
    out.bool(
        "stenosisAtOperatedLevel",
        scope.presenceSince(
            Stenosis.class, s -> atOperatedLevel(operations, s.level()), CROSS_SECTIONAL));
    out.bool(
        "stenosisAdjacentToFusion",
        scope.presenceSince(
            Stenosis.class,
            s -> operations == null ? Tri.MAYBE : operations.adjacentToFusion(s.level()),
            CROSS_SECTIONAL));
  }

  private static Tri centralModerateOrSevere(Stenosis s) {
    if (s.location() != null && s.location() != StenosisLocation.CENTRAL) {
      return Tri.NO;
    }
    Tri severe = s.severity() == null ? Tri.MAYBE : Tri.of(s.severity() != Severity.MILD);
    return (s.location() == null ? Tri.MAYBE : Tri.YES).and(severe);
  }

  /** Foraminal or lateral-recess: both narrow the root's own canal rather than the central one. */
  private static Tri foraminal(Stenosis s) {
    return s.location() == null ? Tri.MAYBE : Tri.of(s.location() != StenosisLocation.CENTRAL);
  }

  private static Tri atOperatedLevel(@Nullable Operations operations, @Nullable Level level) {
    return operations == null ? Tri.MAYBE : operations.atOperatedLevel(level);
  }

  /**
   * Whether a finding of {@code type} that is a {@code member} is concordant: true when one is,
   * unknown when one might be, false when none can be and {@code negativeKnown}.
   */
  private static <T extends ImagingFinding> @Nullable Boolean concordant(
      List<Judged> judged, Class<T> type, Function<T, Tri> member, boolean negativeKnown) {
    return Tri.any(contributions(judged, type, member)).feature(negativeKnown);
  }

  /** For each judged finding of {@code type}: whether it is a concordant {@code member}. */
  private static <T extends ImagingFinding> Stream<Tri> contributions(
      List<Judged> judged, Class<T> type, Function<T, Tri> member) {
    return judged.stream()
        .filter(j -> type.isInstance(j.finding()))
        .map(
            j ->
                member
                    .apply(type.cast(j.finding()))
                    .and(ConcordanceJudge.isConcordant(j.judgement().concordance())));
  }

  private static Tri incidental(Concordance concordance) {
    return ConcordanceJudge.isConcordant(concordance).not();
  }
}
