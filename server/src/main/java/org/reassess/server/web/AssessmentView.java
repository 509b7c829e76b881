package org.reassess.server.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.PlanOption;

/**
 * The assessment page's view of one stored assessment: the plan grouped the way a clinician reads
 * it, and what changed since the previous assessment. Nothing clinical is decided here; the groups
 * and the changes are read off the engine's output. Immutable.
 */
public record AssessmentView(
    Assessment assessment,
    List<PlanOption> now,
    List<PlanOption> ifNoImprovement,
    List<PlanOption> later,
    List<PlanOption> consider,
    List<PlanOption> rejected,
    List<String> changes,
    List<String> caseChanges,
    List<Bibliography.Source> bibliography,
    boolean hasPrevious) {

  public AssessmentView {
    now = List.copyOf(now);
    ifNoImprovement = List.copyOf(ifNoImprovement);
    later = List.copyOf(later);
    consider = List.copyOf(consider);
    rejected = List.copyOf(rejected);
    changes = List.copyOf(changes);
    caseChanges = List.copyOf(caseChanges);
    bibliography = List.copyOf(bibliography);
  }

  /**
   * The view of {@code a}, compared with {@code previous} when there is one.
   *
   * @param caseChanges what changed in the case between the two assessments' revisions
   * @param sourceTitles the knowledge base's full reference for each source key
   */
  public static AssessmentView of(
      Assessment a,
      @Nullable Assessment previous,
      List<String> caseChanges,
      java.util.Map<String, String> sourceTitles) {
    List<PlanOption> options = a.plan().options();
    return new AssessmentView(
        a,
        stage(options, "now"),
        stage(options, "if_no_improvement"),
        stage(options, "later"),
        options.stream().filter(o -> o.recommendation().equals("consider")).toList(),
        options.stream().filter(o -> o.recommendation().equals("not_recommended")).toList(),
        previous == null ? List.of() : changes(previous, a),
        caseChanges,
        Bibliography.of(a, sourceTitles),
        previous != null);
  }

  private static List<PlanOption> stage(List<PlanOption> options, String stage) {
    return options.stream()
        .filter(o -> o.recommendation().equals("recommended") && stage.equals(o.stage()))
        .toList();
  }

  /** A cause's probability must move this much to be listed as a change (display only). */
  static final double PROBABILITY_STEP = 0.05;

  /** What differs between two assessments, in words: triage, red flags, causes, plan. */
  static List<String> changes(Assessment before, Assessment after) {
    List<String> changes = new ArrayList<>();
    if (!before.triage().tier().equals(after.triage().tier())) {
      changes.add("Triage: " + before.triage().tier() + " → " + after.triage().tier());
    }
    diff(
        changes,
        "Red flag",
        names(before.triage().redFlags().stream().map(f -> f.name()).toList()),
        names(after.triage().redFlags().stream().map(f -> f.name()).toList()));
    for (CauseResult c : after.differential()) {
      CauseResult old =
          before.differential().stream()
              .filter(o -> o.cause().equals(c.cause()))
              .findFirst()
              .orElse(null);
      if (old != null
          && (!old.likelihood().equals(c.likelihood())
              || Math.abs(old.probability() - c.probability()) >= PROBABILITY_STEP)) {
        changes.add(
            c.name()
                + ": "
                + old.likelihood()
                + " "
                + percent(old.probability())
                + "% → "
                + c.likelihood()
                + " "
                + percent(c.probability())
                + "%");
      }
    }
    for (PlanOption o : after.plan().options()) {
      PlanOption old =
          before.plan().options().stream()
              .filter(p -> p.option().equals(o.option()))
              .findFirst()
              .orElse(null);
      if (old != null
          && (!old.recommendation().equals(o.recommendation())
              || !Objects.equals(old.stage(), o.stage()))) {
        changes.add(o.name() + ": " + verdict(old) + " → " + verdict(o));
      }
    }
    if (!before.knowledgeBase().version().equals(after.knowledgeBase().version())) {
      changes.add(
          "Knowledge base: "
              + before.knowledgeBase().version()
              + " → "
              + after.knowledgeBase().version());
    }
    return changes;
  }

  private static String verdict(PlanOption o) {
    String v = o.recommendation().replace('_', ' ');
    return o.stage() == null ? v : v + " (" + o.stage().replace('_', ' ') + ")";
  }

  private static Set<String> names(List<String> names) {
    return new LinkedHashSet<>(names);
  }

  private static void diff(
      List<String> changes, String what, Set<String> before, Set<String> after) {
    for (String s : after) {
      if (!before.contains(s)) {
        changes.add(what + " raised: " + s);
      }
    }
    for (String s : before) {
      if (!after.contains(s)) {
        changes.add(what + " no longer raised: " + s);
      }
    }
  }

  /** Width in percent of a probability bar. */
  public static String percent(double probability) {
    return String.format(
        java.util.Locale.ROOT, "%.0f", Math.max(0, Math.min(1, probability)) * 100);
  }
}
