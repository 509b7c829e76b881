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
    List<ExpectationStatement> planExpectations) {

  public KnowledgeBase {
    sources = Map.copyOf(sources);
    redFlags = List.copyOf(redFlags);
    escalations = List.copyOf(escalations);
    causes = List.copyOf(causes);
    contributors = List.copyOf(contributors);
    tests = List.copyOf(tests);
    options = List.copyOf(options);
    planExpectations = List.copyOf(planExpectations);
  }

  /** Loads, compiles and type-checks a knowledge base; every problem is reported at once. */
  public static KnowledgeBase load(KbSource source) throws KnowledgeBaseException {
    return KbLoader.load(source);
  }

  public Optional<WorkupTest> test(String id) {
    return tests.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
