package org.reassess.engine.workup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.differential.DifferentialStage;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Contributor;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Truth;
import org.reassess.engine.kb.WorkupTest;

/**
 * The tests still worth doing, most useful first: those a raised red flag demands, then those with
 * the highest value of information — how much their answer could move the causes that are still
 * uncertain — then screens for contributors nobody has assessed. A test whose answer is already in
 * the case is never suggested.
 */
public final class WorkupStage {

  /** Below this value a test would barely move any cause: not worth suggesting. */
  private static final double MIN_VALUE = 0.25;

  /** A work-up is a short list a clinician acts on, not every test that could help a little. */
  private static final int MAX_SUGGESTIONS = 8;

  /** Screens for unassessed contributors rank after tests that separate causes. */
  private static final double CONTRIBUTOR_SCREEN_VALUE = 0.3;

  private WorkupStage() {}

  public static List<WorkupSuggestion> suggest(
      Features features, KnowledgeBase kb, Triage triage, List<CauseResult> differential) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();

    for (Triage.RaisedRedFlag flag : triage.redFlags()) {
      for (String test : flag.demandsTests()) {
        candidates
            .computeIfAbsent(test, Candidate::new)
            .demandedBy("demanded by red flag " + flag.id() + " (" + flag.tier() + ")");
      }
    }

    for (CauseResult result : differential) {
      Cause cause = causeById(kb, result.cause());
      double uncertainty = 4 * result.probability() * (1 - result.probability());
      Map<String, Double> bestPerTest = new LinkedHashMap<>();
      Map<String, String> labelPerTest = new LinkedHashMap<>();
      for (CauseResult.EvidenceItem missing : result.missing()) {
        double swing = DifferentialStage.swing(cause, missing.finding());
        for (String test : missing.tests()) {
          if (swing > bestPerTest.getOrDefault(test, 0.0)) {
            bestPerTest.put(test, swing);
            labelPerTest.put(test, missing.label());
          }
        }
      }
      bestPerTest.forEach(
          (test, swing) ->
              candidates
                  .computeIfAbsent(test, Candidate::new)
                  .add(
                      uncertainty * swing,
                      "would tell \""
                          + labelPerTest.get(test)
                          + "\" for "
                          + result.cause()
                          + " ("
                          + result.likelihood()
                          + ")"));
    }

    for (Contributor contributor : kb.contributors()) {
      if (contributor.when().evaluate(features) == Truth.UNKNOWN) {
        for (String test : contributor.tests()) {
          candidates
              .computeIfAbsent(test, Candidate::new)
              .add(CONTRIBUTOR_SCREEN_VALUE, contributor.id() + " has not been assessed");
        }
      }
    }

    List<WorkupSuggestion> out = new ArrayList<>();
    candidates.values().stream()
        .filter(c -> c.demanded || c.value >= MIN_VALUE)
        .sorted(
            Comparator.comparing((Candidate c) -> !c.demanded)
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.value).reversed())
                .thenComparing(c -> c.test))
        .forEach(
            c -> {
              Optional<WorkupTest> test = kb.test(c.test);
              if (test.isEmpty() || test.get().alreadyDone().evaluate(features) == Truth.TRUE) {
                return;
              }
              if (!c.demanded && out.size() >= MAX_SUGGESTIONS) {
                return;
              }
              out.add(
                  new WorkupSuggestion(
                      c.test,
                      test.get().name(),
                      test.get().why(),
                      List.copyOf(c.reasons),
                      Math.round(c.value * 1000) / 1000.0,
                      Provenance.of(test.get().rule())));
            });
    return out;
  }

  private static Cause causeById(KnowledgeBase kb, String id) {
    return kb.causes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /** A test being considered, with every reason to do it. */
  private static final class Candidate {
    final String test;
    final Set<String> reasons = new LinkedHashSet<>();
    double value;
    boolean demanded;

    Candidate(String test) {
      this.test = test;
    }

    void demandedBy(String reason) {
      demanded = true;
      reasons.add(reason);
    }

    void add(double v, String reason) {
      value += v;
      reasons.add(reason);
    }
  }
}
