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
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;

/**
 * Derives the examination features: neurological deficits by root and side, tension signs and the
 * other examination findings. Stateless.
 */
final class ExamDeriver {

  /** The MRC grade of normal power; anything below is a motor deficit. */
  static final int NORMAL_POWER = 5;

  private ExamDeriver() {}

  static void derive(Exam e, FeatureParameters p, FeatureValues out) {
    deficits(e, p, out);
    tensionSigns(e, out);
    findings(e, out);
  }

  static boolean isDeficit(MotorFinding m) {
    return m.mrc() < NORMAL_POWER;
  }

  static boolean isDeficit(SensoryFinding s) {
    return s.status() == SensoryStatus.REDUCED || s.status() == SensoryStatus.ABSENT;
  }

  static boolean isDeficit(ReflexFinding r) {
    return r.status() == ReflexStatus.REDUCED || r.status() == ReflexStatus.ABSENT;
  }

  private static void deficits(Exam e, FeatureParameters p, FeatureValues out) {
    List<MotorFinding> motor = e.motor();
    List<SensoryFinding> sensory = e.sensory();
    List<ReflexFinding> reflexes = e.reflexes();
    if (motor != null) {
      out.integer(
          "minMotorGrade",
          motor.stream().map(MotorFinding::mrc).min(Integer::compare).orElse(null));
      List<MotorFinding> weak = motor.stream().filter(ExamDeriver::isDeficit).toList();
      out.list("motorDeficitRoots", weak.stream().map(MotorFinding::root).toList());
      Set<Root> roots = EnumSet.noneOf(Root.class);
      weak.forEach(m -> roots.add(m.root()));
      out.bool(
          "multiRootDeficit",
          roots.size() >= 2 || bothSides(weak.stream().map(MotorFinding::side)));
    }
    if (sensory != null) {
      out.list(
          "sensoryDeficitDermatomes",
          sensory.stream().filter(ExamDeriver::isDeficit).map(SensoryFinding::dermatome).toList());
    }
    if (reflexes != null) {
      out.list(
          "reflexDeficitRoots",
          reflexes.stream()
              .filter(ExamDeriver::isDeficit)
              .map(r -> p.reflexRoots().get(r.reflex()))
              .filter(Objects::nonNull)
              .toList());
    }
    out.bool("neuroDeficit", neuroDeficit(motor, sensory, reflexes));
    out.bool("bilateralDeficit", bilateralDeficit(motor, sensory));
  }

  /** True on any deficit; false only when motor, sensory and reflexes were all examined. */
  private static @Nullable Boolean neuroDeficit(
      @Nullable List<MotorFinding> motor,
      @Nullable List<SensoryFinding> sensory,
      @Nullable List<ReflexFinding> reflexes) {
    boolean any =
        (motor != null && motor.stream().anyMatch(ExamDeriver::isDeficit))
            || (sensory != null && sensory.stream().anyMatch(ExamDeriver::isDeficit))
            || (reflexes != null && reflexes.stream().anyMatch(ExamDeriver::isDeficit));
    if (any) {
      return true;
    }
    return (motor != null && sensory != null && reflexes != null) ? Boolean.FALSE : null;
  }

  /** True on motor or sensory deficits of both sides; false only when both were examined. */
  private static @Nullable Boolean bilateralDeficit(
      @Nullable List<MotorFinding> motor, @Nullable List<SensoryFinding> sensory) {
    Stream<Side> motorSides =
        motor == null
            ? Stream.empty()
            : motor.stream().filter(ExamDeriver::isDeficit).map(MotorFinding::side);
    Stream<Side> sensorySides =
        sensory == null
            ? Stream.empty()
            : sensory.stream().filter(ExamDeriver::isDeficit).map(SensoryFinding::side);
    if (bothSides(Stream.concat(motorSides, sensorySides))) {
      return true;
    }
    return (motor != null && sensory != null) ? Boolean.FALSE : null;
  }

  private static boolean bothSides(Stream<Side> sides) {
    Set<Side> seen = EnumSet.noneOf(Side.class);
    sides.forEach(seen::add);
    return seen.contains(Side.BILATERAL) || (seen.contains(Side.LEFT) && seen.contains(Side.RIGHT));
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
    return sign == null ? null : sign.result() == PosNeg.POSITIVE;
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
