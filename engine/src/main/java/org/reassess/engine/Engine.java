package org.reassess.engine;

import java.util.ArrayList;
import java.util.List;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.IncidentalFinding;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.differential.DifferentialStage;
import org.reassess.engine.features.FeatureDeriver;
import org.reassess.engine.features.Features;
import org.reassess.engine.features.ImagingJudgement;
import org.reassess.engine.internal.Facts;
import org.reassess.engine.kb.Contributor;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Truth;
import org.reassess.engine.plan.PlanStage;
import org.reassess.engine.triage.TriageStage;
import org.reassess.engine.workup.WorkupStage;

/**
 * The engine: a case and a knowledge base in, an assessment out. Immutable and thread-safe; the
 * same case and knowledge base always give the same assessment.
 */
public final class Engine {

  private final KnowledgeBase kb;

  public Engine(KnowledgeBase kb) {
    this.kb = kb;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public static String version() {
    String v = Engine.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  public Assessment assess(CaseDocument c) {
    Features features = FeatureDeriver.derive(c, kb.parameters());
    Triage triage = TriageStage.assess(features, kb);
    List<CauseResult> differential = DifferentialStage.assess(features, kb);
    List<WorkupSuggestion> workup = WorkupStage.suggest(features, kb, triage, differential);
    PlanStage.Result plan = PlanStage.plan(features, kb, triage, differential);
    return new Assessment(
        Assessment.FORMAT,
        c.caseId(),
        c.assessmentDate().toString(),
        Assessment.DISCLAIMER,
        new Assessment.KnowledgeBaseStamp(kb.id(), kb.version(), kb.contentHash()),
        version(),
        triage,
        differential,
        contributors(features),
        incidental(features),
        workup,
        plan.plan(),
        plan.expectations());
  }

  private List<ContributorResult> contributors(Features features) {
    List<ContributorResult> out = new ArrayList<>();
    for (Contributor contributor : kb.contributors()) {
      if (contributor.when().evaluate(features) == Truth.TRUE) {
        out.add(
            new ContributorResult(
                contributor.id(),
                contributor.name(),
                contributor.why(),
                Facts.of(contributor.when(), features),
                Provenance.of(contributor.rule())));
      }
    }
    return out;
  }

  private static List<IncidentalFinding> incidental(Features features) {
    return features.imaging().stream()
        .filter(j -> j.concordance() == ImagingJudgement.Concordance.NOT_CONCORDANT)
        .map(j -> new IncidentalFinding(j.pointer(), j.type(), j.summary(), j.reason()))
        .toList();
  }
}
