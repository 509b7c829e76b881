package org.reassess.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.CauseResult.EvidenceItem;
import org.reassess.engine.assessment.CitedSources;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.IncidentalFinding;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Statement;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.casefile.WireEnum;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.Evidence;

/**
 * What the clinician report shows, read off one assessment and put into words and numbers ready for
 * the templates: the templates then only lay it out.
 *
 * <p>Nothing clinical is decided here. Which causes are likely, which tests come first, which red
 * flags are raised: all of it is the assessment's. This class only formats (percentages, likelihood
 * ratios, grade labels), looks up display names the assessment itself carries, and gathers the
 * citations scattered through it into one list.
 */
public record ReportModel(
    Header header,
    TriageView triage,
    List<CauseView> shownCauses,
    List<UnlikelyCause> unlikelyCauses,
    List<IncidentalView> incidentalFindings,
    List<ContributorView> contributors,
    List<WorkupView> workup,
    String planStatus,
    List<PlanGroup> plan,
    List<Line> expectations,
    List<SourceView> sources) {

  public ReportModel {
    plan = List.copyOf(plan);
    shownCauses = List.copyOf(shownCauses);
    unlikelyCauses = List.copyOf(unlikelyCauses);
    incidentalFindings = List.copyOf(incidentalFindings);
    contributors = List.copyOf(contributors);
    workup = List.copyOf(workup);
    expectations = List.copyOf(expectations);
    sources = List.copyOf(sources);
  }

  /** How many sources a row of the citations table holds, to keep that table short. */
  public static final int SOURCES_PER_ROW = 3;

  /** The sources in rows of {@link #SOURCES_PER_ROW}, in order; the last row may be shorter. */
  public List<List<SourceView>> sourceRows() {
    List<List<SourceView>> rows = new ArrayList<>();
    for (int i = 0; i < sources.size(); i += SOURCES_PER_ROW) {
      rows.add(sources.subList(i, Math.min(sources.size(), i + SOURCES_PER_ROW)));
    }
    return rows;
  }

  /** Who and what the report is about, and what produced it. */
  public record Header(
      String caseId,
      String assessmentDate,
      String disclaimer,
      String knowledgeBaseId,
      String knowledgeBaseVersion,
      String knowledgeBaseHash,
      String engineVersion,
      String format) {}

  /**
   * Urgency.
   *
   * @param tierMeaning how soon the tier means, as {@code assessment-format.md} defines the tiers
   */
  public record TriageView(
      String tier, String tierMeaning, List<RedFlagView> redFlags, List<Line> reasons) {
    public TriageView {
      redFlags = List.copyOf(redFlags);
      reasons = List.copyOf(reasons);
    }

    public boolean redFlagRaised() {
      return !redFlags.isEmpty();
    }
  }

  /**
   * A raised red flag.
   *
   * @param whyIsTriggers the why is the triggers' sentences put together: the report then lists the
   *     triggers, each with its citation, as the why, rather than saying everything twice
   */
  public record RedFlagView(
      String id,
      String name,
      String tier,
      String why,
      String action,
      List<String> demandedTests,
      List<Line> triggers,
      boolean whyIsTriggers,
      String cite) {
    public RedFlagView {
      demandedTests = List.copyOf(demandedTests);
      triggers = List.copyOf(triggers);
    }
  }

  /** A sentence of the assessment with its citation label ({@code [R51, R53 · verified]}). */
  public record Line(String text, String cite) {}

  /**
   * Plan options under one heading ("Recommended — now", "Consider", "Considered and not
   * recommended"), in the assessment's order.
   */
  public record PlanGroup(String heading, String kind, List<PlanLine> options) {
    public PlanGroup {
      options = List.copyOf(options);
    }
  }

  /** One option: its name, whether the patient declines it, and the reason. */
  public record PlanLine(String name, boolean declined, String why) {}

  /**
   * A cause shown in full (likely or possible).
   *
   * @param barPercent the probability in percent, for the width of the bar (0–100)
   * @param priorBarPercent the pre-test probability in percent, for the marker on the bar
   */
  public record CauseView(
      String id,
      String name,
      String likelihood,
      String probability,
      String priorProbability,
      double barPercent,
      double priorBarPercent,
      List<Line> priorAdjustments,
      List<EvidenceView> supporting,
      List<EvidenceView> against,
      List<EvidenceView> missing,
      String cite) {
    public CauseView {
      priorAdjustments = List.copyOf(priorAdjustments);
      supporting = List.copyOf(supporting);
      against = List.copyOf(against);
      missing = List.copyOf(missing);
    }

    /** The bar's length in the SVG's 0–100 coordinates, never quite zero so it stays visible. */
    public String barLength() {
      return svgNumber(Math.max(0.5, Math.min(100, barPercent)));
    }

    /** Where the pre-test marker sits, kept inside the bar's 0–100 coordinates. */
    public String priorMarkerX() {
      return svgNumber(Math.max(0, Math.min(99.4, priorBarPercent - 0.3)));
    }

    /** The chart in words, for screen readers. */
    public String chartLabel() {
      return name + ": " + likelihood + ", " + probability + " (pre-test " + priorProbability + ")";
    }
  }

  /**
   * One finding's part in a cause.
   *
   * @param state present, absent or not known
   * @param likelihoodRatio the ratio applied, or empty for a finding not known
   * @param tests the tests that would tell, for a finding not known
   */
  public record EvidenceView(
      String label, String state, String likelihoodRatio, List<String> tests, String cite) {
    public EvidenceView {
      tests = List.copyOf(tests);
    }
  }

  public record UnlikelyCause(String id, String name, String probability) {}

  public record IncidentalView(String summary, String reason) {}

  public record ContributorView(String id, String name, String why, String cite) {}

  public record WorkupView(
      int rank, String id, String name, String why, List<String> reasons, String cite) {
    public WorkupView {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * A source cited somewhere in the assessment.
   *
   * @param grades the evidence grades of the statements citing it, in words
   */
  public record SourceView(String key, String grades) {}

  /** Tiers as {@code assessment-format.md} defines them. */
  private static final Map<String, String> TIER_MEANINGS =
      Map.of(
          "emergency", "same day",
          "urgent", "within days",
          "soon", "specialist work-up within weeks",
          "routine", "");

  private static final String NO_CASE_ID = "(no case id)";

  public static ReportModel of(Assessment a) {
    Map<String, String> testNames = new LinkedHashMap<>();
    a.workup().forEach(w -> testNames.put(w.test(), w.name()));
    List<CauseView> shown = new ArrayList<>();
    List<UnlikelyCause> unlikely = new ArrayList<>();
    for (CauseResult c : a.differential()) {
      if (c.likelihood().equals("unlikely")) {
        unlikely.add(new UnlikelyCause(c.cause(), text(c.name()), percent(c.probability())));
      } else {
        shown.add(cause(c, testNames));
      }
    }
    List<WorkupView> workup = new ArrayList<>();
    for (WorkupSuggestion w : a.workup()) {
      workup.add(
          new WorkupView(
              workup.size() + 1,
              w.test(),
              text(w.name()),
              text(w.why()),
              w.reasons().stream().map(ReportModel::text).toList(),
              cite(w.source())));
    }
    return new ReportModel(
        new Header(
            a.caseId() == null ? NO_CASE_ID : text(a.caseId()),
            text(a.assessmentDate()),
            text(a.disclaimer()),
            text(a.knowledgeBase().id()),
            text(a.knowledgeBase().version()),
            text(a.knowledgeBase().hash()),
            text(a.engineVersion()),
            text(a.format())),
        triage(a.triage(), testNames),
        shown,
        unlikely,
        a.incidentalFindings().stream().map(ReportModel::incidental).toList(),
        a.contributors().stream().map(ReportModel::contributor).toList(),
        workup,
        text(a.plan().status()),
        planGroups(a),
        a.expectations().stream()
            .map(e -> new Line(text(expectation(e)), cite(e.source())))
            .toList(),
        sources(a));
  }

  private static TriageView triage(Triage t, Map<String, String> testNames) {
    List<RedFlagView> flags = new ArrayList<>();
    for (Triage.RaisedRedFlag f : t.redFlags()) {
      String triggerSentences =
          f.triggers().stream().map(Statement::text).collect(Collectors.joining(" "));
      flags.add(
          new RedFlagView(
              f.id(),
              text(f.name()),
              text(f.tier()),
              text(f.why()),
              text(f.action()),
              f.demandsTests().stream().map(id -> testName(id, testNames)).toList(),
              f.triggers().stream().map(ReportModel::line).toList(),
              !f.triggers().isEmpty() && f.why().strip().equals(triggerSentences.strip()),
              cite(f.source())));
    }
    return new TriageView(
        text(t.tier()),
        TIER_MEANINGS.getOrDefault(t.tier(), ""),
        flags,
        t.reasons().stream().map(ReportModel::line).toList());
  }

  private static CauseView cause(CauseResult c, Map<String, String> testNames) {
    return new CauseView(
        c.cause(),
        text(c.name()),
        text(c.likelihood()),
        percent(c.probability()),
        percent(c.priorProbability()),
        c.probability() * 100,
        c.priorProbability() * 100,
        c.priorAdjustments().stream().map(ReportModel::line).toList(),
        c.supporting().stream().map(e -> evidence(e, testNames)).toList(),
        c.against().stream().map(e -> evidence(e, testNames)).toList(),
        c.missing().stream().map(e -> evidence(e, testNames)).toList(),
        cite(c.source()));
  }

  private static EvidenceView evidence(EvidenceItem e, Map<String, String> testNames) {
    boolean known = !e.state().equals("missing");
    return new EvidenceView(
        text(e.label()),
        known ? text(e.state()) : "not known",
        known ? likelihoodRatio(e.likelihoodRatio()) : "",
        e.tests().stream().map(id -> testName(id, testNames)).toList(),
        cite(e.source()));
  }

  private static IncidentalView incidental(IncidentalFinding f) {
    return new IncidentalView(text(f.summary()), text(f.reason()));
  }

  private static ContributorView contributor(ContributorResult c) {
    return new ContributorView(c.id(), text(c.name()), text(c.why()), cite(c.source()));
  }

  private static Line line(Statement s) {
    return new Line(text(s.text()), cite(s.source()));
  }

  /** A test's name as the work-up gives it; a test the work-up does not list keeps its id. */
  private static String testName(String id, Map<String, String> testNames) {
    return testNames.getOrDefault(id, text(id));
  }

  /** Every source cited anywhere in the assessment, in the reference's order (R1, R2, … R10). */
  private static List<SourceView> sources(Assessment a) {
    Map<String, Set<String>> grades = new TreeMap<>(CitedSources.ORDER);
    CitedSources.provenances(a)
        .forEach(
            p ->
                p.citations()
                    .forEach(
                        c ->
                            grades
                                .computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
                                .add(p.evidence())));
    return grades.entrySet().stream()
        .map(
            e ->
                new SourceView(
                    text(e.getKey()),
                    e.getValue().stream()
                        .sorted(GRADE_ORDER)
                        .map(ReportModel::gradeLabel)
                        .collect(Collectors.joining(", "))))
        .toList();
  }

  private static String expectation(Assessment.Expectation e) {
    StringBuilder out = new StringBuilder(e.text());
    if (e.leg() != null) {
      out.append(" Leg pain: ").append(e.leg()).append('.');
    }
    if (e.back() != null) {
      out.append(" Back pain: ").append(e.back()).append('.');
    }
    return out.toString();
  }

  /** The plan's options grouped under headings, keeping the assessment's order. */
  private static List<PlanGroup> planGroups(Assessment a) {
    List<PlanGroup> groups = new ArrayList<>();
    String heading = null;
    String kind = null;
    List<PlanLine> lines = new ArrayList<>();
    for (PlanOption o : a.plan().options()) {
      String h = heading(o, a.plan().reviewAfter());
      if (!h.equals(heading)) {
        if (heading != null) {
          groups.add(new PlanGroup(heading, kind, lines));
        }
        heading = h;
        kind = o.recommendation();
        lines = new ArrayList<>();
      }
      lines.add(
          new PlanLine(text(o.name()), Boolean.TRUE.equals(o.declinedByPatient()), text(o.why())));
    }
    if (heading != null) {
      groups.add(new PlanGroup(heading, kind, lines));
    }
    return groups;
  }

  private static String heading(PlanOption o, String reviewAfter) {
    return switch (o.recommendation()) {
      case "recommended" ->
          "Recommended — "
              + ("if_no_improvement".equals(o.stage())
                  ? "if there is no improvement after " + reviewAfter
                  : "later".equals(o.stage()) ? "later" : "now");
      case "consider" -> "Consider";
      default -> "Considered and not recommended";
    };
  }

  /** Grades strongest first, as the reference orders its tags; an unknown spelling last. */
  private static final Comparator<String> GRADE_ORDER =
      Comparator.comparingInt(
          wire ->
              WireEnum.parse(Evidence.class, wire).map(Enum::ordinal).orElse(Integer.MAX_VALUE));

  /** {@code R51, R53 · verified}: the sources and the grade of a statement. */
  static String cite(Provenance p) {
    String keys =
        p.citations().stream()
            .map(Citation::source)
            .distinct()
            .map(ReportModel::text)
            .collect(Collectors.joining(", "));
    String grade = gradeLabel(p.evidence());
    return keys.isEmpty() ? grade : keys + " · " + grade;
  }

  /** The reference's evidence tags in words; NV is spelt out. */
  static String gradeLabel(String wire) {
    return WireEnum.parse(Evidence.class, wire).map(ReportModel::gradeLabel).orElse(text(wire));
  }

  private static String gradeLabel(Evidence grade) {
    return switch (grade) {
      case VERIFIED -> "verified";
      case PARTIAL -> "partly verified";
      case NV -> "not verified";
      case CONVENTION -> "expert convention";
    };
  }

  /** {@code 28%}; below one half percent, {@code <1%} rather than a misleading {@code 0%}. */
  static String percent(double probability) {
    double pct = probability * 100;
    if (pct > 0 && pct < 0.5) {
      return "<1%";
    }
    if (pct < 100 && pct > 99.5) {
      return ">99%";
    }
    return String.format(Locale.ROOT, "%.0f%%", pct);
  }

  /** Three significant digits at most, no trailing zeros: {@code 2}, {@code 0.7}, {@code 1.23}. */
  static String likelihoodRatio(double lr) {
    if (!Double.isFinite(lr)) {
      return String.valueOf(lr);
    }
    return new BigDecimal(lr).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String svgNumber(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /**
   * Text safe to put in an XML document: characters XML 1.0 forbids (control characters, lone
   * surrogates) would make the page unparseable for the PDF renderer, so each becomes U+FFFD.
   * Escaping {@code <}, {@code &} and quotes is the templates' job (jte escapes all output).
   */
  static String text(String s) {
    if (s.codePoints().allMatch(ReportModel::isXmlChar)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  private static boolean isXmlChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
