package org.reassess.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.IncidentalFinding;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.kb.Citation;

/**
 * A readable terminal summary of one assessment: urgency first, then the differential with its
 * evidence, the work-up and the plan. Rendered only from the assessment; nothing is decided here.
 */
public final class TextReport {

  private TextReport() {}

  public static String render(Assessment a) {
    StringBuilder out = new StringBuilder();
    out.append("Reassess — ").append(a.disclaimer()).append('\n');
    out.append("Case ")
        .append(a.caseId() == null ? "(no id)" : a.caseId())
        .append(" · assessed for ")
        .append(a.assessmentDate())
        .append(" · knowledge base ")
        .append(a.knowledgeBase().id())
        .append(' ')
        .append(a.knowledgeBase().version())
        .append(" (")
        .append(shortHash(a.knowledgeBase().hash()))
        .append(")\n\n");

    triage(out, a.triage());
    differential(out, a.differential());
    contributors(out, a.contributors());
    incidental(out, a.incidentalFindings());
    workup(out, a.workup());

    plan(out, a);
    out.append("This is ")
        .append(a.disclaimer())
        .append(": it supports a clinician's decision and")
        .append(" does not replace it.\n");
    return out.toString();
  }

  private static void triage(StringBuilder out, Triage t) {
    out.append("TRIAGE: ").append(t.tier().toUpperCase(Locale.ROOT)).append('\n');
    if (t.redFlags().isEmpty()) {
      out.append("  No red flag raised.\n");
    }
    for (Triage.RaisedRedFlag flag : t.redFlags()) {
      out.append("  !! RED FLAG ")
          .append(flag.name())
          .append(" [")
          .append(flag.tier())
          .append("] — ")
          .append(flag.why())
          .append('\n')
          .append("     Action: ")
          .append(flag.action())
          .append('\n');
      for (Statement trigger : flag.triggers()) {
        out.append("     · ").append(trigger.text()).append(cite(trigger.source())).append('\n');
      }
    }
    for (Statement reason : t.reasons()) {
      out.append("  ").append(reason.text()).append(cite(reason.source())).append('\n');
    }
    out.append('\n');
  }

  private static void differential(StringBuilder out, List<CauseResult> causes) {
    out.append("DIFFERENTIAL (most likely first)\n");
    List<CauseResult> shown =
        causes.stream().filter(c -> !c.likelihood().equals("unlikely")).toList();
    if (shown.isEmpty()) {
      out.append("  No cause reaches \"possible\" on what the case tells; see the work-up.\n");
    }
    for (CauseResult c : shown) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-9s %3.0f%%  %s%n",
              c.likelihood(),
              c.probability() * 100,
              c.name()));
      for (CauseResult.EvidenceItem e : c.supporting()) {
        out.append("              + ")
            .append(e.label())
            .append(lr(e))
            .append(cite(e.source()))
            .append('\n');
      }
      for (CauseResult.EvidenceItem e : c.against()) {
        out.append("              − ")
            .append(e.label())
            .append(lr(e))
            .append(cite(e.source()))
            .append('\n');
      }
      c.missing().stream()
          .limit(2)
          .forEach(
              m ->
                  out.append("              ? not known: ")
                      .append(m.label())
                      .append(m.tests().isEmpty() ? "" : " → " + String.join(", ", m.tests()))
                      .append('\n'));
    }
    int unlikely = causes.size() - shown.size();
    out.append("  ")
        .append(unlikely)
        .append(" other causes weighed and unlikely: ")
        .append(
            causes.stream()
                .filter(c -> c.likelihood().equals("unlikely"))
                .map(CauseResult::cause)
                .collect(Collectors.joining(", ")))
        .append("\n\n");
  }

  private static void contributors(StringBuilder out, List<ContributorResult> contributors) {
    if (contributors.isEmpty()) {
      return;
    }
    out.append("CONTRIBUTORS (beside the causes, not instead of them)\n");
    for (ContributorResult c : contributors) {
      out.append("  ")
          .append(c.name())
          .append(" — ")
          .append(c.why())
          .append(cite(c.source()))
          .append('\n');
    }
    out.append('\n');
  }

  private static void incidental(StringBuilder out, List<IncidentalFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append("INCIDENTAL IMAGING FINDINGS (not concordant with the symptoms)\n");
    for (IncidentalFinding f : findings) {
      out.append("  ").append(f.summary()).append(" — ").append(f.reason()).append('\n');
    }
    out.append('\n');
  }

  private static void workup(StringBuilder out, List<WorkupSuggestion> workup) {
    out.append("WORK-UP (most useful first)\n");
    if (workup.isEmpty()) {
      out.append("  No further test would change the picture much.\n");
    }
    int n = 1;
    for (WorkupSuggestion w : workup) {
      out.append("  ")
          .append(n++)
          .append(". ")
          .append(w.name())
          .append(" — ")
          .append(w.why())
          .append(cite(w.source()))
          .append('\n');
      for (String reason : w.reasons()) {
        out.append("       · ").append(reason).append('\n');
      }
    }
    out.append('\n');
  }

  private static void plan(StringBuilder out, Assessment a) {
    out.append("PLAN\n  ").append(a.plan().status()).append('\n');
    String current = "";
    for (PlanOption o : a.plan().options()) {
      String heading =
          switch (o.recommendation()) {
            case "recommended" -> "Recommended — " + stageWords(o.stage(), a.plan().reviewAfter());
            case "consider" -> "Consider";
            default -> "Considered and not recommended";
          };
      if (!heading.equals(current)) {
        out.append("  ").append(heading).append('\n');
        current = heading;
      }
      out.append("    · ")
          .append(o.name())
          .append(Boolean.TRUE.equals(o.declinedByPatient()) ? " [declined by the patient]" : "")
          .append(" — ")
          .append(o.why())
          .append('\n');
    }
    if (!a.expectations().isEmpty()) {
      out.append("\nEXPECTATIONS\n");
      for (Assessment.Expectation e : a.expectations()) {
        out.append("  · ").append(e.text());
        if (e.leg() != null) {
          out.append(" Leg pain: ").append(e.leg()).append('.');
        }
        if (e.back() != null) {
          out.append(" Back pain: ").append(e.back()).append('.');
        }
        out.append(cite(e.source())).append('\n');
      }
    }
    out.append('\n');
  }

  private static String stageWords(
      @org.jspecify.annotations.Nullable String stage, String reviewAfter) {
    if (stage == null) {
      return "now";
    }
    return switch (stage) {
      case "if_no_improvement" -> "if there is no improvement after " + reviewAfter;
      case "later" -> "later";
      default -> "now";
    };
  }

  private static String lr(CauseResult.EvidenceItem e) {
    return String.format(Locale.ROOT, " (%s, LR %.2g)", e.state(), e.likelihoodRatio());
  }

  private static String cite(Provenance p) {
    String sources = p.citations().stream().map(Citation::source).collect(Collectors.joining(","));
    String nv = p.evidence().equals("nv") ? " NV" : "";
    return " [" + sources + nv + "]";
  }

  private static String shortHash(String hash) {
    int colon = hash.indexOf(':');
    return hash.substring(0, Math.min(hash.length(), colon + 13));
  }
}
