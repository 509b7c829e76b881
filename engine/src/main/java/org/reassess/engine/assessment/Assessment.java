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
   * The treatment plan. Planning is not implemented yet: {@code options} is empty and {@code
   * status} says so, rather than offering placeholder recommendations.
   */
  public record Plan(String status, List<Object> options) {
    public Plan {
      options = List.copyOf(options);
    }
  }

  /** An outcome statement with its evidence. */
  public record Expectation(String text, Provenance source) {}
}
