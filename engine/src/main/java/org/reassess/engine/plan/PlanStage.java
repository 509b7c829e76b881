package org.reassess.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.ExpectationStatement;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.RedFlag;
import org.reassess.engine.kb.Tier;
import org.reassess.engine.kb.TreatmentOption;
import org.reassess.engine.kb.Truth;

/**
 * The plan: every option of the knowledge base judged for this case, in the order of {@code
 * docs/kb-authoring.md} ("options"): an emergency or urgent red flag first and alone; then not
 * indicated, contraindicated, prerequisites unmet or a caution, an unverified surgical basis, and
 * otherwise recommended. The patient's preferences mark options, never hide them.
 */
public final class PlanStage {

  /** Categories that act on a cause and so wait for the cause to be established. */
  private static final Set<String> CAUSE_DIRECTED =
      Set.of("interventional", "neuromodulation", "surgical");

  private PlanStage() {}

  /** The plan and the expectations of its recommended options. */
  public record Result(Assessment.Plan plan, List<Assessment.Expectation> expectations) {}

  public static Result plan(
      Features features, KnowledgeBase kb, Triage triage, List<CauseResult> differential) {
    Map<String, CauseResult> causes = new HashMap<>();
    differential.forEach(c -> causes.put(c.cause(), c));
    Map<String, RedFlag> flagsById = new HashMap<>();
    kb.redFlags().forEach(f -> flagsById.put(f.id(), f));

    // red flags of tier urgent or emergency: their options come first, the rest waits
    Map<String, Triage.RaisedRedFlag> firstBy = new HashMap<>();
    List<Triage.RaisedRedFlag> pressing = new ArrayList<>();
    for (Triage.RaisedRedFlag raised : triage.redFlags()) {
      Tier tier = Tier.valueOf(raised.tier().toUpperCase(java.util.Locale.ROOT));
      if (tier == Tier.URGENT || tier == Tier.EMERGENCY) {
        pressing.add(raised);
        for (String option : flagsById.get(raised.id()).options()) {
          firstBy.putIfAbsent(option, raised);
        }
      }
    }
    boolean causeEstablished = differential.stream().anyMatch(c -> c.likelihood().equals("likely"));

    List<Judged> judged = new ArrayList<>();
    for (TreatmentOption option : kb.options()) {
      Verdict verdict =
          pressing.isEmpty()
              ? judge(option, features, causes, causeEstablished)
              : urgent(option, firstBy, pressing);
      judged.add(new Judged(option, verdict));
    }
    judged.sort(ORDER);

    List<PlanOption> options = new ArrayList<>();
    List<Assessment.Expectation> expectations = new ArrayList<>();
    if (pressing.isEmpty()) {
      for (ExpectationStatement statement : kb.planExpectations()) {
        if (statement.when().evaluate(features) == Truth.TRUE) {
          expectations.add(
              new Assessment.Expectation(
                  null,
                  fill(statement.text(), features),
                  statement.leg().map(t -> fill(t, features)).orElse(null),
                  statement.back().map(t -> fill(t, features)).orElse(null),
                  null,
                  Provenance.of(statement.rule())));
        }
      }
    }
    for (Judged j : judged) {
      options.add(j.toPlanOption(features));
      if (j.verdict.recommendation == Recommendation.RECOMMENDED) {
        j.option
            .outcome()
            .ifPresent(
                o ->
                    expectations.add(
                        new Assessment.Expectation(
                            j.option.id(),
                            o.text(),
                            o.leg().orElse(null),
                            o.back().orElse(null),
                            o.plain().orElse(null),
                            Provenance.of(o.rule()))));
      }
    }
    return new Result(
        new Assessment.Plan(
            status(pressing, causeEstablished), kb.planPolicy().reviewAfter(), options),
        expectations);
  }

  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}");

  /**
   * Replaces {@code {feature}} in a knowledge-base sentence by the case's value of that feature
   * (lists as words, whole numbers without decimals), so a statement can restate the patient's own
   * goals and figures. A feature the case does not tell stays visibly unfilled.
   */
  static String fill(String text, Features features) {
    if (text.indexOf('{') < 0) {
      return text;
    }
    java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = features.values().get(m.group(1));
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : words(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String words(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(PlanStage::words).collect(Collectors.joining(", "));
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString().replace('_', ' ');
  }

  private static String status(List<Triage.RaisedRedFlag> pressing, boolean causeEstablished) {
    if (!pressing.isEmpty()) {
      return "A red flag comes first ("
          + pressing.stream().map(Triage.RaisedRedFlag::id).collect(Collectors.joining(", "))
          + "): "
          + pressing.get(0).action()
          + " Everything else waits until it is dealt with.";
    }
    if (!causeEstablished) {
      return "The cause is not yet established: complete the work-up first. Meanwhile only options"
          + " that do not depend on the cause are recommended.";
    }
    return "Options matched to the likely causes, least invasive first; options considered and"
        + " rejected are listed with the reason.";
  }

  private enum Recommendation {
    RECOMMENDED,
    CONSIDER,
    NOT_RECOMMENDED;

    String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private record Verdict(
      Recommendation recommendation,
      String why,
      List<String> missing,
      List<String> tests,
      List<Provenance> basis) {}

  private record Judged(TreatmentOption option, Verdict verdict) {
    PlanOption toPlanOption(Features features) {
      return new PlanOption(
          option.id(),
          option.name(),
          option.category(),
          verdict.recommendation.wire(),
          verdict.why,
          verdict.recommendation == Recommendation.RECOMMENDED ? option.stage().wire() : null,
          verdict.missing,
          verdict.tests,
          declined(option, features) ? Boolean.TRUE : null,
          verdict.basis,
          Provenance.of(option.rule()));
    }
  }

  /** Recommended first (by stage, then least invasive), then consider, then rejected. */
  private static final Comparator<Judged> ORDER =
      Comparator.comparing((Judged j) -> j.verdict.recommendation)
          .thenComparing(
              j ->
                  j.verdict.recommendation == Recommendation.RECOMMENDED
                      ? j.option.stage()
                      : TreatmentOption.Stage.NOW)
          .thenComparingInt(j -> j.option.invasiveness())
          .thenComparing(j -> j.option.id());

  private static Verdict urgent(
      TreatmentOption option,
      Map<String, Triage.RaisedRedFlag> firstBy,
      List<Triage.RaisedRedFlag> pressing) {
    Triage.RaisedRedFlag flag = firstBy.get(option.id());
    if (flag != null) {
      return new Verdict(
          Recommendation.RECOMMENDED,
          "Red flag " + flag.id() + " (" + flag.tier() + "): " + flag.action(),
          List.of(),
          List.of(),
          List.of(flag.source()));
    }
    return new Verdict(
        Recommendation.NOT_RECOMMENDED,
        "Waits until the red flag ("
            + pressing.stream().map(Triage.RaisedRedFlag::id).collect(Collectors.joining(", "))
            + ") is dealt with.",
        List.of(),
        List.of(),
        List.of(pressing.get(0).source()));
  }

  private static Verdict judge(
      TreatmentOption option,
      Features features,
      Map<String, CauseResult> causes,
      boolean causeEstablished) {
    List<TreatmentOption.Indication> held = new ArrayList<>();
    for (TreatmentOption.Indication indication : option.indications()) {
      if (holds(indication, features, causes)) {
        held.add(indication);
      }
    }
    if (held.isEmpty()) {
      return new Verdict(
          Recommendation.NOT_RECOMMENDED,
          "Not indicated: it is for "
              + option.indications().stream()
                  .map(PlanStage::describe)
                  .collect(Collectors.joining("; "))
              + ".",
          List.of(),
          List.of(),
          List.of(Provenance.of(option.rule())));
    }
    List<Provenance> basis =
        held.stream().map(i -> Provenance.of(i.rule())).collect(Collectors.toList());
    String indicatedBy =
        held.stream()
            .map(TreatmentOption.Indication::why)
            .distinct()
            .collect(Collectors.joining(" "));

    Optional<TreatmentOption.Guard> contraindication =
        option.contraindications().stream()
            .filter(g -> g.when().evaluate(features) == Truth.TRUE)
            .findFirst();
    if (contraindication.isPresent()) {
      return new Verdict(
          Recommendation.NOT_RECOMMENDED,
          "Not recommended: " + contraindication.get().why(),
          List.of(),
          List.of(),
          List.of(Provenance.of(contraindication.get().rule())));
    }

    List<String> missing = new ArrayList<>();
    Set<String> tests = new LinkedHashSet<>();
    for (TreatmentOption.Prerequisite p : option.prerequisites()) {
      if (p.when().evaluate(features) != Truth.TRUE) {
        missing.add(p.missing());
        tests.addAll(p.tests());
        basis.add(Provenance.of(p.rule()));
      }
    }
    List<String> cautions = new ArrayList<>();
    for (TreatmentOption.Guard caution : option.cautions()) {
      if (caution.when().evaluate(features) == Truth.TRUE) {
        cautions.add(caution.why());
        basis.add(Provenance.of(caution.rule()));
      }
    }
    boolean unverifiedSurgery =
        option.category().equals("surgical")
            && held.stream().allMatch(i -> i.rule().evidence() == Evidence.NV);
    boolean awaitingCause = !causeEstablished && CAUSE_DIRECTED.contains(option.category());

    if (missing.isEmpty() && cautions.isEmpty() && !unverifiedSurgery && !awaitingCause) {
      return new Verdict(Recommendation.RECOMMENDED, indicatedBy, List.of(), List.of(), basis);
    }
    StringBuilder why = new StringBuilder("Consider: ").append(indicatedBy);
    if (!missing.isEmpty()) {
      why.append(" First needed: ").append(String.join("; ", missing)).append('.');
    }
    for (String caution : cautions) {
      why.append(" Caution: ").append(caution);
    }
    if (unverifiedSurgery) {
      why.append(" Its only basis is unverified (NV): never enough alone for surgery.");
    }
    if (awaitingCause) {
      why.append(" The cause is not yet established: complete the work-up first.");
    }
    return new Verdict(
        Recommendation.CONSIDER, why.toString().trim(), missing, List.copyOf(tests), basis);
  }

  private static boolean holds(
      TreatmentOption.Indication indication, Features features, Map<String, CauseResult> causes) {
    if (indication.cause().isPresent()) {
      CauseResult result = causes.get(indication.cause().get());
      if (result == null) {
        return false;
      }
      return result.likelihood().equals("likely")
          || (indication.likelihood().equals("possible") && result.likelihood().equals("possible"));
    }
    return indication.when().map(w -> w.evaluate(features) == Truth.TRUE).orElse(false);
  }

  private static String describe(TreatmentOption.Indication indication) {
    return indication
        .cause()
        .map(c -> c.replace('_', ' ') + " (" + indication.likelihood() + ")")
        .orElseGet(
            () -> {
              String why = indication.why();
              return why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            });
  }

  /**
   * Options of a kind the patient has said they would not accept: surgery when surgery is not
   * acceptable, neuromodulation when an implant is not.
   */
  private static boolean declined(TreatmentOption option, Features features) {
    Object surgery = features.values().get("surgeryAcceptable");
    Object implant = features.values().get("implantAcceptable");
    return (option.category().equals("surgical") && "no".equals(surgery))
        || (option.category().equals("neuromodulation") && "no".equals(implant));
  }
}
