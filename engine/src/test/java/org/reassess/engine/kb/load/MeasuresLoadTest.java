package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.kb.KbFixture.CITED;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomeMeasure.BetterWhen;
import org.reassess.engine.kb.WorseningPolicy;

/**
 * {@code measures.yaml} is optional, loads into outcome measures with their MCIDs, the policy of
 * which measures decide improvement and the policy of how a worsening is judged, and its mistakes
 * are reported at their file, line and column.
 */
class MeasuresLoadTest {

  @TempDir Path dir;

  private static final String VALID =
      """
      measures:
        - id: backPainNrs
          label: Back pain (NRS 0-10)
          plainLabel: Back pain
          unit: points
          min: 0
          max: 10
          betterWhen: lower
          evidence: verified
          %1$s
          mcid:
            absolute: 2
            percentOfBaseline: 30
            evidence: verified
            %1$s
        - id: walkingToleranceMinutes
          label: Walking tolerance
          plainLabel: Walking
          unit: minutes
          min: 0
          max: null
          betterWhen: higher
          evidence: convention
          %1$s
          mcid: null
          note: No MCID in the reference.
        - id: phq9
          label: PHQ-9
          plainLabel: Mood
          unit: points
          min: 0
          max: 27
          betterWhen: lower
          evidence: verified
          %1$s
          mcid:
            absolute: 5
            evidence: nv
            %1$s
      improvement:
        primary: [backPainNrs]
        evidence: convention
        %1$s
      worsening:
        threshold: larger
        evidence: convention
        %1$s
      """
          .formatted(CITED);

  private static List<String> problems(KbFixture fixture) {
    try {
      fixture.load();
    } catch (KnowledgeBaseException e) {
      return e.issues().stream().map(KbIssue::toString).toList();
    }
    throw new AssertionError("expected the knowledge base to be refused");
  }

  @Test
  void knowledgeBaseWithoutMeasuresFileHasNoMeasuresAndNoPolicy() throws Exception {
    KnowledgeBase kb = KbFixture.in(dir).load();
    assertThat(kb.measures()).isEmpty();
    assertThat(kb.outcomePolicy()).isEmpty();
    assertThat(kb.primaryMeasures()).isEmpty();
  }

  @Test
  void measuresLoadWithTheirMcidsDirectionsAndBounds() throws Exception {
    KnowledgeBase kb = KbFixture.in(dir).write("measures.yaml", VALID).load();

    assertThat(kb.measures())
        .extracting(OutcomeMeasure::id)
        .containsExactly("backPainNrs", "walkingToleranceMinutes", "phq9");
    OutcomeMeasure pain = kb.measure("backPainNrs").orElseThrow();
    assertThat(pain.label()).isEqualTo("Back pain (NRS 0-10)");
    assertThat(pain.plainLabel()).isEqualTo("Back pain");
    assertThat(pain.unit()).isEqualTo("points");
    assertThat(pain.min()).hasValue(0);
    assertThat(pain.max()).hasValue(10);
    assertThat(pain.betterWhen()).isEqualTo(BetterWhen.LOWER);
    assertThat(pain.mcid().orElseThrow().absolute()).hasValue(2);
    assertThat(pain.mcid().orElseThrow().percentOfBaseline()).hasValue(30);
    assertThat(pain.rule().ref()).isEqualTo("measures.yaml#backPainNrs");
    assertThat(pain.mcid().orElseThrow().rule().ref()).isEqualTo("measures.yaml#backPainNrs.mcid");
    assertThat(pain.rule().location().file()).isEqualTo("measures.yaml");
    assertThat(pain.rule().location().line()).isEqualTo(2);

    OutcomeMeasure walking = kb.measure("walkingToleranceMinutes").orElseThrow();
    assertThat(walking.max()).isEmpty();
    assertThat(walking.mcid()).isEmpty();
    assertThat(walking.note()).hasValue("No MCID in the reference.");
    assertThat(walking.betterWhen()).isEqualTo(BetterWhen.HIGHER);

    assertThat(kb.measure("phq9").orElseThrow().mcid().orElseThrow().rule().evidence())
        .isEqualTo(Evidence.NV);
    assertThat(kb.outcomePolicy().orElseThrow().primaryMeasures()).containsExactly("backPainNrs");
    assertThat(kb.primaryMeasures()).extracting(OutcomeMeasure::id).containsExactly("backPainNrs");
  }

  @Test
  void shippedStyleMeasuresAreLintClean() {
    assertThat(KbFixture.in(dir).write("measures.yaml", VALID).check()).isEmpty();
  }

  @Test
  void primaryMeasureWithAnNvMcidIsLinted() {
    String nvPrimary = VALID.replace("primary: [backPainNrs]", "primary: [backPainNrs, phq9]");
    assertThat(KbFixture.in(dir).write("measures.yaml", nvPrimary).check())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.file()).isEqualTo("measures.yaml");
              assertThat(i.line()).isEqualTo(37);
              assertThat(i.message()).contains("primary measure phq9 has an NV MCID");
            });
  }

  @Test
  void measuresFileThatIsNotYamlIsReportedAtItsLine() {
    List<String> problems =
        problems(KbFixture.in(dir).write("measures.yaml", "measures:\n  - id: [odi\n"));
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("measures.yaml:3:"));
  }

  @Test
  void mistakesInMeasuresAreEachReportedAtTheirLine() {
    String broken =
        VALID
            .replace("id: backPainNrs", "id: backPainNrss") // line 2: not a case field
            .replace("absolute: 2\n", "absolute: -2\n") // line 12: not positive
            .replace("betterWhen: higher", "betterWhen: up") // line 22: not lower|higher
            .replace("source: R1", "source: R77") // every citation: unknown source
            .replace("    mcid: null\n", ""); // the walking entry forgets its mcid
    List<String> problems = problems(KbFixture.in(dir).write("measures.yaml", broken));

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("measures.yaml:2:9:")
                    .contains("\"backPainNrss\" is not a numeric field of the case"))
        .anySatisfy(p -> assertThat(p).startsWith("measures.yaml:12:").contains("must be positive"))
        .anySatisfy(p -> assertThat(p).startsWith("measures.yaml:22:").contains("\"up\""))
        .anySatisfy(p -> assertThat(p).contains("unknown source \"R77\""))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("measures.yaml:16:")
                    .contains("missing required key \"mcid\""))
        // the primary measure no longer exists under that name
        .anySatisfy(
            p -> assertThat(p).contains("\"backPainNrs\" is not a measure of measures.yaml"));
  }

  @Test
  void primaryMeasureWithoutMcidIsRefused() {
    String noMcidPrimary =
        VALID.replace("primary: [backPainNrs]", "primary: [walkingToleranceMinutes]");
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", noMcidPrimary)))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith("measures.yaml:")
                    .contains("primary measure \"walkingToleranceMinutes\" has no MCID"));
  }

  @Test
  void unboundedLimitMustBeWrittenNotOmitted() {
    String noMax = VALID.replace("    max: null\n", "");
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", noMax)))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("missing required key \"max\""));
  }

  @Test
  void duplicateMeasureIsRefused() {
    String duplicate = VALID.replace("id: phq9", "id: backPainNrs");
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", duplicate)))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("duplicate measure id \"backPainNrs\""));
  }

  @Test
  void worseningPolicyLoadsAndEveryMcidCarriesIt() throws Exception {
    KnowledgeBase kb = KbFixture.in(dir).write("measures.yaml", VALID).load();
    WorseningPolicy worsening = kb.outcomePolicy().orElseThrow().worsening();
    assertThat(worsening.threshold()).isEqualTo(Mcid.Threshold.LARGER);
    assertThat(worsening.rule().evidence()).isEqualTo(Evidence.CONVENTION);
    assertThat(worsening.rule().ref()).isEqualTo("measures.yaml#worsening");
    assertThat(worsening.rule().location().line()).isEqualTo(45);
    assertThat(kb.measures())
        .flatMap(m -> m.mcid().stream().toList())
        .hasSize(2)
        .allSatisfy(mcid -> assertThat(mcid.worsening()).isSameAs(worsening));

    String smaller = VALID.replace("threshold: larger", "threshold: smaller");
    assertThat(
            KbFixture.in(dir)
                .write("measures.yaml", smaller)
                .load()
                .outcomePolicy()
                .orElseThrow()
                .worsening()
                .threshold())
        .isEqualTo(Mcid.Threshold.SMALLER);

    String absolute = VALID.replace("threshold: larger", "threshold: absolute");
    assertThat(
            KbFixture.in(dir)
                .write("measures.yaml", absolute)
                .load()
                .outcomePolicy()
                .orElseThrow()
                .worsening()
                .threshold())
        .isEqualTo(Mcid.Threshold.ABSOLUTE);
  }

  @Test
  void unknownWorseningThresholdIsRefusedAtItsLine() {
    String unknown = VALID.replace("threshold: larger", "threshold: largest");
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", unknown)))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith("measures.yaml:45:14:")
                    .contains("\"largest\" is not a worsening threshold")
                    .contains("smaller")
                    .contains("larger")
                    .contains("absolute"));
  }

  @Test
  void worseningPolicyWithoutThresholdIsRefused() {
    String noThreshold = VALID.replace("  threshold: larger\n", "");
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", noThreshold)))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("missing required key \"threshold\""));
  }

  @Test
  void measuresFileWithoutWorseningPolicyIsRefused() {
    String noWorsening = VALID.substring(0, VALID.indexOf("worsening:"));
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", noWorsening)))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("missing required key \"worsening\""));
  }

  @Test
  void measuresFileWithoutImprovementPolicyIsRefused() {
    String noPolicy =
        VALID.substring(0, VALID.indexOf("improvement:"))
            + VALID.substring(VALID.indexOf("worsening:"));
    assertThat(problems(KbFixture.in(dir).write("measures.yaml", noPolicy)))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("missing required key \"improvement\""));
  }
}
