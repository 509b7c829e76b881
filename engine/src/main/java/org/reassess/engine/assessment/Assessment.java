package org.reassess.engine.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer for one case, format {@code reassess-assessment/1} ({@code
 * shared/spec/assessment-format.md}). Every screen, report and card is rendered from it.
 */
public record Assessment(
    String format,
    @Nullable String caseId,
    String assessmentDate,
    String disclaimer,
    KnowledgeBaseStamp knowledgeBase,
    String engineVersion,
    Triage triage,
    List<CauseResult> differential,
    List<ContributorResult> contributors,
    List<IncidentalFinding> incidentalFindings,
    List<WorkupSuggestion> workup,
    Plan plan,
    List<Expectation> expectations) {

  public static final String FORMAT = "reassess-assessment/1";
  public static final String DISCLAIMER = "decision support — not a diagnosis";

  public Assessment {
    differential = List.copyOf(differential);
    contributors = List.copyOf(contributors);
    incidentalFindings = List.copyOf(incidentalFindings);
    workup = List.copyOf(workup);
    expectations = List.copyOf(expectations);
  }

  /** Which knowledge base produced the assessment. */
  public record KnowledgeBaseStamp(String id, String version, String hash) {}

  /**
   * The treatment plan: every option considered, recommended ones first (by stage, least invasive
   * first), then those to consider, then those rejected with the reason.
   *
   * @param status one sentence on what the plan rests on (a red flag first, an established cause,
   *     or a cause not yet established)
   * @param reviewAfter when the options of the stage "if there is no improvement" come into play
   */
  public record Plan(String status, String reviewAfter, List<PlanOption> options) {
    public Plan {
      options = List.copyOf(options);
    }
  }

  /**
   * What a patient can realistically expect from a recommended option, for leg and back pain where
   * the evidence separates them.
   */
  public record Expectation(
      String option,
      String text,
      @org.jspecify.annotations.Nullable String leg,
      @org.jspecify.annotations.Nullable String back,
      @org.jspecify.annotations.Nullable String plain,
      Provenance source) {}
}
