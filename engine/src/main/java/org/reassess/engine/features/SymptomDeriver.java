package org.reassess.engine.features;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.LegPainDistribution;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.NeuropathicDescriptor;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.Weakness;
import org.reassess.engine.casefile.Root;

/**
 * Derives the symptom features: pain and its dominance, the radicular pattern, the neuropathic
 * profile, and the symptom flags. Stateless.
 */
final class SymptomDeriver {

  private SymptomDeriver() {}

  static void derive(Symptoms s, LocalDate assessmentDate, FeatureParameters p, FeatureValues out) {
    pain(s, out);
    neuropathic(s.neuropathicDescriptors(), p, out);
    flags(s, out);
    Weakness weakness = s.weakness();
    if (weakness != null) {
      out.bool("weaknessPresent", weakness.present());
      out.bool("weaknessProgressive", weakness.progressive());
      LocalDate onset = weakness.onsetDate();
      out.decimal(
          "weaknessOnsetWeeksAgo", onset == null ? null : Intervals.weeks(onset, assessmentDate));
    }
  }

  private static void pain(Symptoms s, FeatureValues out) {
    out.integer("backPainNrs", s.backPainNrs());
    out.integer("legPainNrs", s.legPainNrs());
    Integer leg = legPain(s);
    Integer back = s.backPainNrs();
    if (leg != null && back != null) {
      out.bool("legDominant", leg > back);
      out.bool("backDominant", back > leg);
    }
    out.string("legPainSide", s.legPainSide());
    out.string("legPainDistribution", s.legPainDistribution());
    out.list("dermatomes", s.dermatomes());
    out.bool("painBelowKnee", s.painBelowKnee());
    out.bool("radicularPattern", radicularPattern(s));
    out.list("painLocations", s.painLocations());
  }

  /** The leg pain score; a leg-pain side of {@code none} says it is 0 when no score is given. */
  private static @Nullable Integer legPain(Symptoms s) {
    return s.legPainNrs() != null
        ? s.legPainNrs()
        : s.legPainSide() == LegPainSide.NONE ? Integer.valueOf(0) : null;
  }

  private static @Nullable Boolean radicularPattern(Symptoms s) {
    LegPainDistribution distribution = s.legPainDistribution();
    if (distribution != null) {
      return distribution == LegPainDistribution.DERMATOMAL;
    }
    Integer leg = legPain(s);
    List<Root> dermatomes = s.dermatomes();
    if ((leg != null && leg == 0) || (dermatomes != null && dermatomes.isEmpty())) {
      return false;
    }
    if (dermatomes != null && Boolean.TRUE.equals(s.painBelowKnee())) {
      return true;
    }
    return null;
  }

  private static void neuropathic(
      @Nullable List<NeuropathicDescriptor> descriptors, FeatureParameters p, FeatureValues out) {
    if (descriptors == null) {
      return;
    }
    int count = (int) descriptors.stream().distinct().count();
    out.list("neuropathicDescriptors", descriptors);
    out.integer("neuropathicDescriptorCount", count);
    out.bool("neuropathicProfile", count >= p.neuropathicMinDescriptors());
  }

  private static void flags(Symptoms s, FeatureValues out) {
    out.bool("neurogenicClaudication", s.neurogenicClaudication());
    out.list("aggravatedBy", s.aggravatedBy());
    out.list("relievedBy", s.relievedBy());
    out.bool("nightPain", s.nightPain());
    out.bool("restPain", s.restPain());
    out.bool("positionalHeadache", s.positionalHeadache());
    out.bool("numbness", s.numbness());
    out.bool("saddleAnesthesia", s.saddleAnesthesia());
    out.bool("bilateralLegSymptomsNew", s.bilateralLegSymptomsNew());
    out.bool("fever", s.fever());
    out.bool("chills", s.chills());
    out.bool("unexplainedWeightLoss", s.unexplainedWeightLoss());
    out.bool("recentTrauma", s.recentTrauma());
    out.bool("legColdPale", s.legColdPale());
    out.string("bladder", s.bladder());
    out.string("bowel", s.bowel());
    out.string("woundProblem", s.woundProblem());
    out.integer("painSites", s.painSites());
  }
}
