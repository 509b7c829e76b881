package org.reassess.engine.kb;

import java.util.List;
import java.util.Optional;
import org.reassess.engine.casefile.WireEnum;

/**
 * A treatment option of the fixed list with the rules that decide whether it is offered: what
 * indicates it, what must be true first, what argues for caution, what rules it out, and what a
 * patient can expect from it.
 *
 * @param invasiveness 1 (education) to 9 (deformity correction): the plan offers the least invasive
 *     effective option first
 */
public record TreatmentOption(
    String id,
    String name,
    String category,
    int invasiveness,
    Stage stage,
    List<Indication> indications,
    List<Prerequisite> prerequisites,
    List<Guard> cautions,
    List<Guard> contraindications,
    Optional<Outcome> outcome,
    Rule rule) {

  public TreatmentOption {
    indications = List.copyOf(indications);
    prerequisites = List.copyOf(prerequisites);
    cautions = List.copyOf(cautions);
    contraindications = List.copyOf(contraindications);
  }

  /** Where a recommended option sits in the plan. */
  public enum Stage implements WireEnum {
    NOW,
    IF_NO_IMPROVEMENT,
    LATER
  }

  /**
   * What makes the option worth considering: a cause at least {@code likelihood}, or a condition.
   *
   * @param cause a fixed cause id, when the indication is a cause
   * @param likelihood {@code likely} or {@code possible}, with a cause
   * @param when a condition, when the indication is not a cause
   */
  public record Indication(
      Optional<String> cause, String likelihood, Optional<Condition> when, String why, Rule rule) {}

  /**
   * What must be true before the option is recommended; while it is not known to be true the option
   * is at most "consider", naming {@code missing} and the {@code tests} that would tell.
   */
  public record Prerequisite(
      String id, Condition when, String missing, List<String> tests, Rule rule) {
    public Prerequisite {
      tests = List.copyOf(tests);
    }
  }

  /** A caution (at most "consider") or a contraindication ("not recommended"), with its reason. */
  public record Guard(String id, Condition when, String why, Rule rule) {}

  /**
   * What a patient can realistically expect, for leg and back pain where the evidence separates;
   * {@code plain} is the same in everyday words for the patient letter.
   */
  public record Outcome(
      String text,
      Optional<String> leg,
      Optional<String> back,
      Optional<String> plain,
      Rule rule) {}
}
