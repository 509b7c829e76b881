package org.reassess.engine.casefile;

import org.reassess.engine.casefile.CaseDocument.Aggravator;
import org.reassess.engine.casefile.CaseDocument.Bladder;
import org.reassess.engine.casefile.CaseDocument.Bowel;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Gait;
import org.reassess.engine.casefile.CaseDocument.LegPainDistribution;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.NeuropathicDescriptor;
import org.reassess.engine.casefile.CaseDocument.PainLocation;
import org.reassess.engine.casefile.CaseDocument.PosNeg;
import org.reassess.engine.casefile.CaseDocument.Pulses;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.Reliever;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.CaseDocument.Weakness;
import org.reassess.engine.casefile.CaseDocument.WoundProblem;
import org.reassess.engine.casefile.CaseDocument.WoundStatus;

/**
 * Binds the {@code symptoms} and {@code exam} objects of a case, one method per record, fields in
 * the order of {@code case-format.md}. Stateless.
 */
final class ClinicalBinder {

  private ClinicalBinder() {}

  static Symptoms symptoms(ObjectIn in) {
    return new Symptoms(
        in.integer("backPainNrs", 0, 10),
        in.integer("legPainNrs", 0, 10),
        in.enumValue("legPainSide", LegPainSide.class),
        in.enumValue("legPainDistribution", LegPainDistribution.class),
        in.enumList("dermatomes", Root.class),
        in.bool("painBelowKnee"),
        in.enumList("painLocations", PainLocation.class),
        in.enumList("neuropathicDescriptors", NeuropathicDescriptor.class),
        in.bool("neurogenicClaudication"),
        in.enumList("aggravatedBy", Aggravator.class),
        in.enumList("relievedBy", Reliever.class),
        in.bool("nightPain"),
        in.bool("restPain"),
        in.bool("positionalHeadache"),
        in.object("weakness", ClinicalBinder::weakness),
        in.bool("numbness"),
        in.enumValue("bladder", Bladder.class),
        in.enumValue("bowel", Bowel.class),
        in.bool("saddleAnesthesia"),
        in.bool("bilateralLegSymptomsNew"),
        in.bool("fever"),
        in.bool("chills"),
        in.bool("unexplainedWeightLoss"),
        in.bool("recentTrauma"),
        in.enumValue("woundProblem", WoundProblem.class),
        in.bool("legColdPale"),
        in.optional("painSites", Values.integerAtLeast(1)));
  }

  private static Weakness weakness(ObjectIn in) {
    return new Weakness(
        in.bool("present"), in.bool("progressive"), in.date("onsetDate"), in.text("description"));
  }

  static Exam exam(ObjectIn in) {
    return new Exam(
        in.objectList("motor", ClinicalBinder::motor),
        in.objectList("sensory", ClinicalBinder::sensory),
        in.objectList("reflexes", ClinicalBinder::reflex),
        in.bool("upperMotorNeuronSigns"),
        in.object("straightLegRaise", ClinicalBinder::tensionSign),
        in.object("crossedStraightLegRaise", ClinicalBinder::tensionSign),
        in.object("femoralStretch", ClinicalBinder::tensionSign),
        in.integer("sijProvocationPositive", 0, 6),
        in.bool("fortinFingerSign"),
        in.bool("hipInternalRotationPainful"),
        in.bool("hipRangeReduced"),
        in.bool("greaterTrochanterTender"),
        in.bool("facetLoadingPain"),
        in.enumValue("passiveLumbarExtensionTest", PosNeg.class),
        in.bool("paraspinalTriggerPoints"),
        in.bool("tinelFibularHead"),
        in.enumValue("distalPulses", Pulses.class),
        in.enumValue("woundStatus", WoundStatus.class),
        in.bool("stoopedPosture"),
        in.integer("nonOrganicSigns", 0, 5),
        in.enumValue("gait", Gait.class));
  }

  private static MotorFinding motor(ObjectIn in) {
    return new MotorFinding(
        in.enumValue("root", Root.class),
        in.enumValue("side", Side.class),
        in.integer("mrc", 0, 5));
  }

  private static SensoryFinding sensory(ObjectIn in) {
    return new SensoryFinding(
        in.enumValue("dermatome", Root.class),
        in.enumValue("side", Side.class),
        in.enumValue("status", SensoryStatus.class));
  }

  private static ReflexFinding reflex(ObjectIn in) {
    return new ReflexFinding(
        in.enumValue("reflex", Reflex.class),
        in.enumValue("side", Side.class),
        in.enumValue("status", ReflexStatus.class));
  }

  private static TensionSign tensionSign(ObjectIn in) {
    return new TensionSign(
        in.enumValue("result", PosNeg.class),
        in.enumValue("side", Side.class),
        in.number("angleDeg"));
  }
}
