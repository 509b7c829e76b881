package org.reassess.engine.features;

import static org.reassess.engine.features.ImagingScope.CROSS_SECTIONAL;
import static org.reassess.engine.features.ImagingScope.MRI;
import static org.reassess.engine.features.ImagingScope.SPINE_BONE;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.DynamicInstability;
import org.reassess.engine.casefile.ImagingFinding.FacetArthropathy;
import org.reassess.engine.casefile.ImagingFinding.FusionState;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.Spondylolisthesis;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.Level;

/**
 * Derives the structural imaging features since surgery: implants and fusion, motion and slip,
 * adjacent segments, facets and discs. Stateless.
 */
final class StructureDeriver {

  /** Fusion states from best to worst. */
  private static final List<FusionState> FUSION_WORSENING =
      List.of(FusionState.SOLID, FusionState.INDETERMINATE, FusionState.PSEUDARTHROSIS);

  private static final Set<Modality> FLEXION_EXTENSION =
      EnumSet.of(Modality.XRAY_FLEXION_EXTENSION);

  private StructureDeriver() {}

  static void derive(
      ImagingScope scope, @Nullable Operations operations, FeatureParameters p, FeatureValues out) {
    implants(scope, out);
    motion(scope, operations, p, out);
    adjacentSegments(scope, operations, out);
    degeneration(scope, out);
  }

  private static void implants(ImagingScope scope, FeatureValues out) {
    List<Located<HardwareProblem>> hardware = scope.since(HardwareProblem.class);
    out.bool(
        "hardwareProblemOnImaging",
        scope.presenceSince(HardwareProblem.class, h -> Tri.YES, SPINE_BONE));
    // a problem of unreported kind leaves the list open: 'x' in the list must not read as "no x"
    boolean listKnown =
        (scope.studiedSince(SPINE_BONE) || !hardware.isEmpty())
            && hardware.stream().allMatch(h -> h.finding().problem() != null);
    out.list(
        "hardwareProblems",
        listKnown
            ? hardware.stream().map(h -> Objects.requireNonNull(h.finding().problem())).toList()
            : null);
    out.string(
        "fusionStatus",
        scope.since(FusionStatus.class).stream()
            .map(f -> f.finding().status())
            .filter(Objects::nonNull)
            .max(Comparator.comparing(FUSION_WORSENING::indexOf))
            .orElse(null));
  }

  private static void motion(
      ImagingScope scope, @Nullable Operations operations, FeatureParameters p, FeatureValues out) {
    out.decimal(
        "dynamicTranslationMm",
        largest(scope.since(DynamicInstability.class), DynamicInstability::translationMm));
    out.decimal(
        "dynamicAngulationDeg",
        largest(scope.since(DynamicInstability.class), DynamicInstability::angulationDeg));
    out.bool(
        "instabilityOnDynamicFilms",
        scope.presenceSince(DynamicInstability.class, d -> unstable(d, p), FLEXION_EXTENSION));
    List<Located<Spondylolisthesis>> slips = scope.since(Spondylolisthesis.class);
    Double grade = largest(slips, s -> s.grade() == null ? null : s.grade().doubleValue());
    out.integer("spondylolisthesisGrade", grade == null ? null : grade.intValue());
    out.decimal("spondylolisthesisSlipMm", largest(slips, Spondylolisthesis::slipMm));
    out.bool(
        "spondylolisthesisAtOperatedLevel",
        scope.presenceSince(
            Spondylolisthesis.class,
            s -> operations == null ? Tri.MAYBE : operations.atOperatedLevel(s.level()),
            SPINE_BONE));
  }

  /** Above either threshold is unstable; below both is stable; otherwise open. */
  private static Tri unstable(DynamicInstability d, FeatureParameters p) {
    Double translation = d.translationMm();
    Double angulation = d.angulationDeg();
    if ((translation != null && translation > p.instabilityTranslationMm())
        || (angulation != null && angulation > p.instabilityAngulationDeg())) {
      return Tri.YES;
    }
    return translation != null && angulation != null ? Tri.NO : Tri.MAYBE;
  }

  private static void adjacentSegments(
      ImagingScope scope, @Nullable Operations operations, FeatureValues out) {
    out.bool(
        "adjacentSegmentDegeneration",
        scope.presenceSince(
            ImagingFinding.class, f -> adjacentDegeneration(f, operations), CROSS_SECTIONAL));
    out.bool(
        "adjacentSegmentStenosis",
        scope.presenceSince(
            ImagingFinding.class, f -> adjacentStenosis(f, operations), CROSS_SECTIONAL));
  }

  /** Reported adjacent segment degeneration, or a compressive lesion next to a fused level. */
  private static Tri adjacentDegeneration(ImagingFinding f, @Nullable Operations operations) {
    if (f instanceof AdjacentSegmentDegeneration) {
      return Tri.YES;
    }
    if (f instanceof Stenosis s) {
      return nextToFusion(operations, s.level());
    }
    return f instanceof DiscHerniation d ? nextToFusion(operations, d.level()) : Tri.NO;
  }

  /** Adjacent segment degeneration with stenosis, or a stenosis next to a fused level. */
  private static Tri adjacentStenosis(ImagingFinding f, @Nullable Operations operations) {
    if (f instanceof AdjacentSegmentDegeneration a) {
      return Tri.of(a.withStenosis());
    }
    return f instanceof Stenosis s ? nextToFusion(operations, s.level()) : Tri.NO;
  }

  private static Tri nextToFusion(@Nullable Operations operations, @Nullable Level level) {
    return operations == null ? Tri.MAYBE : operations.adjacentToFusion(level);
  }

  private static void degeneration(ImagingScope scope, FeatureValues out) {
    out.bool(
        "facetArthropathyOnImaging",
        scope.presenceSince(FacetArthropathy.class, f -> Tri.YES, CROSS_SECTIONAL));
    out.bool(
        "facetEffusion",
        scope.presenceSince(FacetArthropathy.class, f -> Tri.of(f.effusion()), MRI));
    out.bool(
        "discDegenerationSevere",
        scope.presenceSince(
            DiscDegeneration.class,
            d -> d.severity() == null ? Tri.MAYBE : Tri.of(d.severity() == Severity.SEVERE),
            CROSS_SECTIONAL));
    out.bool(
        "highIntensityZone",
        scope.presenceSince(DiscDegeneration.class, d -> Tri.of(d.highIntensityZone()), MRI));
    // the lowest type wins: type 1 (oedema) is the active change that matters most
    out.integer(
        "modicType",
        scope.since(ModicChange.class).stream()
            .map(m -> m.finding().modicType())
            .filter(Objects::nonNull)
            .min(Integer::compare)
            .orElse(null));
  }

  static <T extends ImagingFinding> @Nullable Double largest(
      List<Located<T>> findings, Function<T, @Nullable Double> value) {
    return findings.stream()
        .map(l -> value.apply(l.finding()))
        .filter(Objects::nonNull)
        .max(Double::compare)
        .orElse(null);
  }
}
