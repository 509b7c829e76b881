package org.reassess.engine.features;

import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;

/**
 * Derives the psychosocial, function and preference features, each copied from its field.
 * Stateless.
 */
final class PsychosocialDeriver {

  private PsychosocialDeriver() {}

  static void derive(
      @Nullable Psychosocial psychosocial,
      @Nullable Function function,
      @Nullable Preferences preferences,
      FeatureValues out) {
    if (psychosocial != null) {
      scores(psychosocial, out);
      yellowFlags(psychosocial, out);
    }
    if (function != null) {
      function(function, out);
    }
    if (preferences != null) {
      out.string("surgeryAcceptable", preferences.surgeryAcceptable());
      out.string("implantAcceptable", preferences.implantAcceptable());
      out.list("goals", preferences.goals());
    }
  }

  private static void scores(Psychosocial psychosocial, FeatureValues out) {
    out.integer("phq9", psychosocial.phq9());
    out.integer("phq9Item9", psychosocial.phq9Item9());
    out.integer("gad7", psychosocial.gad7());
    out.integer("painCatastrophizing", psychosocial.painCatastrophizing());
    out.integer("tsk", psychosocial.tsk());
    out.string("startBack", psychosocial.startBack());
  }

  private static void yellowFlags(Psychosocial psychosocial, FeatureValues out) {
    out.bool("workersCompensation", psychosocial.workersCompensation());
    out.bool("litigation", psychosocial.litigation());
    out.bool("substanceUseDisorder", psychosocial.substanceUseDisorder());
    out.bool("opioidMisuseConcern", psychosocial.opioidMisuseConcern());
    out.bool("lackOfEngagement", psychosocial.lackOfEngagement());
    out.bool("dysfunctionalCoping", psychosocial.dysfunctionalCoping());
    out.bool("unrealisticExpectations", psychosocial.unrealisticExpectations());
    out.bool("inadequateActivity", psychosocial.inadequateActivity());
    out.bool("poorSocialSupport", psychosocial.poorSocialSupport());
    out.bool("secondaryGain", psychosocial.secondaryGain());
    out.bool("unwillingToReduceOpioids", psychosocial.unwillingToReduceOpioids());
  }

  private static void function(Function function, FeatureValues out) {
    out.integer("odi", function.odi());
    out.decimal("walkingToleranceMinutes", function.walkingToleranceMinutes());
    out.decimal("sittingToleranceMinutes", function.sittingToleranceMinutes());
    out.bool("sleepDisturbed", function.sleepDisturbed());
    out.string("work", function.work());
    out.decimal("eq5dIndex", function.eq5dIndex());
  }
}
