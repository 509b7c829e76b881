package org.reassess.engine.features;

import static org.reassess.engine.features.ImagingScope.CROSS_SECTIONAL;
import static org.reassess.engine.features.ImagingScope.SPINE_ANY;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding.Arachnoiditis;
import org.reassess.engine.casefile.ImagingFinding.CollectionKind;
import org.reassess.engine.casefile.ImagingFinding.Discitis;
import org.reassess.engine.casefile.ImagingFinding.EpiduralAbscess;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.HipOsteoarthritis;
import org.reassess.engine.casefile.ImagingFinding.SagittalMalalignment;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.SijArthropathy;
import org.reassess.engine.casefile.ImagingFinding.Tumor;
import org.reassess.engine.casefile.ImagingFinding.VertebralFracture;

/**
 * Derives the imaging features of infection and fluid, of sagittal alignment, and of the lasting
 * conditions (vertebral fracture, sacroiliac and hip arthropathy, tumour) that count on a study of
 * any date. Stateless.
 */
final class OtherImagingDeriver {

  private static final Set<Modality> STANDING_FULL_LENGTH =
      EnumSet.of(Modality.XRAY_STANDING_FULL_LENGTH);
  private static final Set<Modality> PELVIS = EnumSet.of(Modality.PELVIS_HIP_XRAY);

  private OtherImagingDeriver() {}

  static void derive(ImagingScope scope, FeatureValues out) {
    infection(scope, out);
    alignment(scope, out);
    lasting(scope, out);
  }

  private static void infection(ImagingScope scope, FeatureValues out) {
    out.bool(
        "discitisOnImaging", scope.presenceSince(Discitis.class, d -> Tri.YES, CROSS_SECTIONAL));
    List<Located<FluidCollection>> collections = scope.since(FluidCollection.class);
    out.bool(
        "epiduralAbscessOnImaging",
        Tri.any(
                Stream.concat(
                    scope.since(EpiduralAbscess.class).stream().map(a -> Tri.YES),
                    collections.stream().map(c -> isKind(c.finding(), CollectionKind.ABSCESS))))
            .feature(scope.studiedSince(CROSS_SECTIONAL)));
    // a collection of unreported kind leaves the list open: 'x' in the list must not read as "no x"
    boolean listKnown =
        (scope.studiedSince(CROSS_SECTIONAL) || !collections.isEmpty())
            && collections.stream().allMatch(c -> c.finding().kind() != null);
    out.list(
        "fluidCollections",
        listKnown
            ? collections.stream().map(c -> Objects.requireNonNull(c.finding().kind())).toList()
            : null);
    out.bool(
        "pseudomeningoceleOnImaging",
        scope.presenceSince(
            FluidCollection.class,
            c -> isKind(c, CollectionKind.PSEUDOMENINGOCELE),
            CROSS_SECTIONAL));
    out.bool(
        "arachnoiditisOnImaging",
        scope.presenceSince(Arachnoiditis.class, a -> Tri.YES, CROSS_SECTIONAL));
  }

  private static Tri isKind(FluidCollection collection, CollectionKind kind) {
    return collection.kind() == null ? Tri.MAYBE : Tri.of(collection.kind() == kind);
  }

  private static void alignment(ImagingScope scope, FeatureValues out) {
    List<Located<SagittalMalalignment>> sagittal = scope.since(SagittalMalalignment.class);
    out.decimal("svaMm", latest(sagittal, SagittalMalalignment::svaMm));
    out.decimal("piLlMismatchDeg", latest(sagittal, SagittalMalalignment::piLlMismatchDeg));
    out.decimal("pelvicTiltDeg", latest(sagittal, SagittalMalalignment::pelvicTiltDeg));
    out.bool(
        "sagittalMalalignmentOnImaging",
        scope.presenceSince(SagittalMalalignment.class, s -> Tri.YES, STANDING_FULL_LENGTH));
  }

  /** The value from the latest study that reports it (the last listed among same-day studies). */
  private static @Nullable Double latest(
      List<Located<SagittalMalalignment>> findings,
      Function<SagittalMalalignment, @Nullable Double> value) {
    return findings.stream()
        .filter(l -> value.apply(l.finding()) != null)
        .max(
            Comparator.comparing((Located<SagittalMalalignment> l) -> l.date())
                .thenComparing(Located::study))
        .map(l -> value.apply(l.finding()))
        .orElse(null);
  }

  private static void lasting(ImagingScope scope, FeatureValues out) {
    out.bool(
        "vertebralFractureOnImaging",
        scope.presenceAnyDate(VertebralFracture.class, f -> Tri.YES, SPINE_ANY));
    // a fracture on a study before the index surgery is no longer acute
    out.bool(
        "acuteVertebralFracture",
        scope.presenceSince(VertebralFracture.class, f -> Tri.of(f.acute()), SPINE_ANY));
    out.bool(
        "sijArthropathyOnImaging",
        scope.presenceAnyDate(SijArthropathy.class, s -> Tri.YES, PELVIS));
    out.string(
        "hipOsteoarthritisSeverity",
        scope.anyDate(HipOsteoarthritis.class).stream()
            .map(h -> h.finding().severity())
            .filter(Objects::nonNull)
            .max(Comparator.<Severity>naturalOrder()) // declared from mild to severe
            .orElse(null));
    out.bool(
        "hipOsteoarthritisOnImaging",
        scope.presenceAnyDate(HipOsteoarthritis.class, h -> Tri.YES, PELVIS));
    out.bool("tumorOnImaging", scope.presenceAnyDate(Tumor.class, t -> Tri.YES, CROSS_SECTIONAL));
  }
}
