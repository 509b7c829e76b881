package org.reassess.engine.differential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.CauseResult.EvidenceItem;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.features.Features;
import org.reassess.engine.internal.Facts;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.LikelihoodBands;
import org.reassess.engine.kb.Truth;

/**
 * Weighs every cause of the knowledge base for every case with an explicit evidence model: the
 * cause's prior odds, adjusted by the facts its prior names, times the likelihood ratio of each
 * present finding and of each absent one. Causes are weighed independently because several can
 * coexist. Missing findings move nothing; the strongest of them are named so the work-up can ask.
 */
public final class DifferentialStage {
  private DifferentialStage() {}

  public static List<CauseResult> assess(Features features, KnowledgeBase kb) {
    List<CauseResult> results = new ArrayList<>();
    for (Cause cause : kb.causes()) {
      results.add(weigh(cause, features, kb.bands()));
    }
    results.sort(
        Comparator.comparingDouble(CauseResult::probability)
            .reversed()
            .thenComparing(CauseResult::cause));
    return results;
  }

  static CauseResult weigh(Cause cause, Features features, LikelihoodBands bands) {
    double odds = odds(cause.prior().probability());
    List<Statement> adjustments = new ArrayList<>();
    for (Cause.Adjustment a : cause.prior().adjustments()) {
      if (a.when().evaluate(features) == Truth.TRUE) {
        odds *= a.factor();
        adjustments.add(
            new Statement(
                a.rule().ref().substring(a.rule().ref().indexOf('#') + 1),
                a.why(),
                Facts.of(a.when(), features),
                Provenance.of(a.rule())));
      }
    }
    double priorProbability = probability(odds);
    List<EvidenceItem> supporting = new ArrayList<>();
    List<EvidenceItem> against = new ArrayList<>();
    List<EvidenceItem> missing = new ArrayList<>();
    for (Cause.Finding f : cause.findings()) {
      Truth truth = f.when().evaluate(features);
      if (truth == Truth.UNKNOWN) {
        missing.add(item(f, "missing", 1.0, features));
        continue;
      }
      double lr = truth == Truth.TRUE ? f.lrPositive() : f.lrNegative();
      odds *= lr;
      EvidenceItem item = item(f, truth == Truth.TRUE ? "present" : "absent", lr, features);
      if (lr > 1) {
        supporting.add(item);
      } else if (lr < 1) {
        against.add(item);
      }
    }
    // the missing findings that would matter most: the widest swing between present and absent
    Map<String, Double> swings = new HashMap<>();
    cause.findings().forEach(f -> swings.put(f.id(), swing(f)));
    missing.sort(
        Comparator.comparingDouble((EvidenceItem m) -> -swings.get(m.finding()))
            .thenComparing(EvidenceItem::finding));
    double p = probability(odds);
    return new CauseResult(
        cause.id(),
        cause.name(),
        bands.bandOf(p),
        round(p),
        round(priorProbability),
        adjustments,
        supporting,
        against,
        missing,
        Provenance.of(cause.prior().rule()));
  }

  /** How far a finding can move the log-odds between present and absent. */
  static double swing(Cause.Finding f) {
    return Math.abs(Math.log(f.lrPositive()) - Math.log(f.lrNegative()));
  }

  private static EvidenceItem item(Cause.Finding f, String state, double lr, Features features) {
    return new EvidenceItem(
        f.id(),
        f.label(),
        state,
        lr,
        Facts.of(f.when(), features),
        f.tests(),
        Provenance.of(f.rule()));
  }

  private static double odds(double p) {
    return p / (1 - p);
  }

  private static double probability(double odds) {
    return odds / (1 + odds);
  }

  /** Three decimals keep the JSON stable and readable; ranking uses the same rounded value. */
  private static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }
}
