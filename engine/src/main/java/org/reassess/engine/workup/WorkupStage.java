package org.reassess.engine.workup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Burden;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Contributor;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.LikelihoodBands;
import org.reassess.engine.kb.Tier;
import org.reassess.engine.kb.Truth;
import org.reassess.engine.kb.WorkupPolicy;
import org.reassess.engine.kb.WorkupTest;

/**
 * The tests still worth doing, most useful first:
 *
 * <ol>
 *   <li>those a raised red flag demands, whatever else is known;
 *   <li>those the knowledge base requires before acting on a cause that is now likely (reference
 *       §5.1, e.g. dual blocks before radiofrequency ablation), and the low-burden ones of a cause
 *       that is possible;
 *   <li>then by value of information: for each cause, how far the test's most telling missing
 *       finding could move its probability — counted in full when the answer could move the cause
 *       into another band, a quarter otherwise, and half for a cause that is unlikely now — the
 *       best cause in full and the others at a quarter, divided by the test's burden; of the tests
 *       that tell the same finding only the least burdensome earn its value;
 *   <li>screens for contributors nobody has assessed, and screens of the minimum data set the case
 *       lacks.
 * </ol>
 *
 * A test whose answer is already in the case is never suggested.
 */
public final class WorkupStage {

  /** Tests needed before acting on a likely cause rank above any value-of-information score. */
  private static final double BEFORE_ACTING_LIKELY = 10;

  /**
   * For a cause that is only possible, its low-burden confirming tests (a radiograph, blood tests,
   * a questionnaire) still rank high: cheap answers for plausible causes.
   */
  private static final double BEFORE_ACTING_POSSIBLE = 1;

  /**
   * A test that tells weak findings of many causes is worth less than one that settles one cause:
   * the best cause counts in full, the others at this weight.
   */
  private static final double OTHER_CAUSES_WEIGHT = 0.25;

  /** An assessment for a contributor that is present (before any implant or re-operation). */
  private static final double CONTRIBUTOR_PRESENT_VALUE = 0.5;

  /**
   * A screen for a contributor nobody has assessed: worth doing, after tests that separate causes.
   */
  private static final double CONTRIBUTOR_SCREEN_VALUE = 0.2;

  /** Moving a cause within its band informs less than moving it across one. */
  private static final double WITHIN_BAND_WEIGHT = 0.25;

  /**
   * Chasing a cause that is unlikely now counts less than separating the leading ones: the work-up
   * is for the differential as it stands, not for every remote possibility.
   */
  private static final double UNLIKELY_CAUSE_WEIGHT = 0.5;

  private WorkupStage() {}

  public static List<WorkupSuggestion> suggest(
      Features features, KnowledgeBase kb, Triage triage, List<CauseResult> differential) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Map<String, Cause> causes = new HashMap<>();
    kb.causes().forEach(c -> causes.put(c.id(), c));
    Map<String, WorkupTest> tests = new HashMap<>();
    kb.tests().forEach(t -> tests.put(t.id(), t));

    for (Triage.RaisedRedFlag flag : triage.redFlags()) {
      for (String test : flag.demandsTests()) {
        candidates
            .computeIfAbsent(test, Candidate::new)
            .demandedBy("demanded by red flag " + flag.id() + " (" + flag.tier() + ")");
      }
    }

    for (CauseResult result : differential) {
      Cause cause = causes.get(result.cause());
      cause.beforeActing().ifPresent(b -> beforeActing(b, result, tests, candidates));
      valueOfInformation(cause, result, kb.bands(), tests)
          .forEach(
              (test, scored) ->
                  candidates
                      .computeIfAbsent(test, Candidate::new)
                      .addFromCause(scored.value(), scored.reason()));
    }

    for (Contributor contributor : kb.contributors()) {
      Truth present = contributor.when().evaluate(features);
      for (String test : contributor.tests()) {
        if (present == Truth.TRUE) {
          candidates
              .computeIfAbsent(test, Candidate::new)
              .add(
                  CONTRIBUTOR_PRESENT_VALUE,
                  contributor.id() + " is present: " + contributor.why());
        } else if (present == Truth.UNKNOWN) {
          candidates
              .computeIfAbsent(test, Candidate::new)
              .atLeast(CONTRIBUTOR_SCREEN_VALUE, contributor.id() + " has not been assessed");
        }
      }
    }

    for (WorkupTest test : kb.tests()) {
      test.screen()
          .filter(screen -> screen.when().evaluate(features) == Truth.TRUE)
          .ifPresent(
              screen ->
                  candidates
                      .computeIfAbsent(test.id(), Candidate::new)
                      .atLeast(CONTRIBUTOR_SCREEN_VALUE, "screen: " + screen.why()));
    }

    WorkupPolicy policy = kb.workupPolicy();
    boolean emergency =
        policy.emergencyRedFlagTestsOnly() && triage.tier().equals(Tier.EMERGENCY.wire());
    List<WorkupSuggestion> out = new ArrayList<>();
    int optional = 0;
    for (Ranked r : ranked(candidates, tests, policy)) {
      Candidate c = r.candidate();
      Optional<WorkupTest> test = Optional.ofNullable(tests.get(c.test));
      if (test.isEmpty() || test.get().alreadyDone().evaluate(features) == Truth.TRUE) {
        continue;
      }
      if (!c.demanded) {
        if (emergency
            || r.value() < policy.minimumValue()
            || optional >= policy.maximumSuggestions()) {
          continue;
        }
        optional++;
      }
      out.add(
          new WorkupSuggestion(
              c.test,
              test.get().name(),
              test.get().why(),
              List.copyOf(c.reasons),
              Math.round(r.value() * 1000) / 1000.0,
              Provenance.of(test.get().rule())));
    }
    return out;
  }

  /** A candidate with its value after the burden divisor, computed once. */
  private record Ranked(Candidate candidate, double value) {}

  /** Red-flag tests first, then by value after the burden divisor, then by id for stability. */
  private static List<Ranked> ranked(
      Map<String, Candidate> candidates, Map<String, WorkupTest> tests, WorkupPolicy policy) {
    return candidates.values().stream()
        .map(
            c ->
                new Ranked(
                    c,
                    c.total()
                        / Optional.ofNullable(tests.get(c.test))
                            .map(t -> policy.burdenDivisor().get(t.burden()))
                            .orElse(1.0)))
        .sorted(
            Comparator.comparing((Ranked r) -> !r.candidate().demanded)
                .thenComparing(Comparator.comparingDouble(Ranked::value).reversed())
                .thenComparing(r -> r.candidate().test))
        .toList();
  }

  private record Scored(double value, String reason) {}

  private static void beforeActing(
      Cause.BeforeActing b,
      CauseResult result,
      Map<String, WorkupTest> tests,
      Map<String, Candidate> out) {
    boolean likely = result.likelihood().equals("likely");
    if (!likely && !result.likelihood().equals("possible")) {
      return;
    }
    for (String test : b.tests()) {
      WorkupTest known = tests.get(test);
      boolean lowBurden = known != null && known.burden() == Burden.LOW;
      if (likely || lowBurden) {
        out.computeIfAbsent(test, Candidate::new)
            .add(
                (likely ? BEFORE_ACTING_LIKELY : BEFORE_ACTING_POSSIBLE) + result.probability(),
                "needed before acting on "
                    + result.cause()
                    + " ("
                    + result.likelihood()
                    + "): "
                    + b.why());
      }
    }
  }

  /** Per test, how much its most telling missing finding could move this cause. */
  private static Map<String, Scored> valueOfInformation(
      Cause cause, CauseResult result, LikelihoodBands bands, Map<String, WorkupTest> tests) {
    Map<String, Cause.Finding> findings = new HashMap<>();
    cause.findings().forEach(f -> findings.put(f.id(), f));
    double p = result.probability();
    double odds = p / (1 - p);
    String band = bands.bandOf(p);
    Map<String, Scored> best = new LinkedHashMap<>();
    for (CauseResult.EvidenceItem missing : result.missing()) {
      Cause.Finding finding = findings.get(missing.finding());
      double ifPresent = probability(odds * finding.lrPositive());
      double ifAbsent = probability(odds * finding.lrNegative());
      double shift = Math.max(Math.abs(ifPresent - p), Math.abs(p - ifAbsent));
      boolean crossesBand =
          !bands.bandOf(ifPresent).equals(band) || !bands.bandOf(ifAbsent).equals(band);
      double value =
          shift
              * (crossesBand ? 1 : WITHIN_BAND_WEIGHT)
              * (band.equals("unlikely") ? UNLIKELY_CAUSE_WEIGHT : 1);
      for (String test : leastBurdensome(finding.tests(), tests)) {
        if (value > best.getOrDefault(test, new Scored(0, "")).value()) {
          best.put(
              test,
              new Scored(
                  value,
                  "would tell \""
                      + finding.label()
                      + "\" for "
                      + cause.id()
                      + " (now "
                      + result.likelihood()
                      + ")"));
        }
      }
    }
    return best;
  }

  /**
   * Of the tests that would tell the same finding, only the least burdensome earn its value: a
   * CT-myelogram is not suggested for what an MRI answers.
   */
  private static List<String> leastBurdensome(List<String> ids, Map<String, WorkupTest> tests) {
    if (ids.size() < 2) {
      return ids;
    }
    Burden least =
        ids.stream().map(t -> burdenOf(t, tests)).min(Burden::compareTo).orElse(Burden.HIGH);
    return ids.stream().filter(t -> burdenOf(t, tests) == least).toList();
  }

  private static Burden burdenOf(String test, Map<String, WorkupTest> tests) {
    WorkupTest t = tests.get(test);
    return t == null ? Burden.HIGH : t.burden();
  }

  private static double probability(double odds) {
    return odds / (1 + odds);
  }

  /** A test being considered, with every reason to do it. */
  private static final class Candidate {
    final String test;
    final Set<String> reasons = new LinkedHashSet<>();
    double value;
    final List<Double> causeValues = new ArrayList<>();
    double contributorValue;
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

    /** Value of information from one cause: the best cause in full, the others discounted. */
    void addFromCause(double v, String reason) {
      causeValues.add(v);
      reasons.add(reason);
    }

    /**
     * For reasons that share one purpose (several psychosocial screens are one assessment): the
     * test is worth the largest of them, not their sum.
     */
    void atLeast(double v, String reason) {
      contributorValue = Math.max(contributorValue, v);
      reasons.add(reason);
    }

    double total() {
      double best = causeValues.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double rest = causeValues.stream().mapToDouble(Double::doubleValue).sum() - best;
      return value + best + OTHER_CAUSES_WEIGHT * rest + contributorValue;
    }
  }
}
