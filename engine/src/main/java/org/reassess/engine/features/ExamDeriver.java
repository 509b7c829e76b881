package org.reassess.engine.features;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.PosNeg;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.features.Neurology.Sign;

/**
 * Derives the examination features: neurological deficits by root and side, tension signs and the
 * other examination findings. A deficit list is only given when it is complete: a sign of
 * unrecorded grade, or a deficit of unrecorded root, leaves it unknown. Stateless.
 */
final class ExamDeriver {

  private ExamDeriver() {}

  static void derive(Exam e, FeatureParameters p, FeatureValues out) {
    deficits(e, Neurology.of(e, p), out);
    tensionSigns(e, out);
    findings(e, out);
  }

  private static void deficits(Exam e, Neurology n, FeatureValues out) {
    List<MotorFinding> motor = e.motor();
    if (motor != null) {
      boolean graded = motor.stream().allMatch(m -> m.mrc() != null);
      out.integer(
          "minMotorGrade",
          graded ? motor.stream().map(MotorFinding::mrc).min(Integer::compare).orElse(null) : null);
    }
    List<Sign> motorSigns = n.motor();
    if (motorSigns != null) {
      out.list("motorDeficitRoots", deficitRoots(motorSigns));
      out.bool("multiRootDeficit", multiRoot(motorSigns).feature());
    }
    out.list("sensoryDeficitDermatomes", n.sensory() == null ? null : deficitRoots(n.sensory()));
    out.list("reflexDeficitRoots", n.reflexes() == null ? null : deficitRoots(n.reflexes()));
    Tri anyDeficit = Tri.any(n.signs().map(Sign::deficit));
    out.bool("neuroDeficit", anyDeficit.feature(n.fullyExamined()));
    if (n.motor() != null || n.sensory() != null) {
      Tri bilateral =
          bothSides(
              Stream.of(n.motor(), n.sensory())
                  .filter(Objects::nonNull)
                  .flatMap(List::stream)
                  .toList());
      out.bool("bilateralDeficit", bilateral.feature(n.motor() != null && n.sensory() != null));
    }
  }

  /**
   * The roots with a deficit; unknown when a sign's grade, or a deficit's root, is not recorded.
   */
  private static @Nullable List<Root> deficitRoots(List<Sign> signs) {
    boolean complete =
        signs.stream()
            .allMatch(s -> s.deficit() == Tri.NO || (s.deficit() == Tri.YES && s.root() != null));
    return complete
        ? signs.stream().filter(s -> s.deficit() == Tri.YES).map(Sign::root).toList()
        : null;
  }

  /** Deficits in two or more roots, or on both sides. */
  private static Tri multiRoot(List<Sign> signs) {
    List<Sign> deficits = signs.stream().filter(s -> s.deficit() == Tri.YES).toList();
    Set<Root> roots = EnumSet.noneOf(Root.class);
    deficits.stream().map(Sign::root).filter(Objects::nonNull).forEach(roots::add);
    if (roots.size() >= 2) {
      return Tri.YES;
    }
    Tri bothSides = bothSides(signs);
    boolean rootsKnown =
        signs.stream().noneMatch(s -> s.deficit() == Tri.MAYBE)
            && deficits.stream().allMatch(s -> s.root() != null);
    return bothSides == Tri.YES ? Tri.YES : rootsKnown ? bothSides : Tri.MAYBE;
  }

  /** Deficits on both sides: YES when seen, NO when every deficit's side is known and one-sided. */
  private static Tri bothSides(List<Sign> signs) {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    signs.stream()
        .filter(s -> s.deficit() == Tri.YES)
        .map(Sign::side)
        .filter(Objects::nonNull)
        .forEach(sides::add);
    if (sides.contains(Side.BILATERAL)
        || (sides.contains(Side.LEFT) && sides.contains(Side.RIGHT))) {
      return Tri.YES;
    }
    boolean known =
        signs.stream()
            .allMatch(s -> s.deficit() == Tri.NO || (s.deficit() == Tri.YES && s.side() != null));
    return known ? Tri.NO : Tri.MAYBE;
  }

  private static void tensionSigns(Exam e, FeatureValues out) {
    TensionSign slr = e.straightLegRaise();
    out.bool("slrPositive", positive(slr));
    out.decimal(
        "slrAngleDeg", slr != null && slr.result() == PosNeg.POSITIVE ? slr.angleDeg() : null);
    out.bool("crossedSlrPositive", positive(e.crossedStraightLegRaise()));
    out.bool("femoralStretchPositive", positive(e.femoralStretch()));
  }

  private static @Nullable Boolean positive(@Nullable TensionSign sign) {
    return (sign == null || sign.result() == null) ? null : sign.result() == PosNeg.POSITIVE;
  }

  private static void findings(Exam e, FeatureValues out) {
    out.bool("upperMotorNeuronSigns", e.upperMotorNeuronSigns());
    out.integer("sijProvocationPositive", e.sijProvocationPositive());
    out.bool("fortinFingerSign", e.fortinFingerSign());
    out.bool("hipInternalRotationPainful", e.hipInternalRotationPainful());
    out.bool("hipRangeReduced", e.hipRangeReduced());
    out.bool("greaterTrochanterTender", e.greaterTrochanterTender());
    out.bool("facetLoadingPain", e.facetLoadingPain());
    out.bool("paraspinalTriggerPoints", e.paraspinalTriggerPoints());
    out.bool("tinelFibularHead", e.tinelFibularHead());
    out.bool("stoopedPosture", e.stoopedPosture());
    PosNeg extension = e.passiveLumbarExtensionTest();
    out.bool(
        "passiveLumbarExtensionPositive", extension == null ? null : extension == PosNeg.POSITIVE);
    out.string("distalPulses", e.distalPulses());
    out.string("woundStatus", e.woundStatus());
    out.integer("nonOrganicSigns", e.nonOrganicSigns());
    out.string("gait", e.gait());
  }
}
