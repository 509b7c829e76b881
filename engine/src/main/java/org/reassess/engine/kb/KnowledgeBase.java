package org.reassess.engine.kb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reassess.engine.features.FeatureParameters;
import org.reassess.engine.kb.load.KbLoader;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;

/**
 * The loaded, compiled knowledge base: immutable and safe to share between threads. Every
 * assessment is stamped with its {@link #version()} and {@link #contentHash()}.
 *
 * @param sources citable source keys and their titles
 * @param measures the outcome measures recorded at each visit ({@code measures.yaml}); empty when
 *     the knowledge base has none
 * @param outcomePolicy which measures decide whether a patient is improving; empty when the
 *     knowledge base has no {@code measures.yaml}
 */
public record KnowledgeBase(
    String id,
    String version,
    String contentHash,
    String disclaimer,
    LikelihoodBands bands,
    WorkupPolicy workupPolicy,
    PlanPolicy planPolicy,
    FeatureParameters parameters,
    Map<String, String> sources,
    List<RedFlag> redFlags,
    List<Escalation> escalations,
    List<Cause> causes,
    List<Contributor> contributors,
    List<WorkupTest> tests,
    List<TreatmentOption> options,
    List<ExpectationStatement> planExpectations,
    List<OutcomeMeasure> measures,
    Optional<OutcomePolicy> outcomePolicy) {

  public KnowledgeBase {
    sources = Map.copyOf(sources);
    redFlags = List.copyOf(redFlags);
    escalations = List.copyOf(escalations);
    causes = List.copyOf(causes);
    contributors = List.copyOf(contributors);
    tests = List.copyOf(tests);
    options = List.copyOf(options);
    planExpectations = List.copyOf(planExpectations);
    measures = List.copyOf(measures);
  }

  /** Loads, compiles and type-checks a knowledge base; every problem is reported at once. */
  public static KnowledgeBase load(KbSource source) throws KnowledgeBaseException {
    return KbLoader.load(source);
  }

  public Optional<WorkupTest> test(String id) {
    return tests.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The outcome measure recorded in the case field {@code id} ({@code "odi"}), if any. */
  public Optional<OutcomeMeasure> measure(String id) {
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The measures that decide whether a patient is improving, in the policy's order; empty when the
   * knowledge base has no outcome policy.
   */
  public List<OutcomeMeasure> primaryMeasures() {
    return outcomePolicy
        .map(p -> p.primaryMeasures().stream().flatMap(id -> measure(id).stream()).toList())
        .orElse(List.of());
  }
}
