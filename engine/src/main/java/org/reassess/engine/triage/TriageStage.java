package org.reassess.engine.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.features.Features;
import org.reassess.engine.internal.Facts;
import org.reassess.engine.kb.Escalation;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.RedFlag;
import org.reassess.engine.kb.Tier;
import org.reassess.engine.kb.Truth;

/**
 * Red flags first. Every red flag of the knowledge base is checked on every case, however sparse;
 * the tier is the most urgent of the raised flags and escalations, and no later stage can lower it.
 */
public final class TriageStage {
  private TriageStage() {}

  public static Triage assess(Features features, KnowledgeBase kb) {
    Tier tier = Tier.ROUTINE;
    List<Triage.RaisedRedFlag> raised = new ArrayList<>();
    for (RedFlag flag : kb.redFlags()) {
      List<RedFlag.Trigger> fired =
          flag.triggers().stream().filter(t -> t.when().evaluate(features) == Truth.TRUE).toList();
      // an unverified (NV) trigger adds its reason but never raises a flag on its own
      List<RedFlag.Trigger> basis =
          fired.stream().filter(t -> t.rule().evidence() != Evidence.NV).toList();
      if (basis.isEmpty()) {
        continue;
      }
      Tier flagTier = basis.stream().map(RedFlag.Trigger::tier).max(Tier::compareTo).orElseThrow();
      tier = flagTier.isMoreUrgentThan(tier) ? flagTier : tier;
      raised.add(
          new Triage.RaisedRedFlag(
              flag.id(),
              flag.name(),
              flagTier.wire(),
              fired.stream().map(RedFlag.Trigger::why).collect(Collectors.joining(" ")),
              flag.action(),
              fired.stream()
                  .map(t -> statement(t.id(), t.why(), t.when(), t.rule(), features))
                  .toList(),
              flag.workup(),
              Provenance.of(flag.rule())));
    }
    List<Statement> reasons = new ArrayList<>();
    for (Escalation escalation : kb.escalations()) {
      if (escalation.when().evaluate(features) == Truth.TRUE) {
        tier = escalation.tier().isMoreUrgentThan(tier) ? escalation.tier() : tier;
        reasons.add(
            statement(
                escalation.id(), escalation.why(), escalation.when(), escalation.rule(), features));
      }
    }
    return new Triage(tier.wire(), raised, reasons);
  }

  private static Statement statement(
      String id,
      String why,
      org.reassess.engine.kb.Condition when,
      org.reassess.engine.kb.Rule rule,
      Features features) {
    return new Statement(id, why, Facts.of(when, features), Provenance.of(rule));
  }
}
