package org.reassess.engine.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reassess.engine.FixedIds;
import org.reassess.engine.features.Feature;
import org.reassess.engine.features.FeatureCatalog;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.load.KbIssue;
import org.reassess.engine.kb.load.KbLinter;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;

/**
 * A minimal, valid and lint-clean knowledge base written into a temporary directory, for the
 * engine's own tests (the clinical knowledge base lives in the knowledge module, which depends on
 * the engine, never the other way round).
 *
 * <p>Every fixed id has one tiny, <em>inert</em> entry, so a test adds exactly the rules it
 * exercises and nothing else fires:
 *
 * <ul>
 *   <li>each red flag has one verified trigger {@code false};
 *   <li>each cause has prior {@value #DEFAULT_PRIOR} and one finding {@code false} with LR+ 10
 *       (enough to reach "likely" in principle, so the linter is satisfied) and LR− 1, so on any
 *       case every cause stays at its prior;
 *   <li>each contributor reads {@code age < 0}, a feature (as the linter asks) that never holds;
 *   <li>each test has low burden, is never already done, and has a screen {@code false} so the
 *       linter counts it as asked for without any stage ever suggesting it;
 *   <li>{@code triage.yaml} has no escalations.
 * </ul>
 *
 * Bands are 0.5 / 0.15; burden divisors low 1, moderate 2, high 4; minimum value 0.1; at most 5
 * suggestions. Entries are replaced with {@link #with(Entry...)} or {@link #write(String, String)}
 * before {@link #load()}. Every statement cites {@code R1} of the fixture's {@code sources.yaml}.
 */
public final class KbFixture {

  public static final double DEFAULT_PRIOR = 0.1;

  /** The citation every fixture statement carries, as a YAML flow entry. */
  public static final String CITED = "citations: [{source: R1, locator: \"fixture\"}]";

  private final Path root;

  private KbFixture(Path root) {
    this.root = root;
  }

  /**
   * Writes the default knowledge base into {@code dir}/kb (the {@code kb} folder lets a test put
   * {@code dir} on a class path and read the same files as classpath resources under "kb").
   */
  public static KbFixture in(Path dir) {
    KbFixture fixture = new KbFixture(dir.resolve("kb"));
    fixture.write("sources.yaml", SOURCES);
    fixture.write("kb.yaml", kbYaml(0.1, 5));
    fixture.write("parameters.yaml", PARAMETERS);
    fixture.write("triage.yaml", "escalations: []\n");
    FixedIds.RED_FLAGS.forEach(id -> fixture.with(redFlag(id, List.of(), inertTrigger())));
    FixedIds.CAUSES.forEach(id -> fixture.with(cause(id, DEFAULT_PRIOR).inertFinding().entry()));
    FixedIds.CONTRIBUTORS.forEach(id -> fixture.with(contributor(id, "age < 0")));
    FixedIds.TESTS.forEach(id -> fixture.with(test(id, Burden.LOW, "false")));
    FixedIds.OPTIONS.forEach(id -> fixture.with(option(id)));
    return fixture;
  }

  /** The knowledge-base directory. */
  public Path root() {
    return root;
  }

  public KbSource source() {
    return KbSource.directory(root);
  }

  public KnowledgeBase load() throws KnowledgeBaseException {
    return KnowledgeBase.load(source());
  }

  /** The problems {@code ./reassess kb check} would report: load errors, else lint. */
  public List<KbIssue> check() {
    return KbLinter.check(source());
  }

  /** Writes (or replaces) one file, {@code path} relative to the knowledge-base directory. */
  public KbFixture write(String path, String yaml) {
    Path file = root.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public KbFixture delete(String path) {
    try {
      Files.delete(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public KbFixture with(Entry... entries) {
    for (Entry entry : entries) {
      write(entry.path(), entry.yaml());
    }
    return this;
  }

  /** Rewrites kb.yaml with the default bands and divisors and this work-up policy. */
  public KbFixture workupPolicy(double minimumValue, int maximumSuggestions) {
    return write("kb.yaml", kbYaml(minimumValue, maximumSuggestions));
  }

  /** One knowledge-base file and its content. */
  public record Entry(String path, String yaml) {}

  // ------------------------------------------------------------------ entry builders

  /** A red flag; {@code triggers} from {@link #trigger}. */
  public static Entry redFlag(String id, List<String> workup, String... triggers) {
    String yaml =
        """
        id: %s
        name: Red flag %s
        action: Act on %s.
        evidence: verified
        %s
        workup: %s
        triggers:
        %s
        """
            .formatted(id, id, id, CITED, flowList(workup), items(triggers));
    return new Entry("red-flags/" + id + ".yaml", yaml);
  }

  /** One trigger, as a YAML flow mapping. */
  public static String trigger(String id, String when, Tier tier, Evidence evidence) {
    return "{id: %s, when: %s, tier: %s, why: \"%s\", evidence: %s, %s}"
        .formatted(id, quoted(when), tier.wire(), "Trigger " + id + ".", evidence.wire(), CITED);
  }

  private static String inertTrigger() {
    return trigger("never", "false", Tier.EMERGENCY, Evidence.VERIFIED);
  }

  /** triage.yaml with these escalations ({@link #escalation}). */
  public static Entry escalations(String... escalations) {
    String yaml =
        escalations.length == 0 ? "escalations: []\n" : "escalations:\n" + items(escalations);
    return new Entry("triage.yaml", yaml);
  }

  public static String escalation(String id, String when, Tier tier) {
    return "{id: %s, when: %s, tier: %s, why: \"%s\", evidence: convention, %s}"
        .formatted(id, quoted(when), tier.wire(), "Escalation " + id + ".", CITED);
  }

  public static Entry contributor(String id, String when, String... tests) {
    String yaml =
        """
        id: %s
        name: Contributor %s
        when: %s
        why: Contributor %s holds.
        tests: %s
        evidence: convention
        %s
        """
            .formatted(id, id, quoted(when), id, flowList(List.of(tests)), CITED);
    return new Entry("contributors/" + id + ".yaml", yaml);
  }

  /**
   * A treatment option that is never indicated (its one indication is {@code false}); surgical ones
   * carry an inert prerequisite, as the linter requires.
   */
  public static Entry option(String id) {
    String category = FixedIds.OPTION_CATEGORIES.get(id);
    String prerequisite =
        category.equals("surgical")
            ? "prerequisites: [{id: target, when: \"false\", missing: a target, evidence: convention, %s}]\n"
                .formatted(CITED)
            : "";
    String yaml =
        """
        id: %s
        name: Option %s
        category: %s
        invasiveness: 5
        stage: now
        evidence: convention
        %s
        indications: [{when: "false", why: Never indicated., evidence: convention, %s}]
        """
                .formatted(id, id, category, CITED, CITED)
            + prerequisite;
    return new Entry("options/" + id + ".yaml", yaml);
  }

  /** A work-up test with the inert screen that keeps the linter satisfied. */
  public static Entry test(String id, Burden burden, String alreadyDone) {
    return new Entry(
        "tests/" + id + ".yaml",
        testYaml(id, burden, alreadyDone) + "screen: {when: \"false\", why: Never a screen.}\n");
  }

  /** A work-up test with no screen: only the entries that name it ask for it. */
  public static Entry unscreenedTest(String id, Burden burden, String alreadyDone) {
    return new Entry("tests/" + id + ".yaml", testYaml(id, burden, alreadyDone));
  }

  /** A work-up test with a screen that holds when {@code screenWhen} is true. */
  public static Entry screenedTest(String id, Burden burden, String screenWhen) {
    return new Entry(
        "tests/" + id + ".yaml",
        testYaml(id, burden, "false")
            + "screen: {when: %s, why: Screen %s.}\n".formatted(quoted(screenWhen), id));
  }

  private static String testYaml(String id, Burden burden, String alreadyDone) {
    return """
        id: %s
        name: Test %s
        burden: %s
        alreadyDone: %s
        why: Test %s tells.
        evidence: convention
        %s
        """
        .formatted(id, id, burden.wire(), quoted(alreadyDone), id, CITED);
  }

  public static CauseYaml cause(String id, double prior) {
    return new CauseYaml(id, prior);
  }

  /** Builds a cause entry: its prior, adjustments, findings and tests before acting. */
  public static final class CauseYaml {
    private final String id;
    private final double prior;
    private final List<String> adjustments = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private String beforeActing = "";

    private CauseYaml(String id, double prior) {
      this.id = id;
      this.prior = prior;
    }

    public CauseYaml adjustment(String when, double factor) {
      adjustments.add(
          "{when: %s, factor: %s, why: \"Adjustment %d.\", evidence: convention, %s}"
              .formatted(quoted(when), factor, adjustments.size(), CITED));
      return this;
    }

    public CauseYaml finding(
        String findingId, String when, double lrPositive, double lrNegative, String... tests) {
      findings.add(
          ("{id: %s, label: \"Finding %s\", when: %s, lrPositive: %s, lrNegative: %s, tests: %s,"
                  + " evidence: convention, %s}")
              .formatted(
                  findingId,
                  findingId,
                  quoted(when),
                  lrPositive,
                  lrNegative,
                  flowList(List.of(tests)),
                  CITED));
      return this;
    }

    /** The default finding: never present, LR+ 10 so that the cause can reach likely. */
    public CauseYaml inertFinding() {
      return finding("never_present", "false", 10, 1);
    }

    public CauseYaml beforeActing(String... tests) {
      beforeActing =
          "beforeActing: {tests: %s, why: \"Confirm %s first.\", evidence: convention, %s}\n"
              .formatted(flowList(List.of(tests)), id, CITED);
      return this;
    }

    public String yaml() {
      StringBuilder out = new StringBuilder();
      out.append("id: ").append(id).append('\n');
      out.append("name: Cause ").append(id).append('\n');
      out.append("prior:\n");
      out.append("  probability: ").append(prior).append('\n');
      out.append("  evidence: convention\n");
      out.append("  ").append(CITED).append('\n');
      if (!adjustments.isEmpty()) {
        out.append("  adjustments:\n");
        adjustments.forEach(a -> out.append("    - ").append(a).append('\n'));
      }
      out.append("findings:\n").append(items(findings.toArray(String[]::new)));
      out.append(beforeActing);
      return out.toString();
    }

    public Entry entry() {
      return new Entry("causes/" + id + ".yaml", yaml());
    }
  }

  // ------------------------------------------------------------------ features

  /**
   * Features for pure stage tests: name/value pairs, names checked against {@link FeatureCatalog}
   * (an {@code Integer} becomes the {@code Long} of an int feature). Unnamed features are unknown.
   */
  public static Features features(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Feature feature =
          FeatureCatalog.byName(name)
              .orElseThrow(() -> new IllegalArgumentException("not a feature: " + name));
      Object value = namesAndValues[i + 1];
      values.put(feature.name(), value instanceof Integer n ? Long.valueOf(n) : value);
    }
    return new Features(values, List.of());
  }

  // ------------------------------------------------------------------ YAML pieces

  private static String quoted(String expression) {
    return "\"" + expression.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String flowList(List<String> values) {
    return values.stream().collect(Collectors.joining(", ", "[", "]"));
  }

  private static String items(String... flowMappings) {
    StringBuilder out = new StringBuilder();
    for (String item : flowMappings) {
      out.append("  - ").append(item).append('\n');
    }
    return out.toString();
  }

  private static final String SOURCES =
      """
      sources:
        R1: "Fixture source one."
        R2: "Fixture source two."
      """;

  /** kb.yaml with the fixture's id, version 1.2.3, bands and divisors, and this policy. */
  public static String kbYaml(double minimumValue, int maximumSuggestions) {
    return """
        id: fixture-kb
        version: 1.2.3
        date: "2026-01-01"
        disclaimer: "decision support — not a diagnosis"
        likelihood:
          likely: 0.5
          possible: 0.15
          evidence: convention
          %s
        workup:
          burdenDivisor: {low: 1.0, moderate: 2.0, high: 4.0}
          minimumValue: %s
          maximumSuggestions: %d
          evidence: convention
          %s
        plan:
          reviewAfter: "6-12 weeks"
          evidence: convention
          %s
        """
        .formatted(CITED, minimumValue, maximumSuggestions, CITED, CITED);
  }

  /** The anatomy and thresholds of {@code TestCases.PARAMETERS}, so derived features agree. */
  private static final String PARAMETERS =
      """
      recurrenceLandmarkMonths: {value: 6, evidence: verified, %1$s}
      neuropathicMinDescriptors: {value: 3, evidence: convention, %1$s}
      instabilityTranslationMm: {value: 3.0, evidence: verified, %1$s}
      instabilityAngulationDeg: {value: 15, evidence: nv, %1$s}
      blockThresholdPercent:
        evidence: partial
        %1$s
        nerve_root: {value: 50, evidence: convention, %1$s}
        sij: {value: 75, evidence: convention, %1$s}
        medial_branch: {value: 80, evidence: convention, %1$s}
        facet_intraarticular: {value: 50, evidence: convention, %1$s}
        hip_intraarticular: {value: 50, evidence: convention, %1$s}
        trochanteric: {value: 50, evidence: convention, %1$s}
        cluneal_nerve: {value: 50, evidence: convention, %1$s}
        peripheral_nerve: {value: 50, evidence: convention, %1$s}
      levelRoots:
        evidence: convention
        %1$s
        T12-L1: {exiting: L1, traversing: L1}
        L1-L2: {exiting: L1, traversing: L2}
        L2-L3: {exiting: L2, traversing: L3}
        L3-L4: {exiting: L3, traversing: L4}
        L4-L5: {exiting: L4, traversing: L5}
        L5-S1: {exiting: L5, traversing: S1}
      reflexRoots:
        evidence: convention
        %1$s
        patellar: L4
        achilles: S1
      """
          .formatted(CITED);
}
