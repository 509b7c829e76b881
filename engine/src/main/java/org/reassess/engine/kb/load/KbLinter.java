package org.reassess.engine.kb.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Contributor;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.RedFlag;
import org.reassess.engine.kb.SourceLocation;
import org.reassess.engine.kb.TreatmentOption;
import org.reassess.engine.kb.WorkupTest;

/**
 * The checks of {@code ./reassess kb check} beyond what loading already refuses: rules that load
 * but cannot do their job (a cause no evidence can make likely, a test nothing asks for, a red flag
 * resting on unverified facts only).
 */
public final class KbLinter {

  private KbLinter() {}

  /** Loads the knowledge base and lints it; every problem, in file order. */
  public static List<KbIssue> check(KbSource source) {
    KnowledgeBase kb;
    try {
      kb = KbLoader.load(source);
    } catch (KnowledgeBaseException e) {
      return e.issues();
    }
    return lint(kb);
  }

  public static List<KbIssue> lint(KnowledgeBase kb) {
    List<KbIssue> out = new ArrayList<>();
    for (RedFlag flag : kb.redFlags()) {
      boolean supported =
          flag.triggers().stream().anyMatch(t -> t.rule().evidence() != Evidence.NV);
      if (!supported) {
        out.add(
            issue(
                flag.rule().location(),
                "red flag "
                    + flag.id()
                    + " rests on NV triggers only; an unverified fact is never the only basis"
                    + " of a red flag"));
      }
    }
    for (Cause cause : kb.causes()) {
      double best = bestPosterior(cause);
      if (best < kb.bands().likely()) {
        out.add(
            issue(
                cause.prior().rule().location(),
                String.format(
                    java.util.Locale.ROOT,
                    "cause %s cannot reach likely: with every finding at its strongest the"
                        + " probability is %.2f, below %.2f",
                    cause.id(),
                    best,
                    kb.bands().likely())));
      }
      boolean anySupport = cause.findings().stream().anyMatch(f -> f.lrPositive() > 1);
      if (!anySupport) {
        out.add(issue(cause.prior().rule().location(), "no finding supports " + cause.id()));
      }
    }
    Set<String> asked = new HashSet<>();
    kb.causes().forEach(c -> c.findings().forEach(f -> asked.addAll(f.tests())));
    kb.causes().forEach(c -> c.beforeActing().ifPresent(b -> asked.addAll(b.tests())));
    kb.redFlags().forEach(r -> asked.addAll(r.workup()));
    kb.contributors().forEach(c -> asked.addAll(c.tests()));
    kb.tests().stream().filter(t -> t.screen().isPresent()).forEach(t -> asked.add(t.id()));
    kb.options().forEach(o -> o.prerequisites().forEach(p -> asked.addAll(p.tests())));
    for (WorkupTest test : kb.tests()) {
      if (!asked.contains(test.id())) {
        out.add(
            issue(
                test.rule().location(),
                "test "
                    + test.id()
                    + " discriminates nothing: no finding, red flag or contributor refers to it"));
      }
    }
    for (TreatmentOption option : kb.options()) {
      if (option.category().equals("surgical") && option.prerequisites().isEmpty()) {
        out.add(
            issue(
                option.rule().location(),
                "surgical option "
                    + option.id()
                    + " has no prerequisite: name the concordant target it needs"));
      }
    }
    for (OutcomeMeasure m : kb.primaryMeasures()) {
      m.mcid()
          .filter(mcid -> mcid.rule().evidence() == Evidence.NV)
          .ifPresent(
              mcid ->
                  out.add(
                      issue(
                          mcid.rule().location(),
                          "primary measure "
                              + m.id()
                              + " has an NV MCID; an unverified fact is never the basis of a"
                              + " patient's improvement status")));
    }
    for (Contributor c : kb.contributors()) {
      if (c.when().features().isEmpty()) {
        out.add(issue(c.rule().location(), "contributor " + c.id() + " reads no feature"));
      }
    }
    return out.stream().sorted().toList();
  }

  /** The highest posterior the cause can reach: every adjustment and finding in its favour. */
  static double bestPosterior(Cause cause) {
    double p = cause.prior().probability();
    double odds = p / (1 - p);
    for (Cause.Adjustment a : cause.prior().adjustments()) {
      odds *= Math.max(1, a.factor());
    }
    for (Cause.Finding f : cause.findings()) {
      odds *= Math.max(1, Math.max(f.lrPositive(), f.lrNegative()));
    }
    return odds / (1 + odds);
  }

  private static KbIssue issue(SourceLocation at, String message) {
    return new KbIssue(at.file(), at.line(), at.column(), message);
  }
}
