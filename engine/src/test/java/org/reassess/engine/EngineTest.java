package org.reassess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.kb.KbFixture.cause;
import static org.reassess.engine.kb.KbFixture.contributor;
import static org.reassess.engine.kb.KbFixture.redFlag;
import static org.reassess.engine.kb.KbFixture.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentWriter;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.IncidentalFinding;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Tier;

/** The whole engine over a small fixture knowledge base: a case in, a stamped assessment out. */
class EngineTest {

  /**
   * A recurrent right S1 disc (concordant) with new urinary retention, in a smoker, and a left
   * L3-L4 foraminal disc on the same MRI that the right-sided leg pain does not explain.
   */
  private static final String CASE =
      """
      {
        "format": "reassess-case/1",
        "caseId": "engine-test",
        "assessmentDate": "2026-11-02",
        "patient": { "age": 41, "sex": "male", "smoker": true },
        "surgeries": [
          { "date": "2021-05-10", "procedure": "microdiscectomy", "levels": ["L5-S1"], "side": "right" }
        ],
        "course": { "reliefAfterSurgery": "complete", "painFreeIntervalMonths": 60 },
        "symptoms": { "backPainNrs": 4, "legPainNrs": 7, "legPainSide": "right",
                      "legPainDistribution": "dermatomal", "dermatomes": ["S1"], "painBelowKnee": true,
                      "bladder": "new_retention" },
        "imaging": [
          { "modality": "mri", "date": "2026-10-20", "findings": [
            { "type": "disc_herniation", "level": "L5-S1", "side": "right", "zone": "paracentral",
              "compressedRoot": "S1" },
            { "type": "disc_herniation", "level": "L3-L4", "side": "left", "zone": "foraminal" } ] }
        ]
      }
      """;

  @TempDir static Path dir;
  private static KbFixture fixture;
  private static KnowledgeBase kb;
  private static Engine engine;

  @BeforeAll
  static void loadEngine() throws Exception {
    fixture =
        KbFixture.in(dir)
            .with(
                redFlag(
                    "cauda_equina_syndrome",
                    List.of("post_void_residual"),
                    trigger(
                        "retention",
                        "bladder == 'new_retention'",
                        Tier.EMERGENCY,
                        Evidence.VERIFIED)),
                // odds 0.25 × 8 = 2 with a concordant disc: 0.667, likely
                cause("recurrent_disc_herniation", 0.2)
                    .finding(
                        "concordant_disc", "discHerniationConcordant", 8, 0.2, "mri_gadolinium")
                    .entry(),
                contributor("smoking", "smoker"));
    kb = fixture.load();
    engine = new Engine(kb);
  }

  private static CaseDocument readCase(String json) throws Exception {
    return CaseReader.strict().read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Assessment assess(String json) throws Exception {
    return engine.assess(readCase(json));
  }

  @Test
  void sameCaseTwiceGivesByteIdenticalJson() throws Exception {
    String first = AssessmentWriter.toJson(assess(CASE));
    String second = AssessmentWriter.toJson(assess(CASE));
    String otherEngine = AssessmentWriter.toJson(new Engine(fixture.load()).assess(readCase(CASE)));

    assertThat(second.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(otherEngine).isEqualTo(first);
    assertThat(AssessmentWriter.toJsonLine(assess(CASE)))
        .isEqualTo(AssessmentWriter.toJsonLine(assess(CASE)))
        .doesNotContain("\n");
  }

  @Test
  void assessmentIsStampedWithFormatKnowledgeBaseAndDisclaimer() throws Exception {
    Assessment a = assess(CASE);
    assertThat(a.format()).isEqualTo("reassess-assessment/1");
    assertThat(a.disclaimer()).isEqualTo("decision support — not a diagnosis");
    assertThat(a.caseId()).isEqualTo("engine-test");
    assertThat(a.assessmentDate()).isEqualTo("2026-11-02");
    assertThat(a.knowledgeBase())
        .isEqualTo(new Assessment.KnowledgeBaseStamp("fixture-kb", "1.2.3", kb.contentHash()));
    assertThat(a.knowledgeBase().hash()).startsWith("sha256:");
    assertThat(a.engineVersion()).isNotBlank();

    JsonNode json = new ObjectMapper().readTree(AssessmentWriter.toJson(a));
    assertThat(json.get("format").asText()).isEqualTo("reassess-assessment/1");
    assertThat(json.get("disclaimer").asText()).isEqualTo("decision support — not a diagnosis");
    assertThat(json.at("/knowledgeBase/version").asText()).isEqualTo("1.2.3");
    assertThat(json.at("/knowledgeBase/hash").asText()).isEqualTo(kb.contentHash());
  }

  @Test
  void incidentalFindingsListOnlyTheImagingTheSymptomsDoNotExplain() throws Exception {
    List<IncidentalFinding> incidental = assess(CASE).incidentalFindings();
    assertThat(incidental)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/imaging/0/findings/1");
              assertThat(f.type()).isEqualTo("disc_herniation");
              assertThat(f.summary()).isNotBlank();
              assertThat(f.reason()).isNotBlank();
            });
  }

  @Test
  void everyOptionIsConsideredAndAPressingRedFlagMakesTheRestWait() throws Exception {
    // the fixture case raises an emergency red flag whose options the fixture leaves empty
    Assessment a = assess(CASE);
    assertThat(a.plan().options())
        .extracting(o -> o.option())
        .containsExactlyInAnyOrderElementsOf(org.reassess.engine.FixedIds.OPTIONS);
    assertThat(a.plan().status()).startsWith("A red flag comes first");
    assertThat(a.plan().options())
        .allSatisfy(
            o -> {
              assertThat(o.recommendation()).isEqualTo("not_recommended");
              assertThat(o.why()).startsWith("Waits until the red flag");
            });
    assertThat(a.expectations()).isEmpty();

    JsonNode plan = new ObjectMapper().readTree(AssessmentWriter.toJson(a)).get("plan");
    assertThat(plan.get("options").isArray()).isTrue();
    assertThat(plan.get("options")).hasSize(org.reassess.engine.FixedIds.OPTIONS.size());
  }

  @Test
  void featuresFlowThroughTriageDifferentialContributorsAndWorkup() throws Exception {
    Assessment a = assess(CASE);
    assertThat(a.triage().tier()).isEqualTo("emergency");
    assertThat(a.triage().redFlags())
        .extracting(r -> r.id())
        .containsExactly("cauda_equina_syndrome");
    assertThat(a.differential()).hasSize(FixedIds.CAUSES.size());
    assertThat(a.differential().get(0))
        .extracting(CauseResult::cause, CauseResult::likelihood, CauseResult::probability)
        .containsExactly("recurrent_disc_herniation", "likely", 0.667);
    assertThat(a.contributors()).extracting(ContributorResult::id).containsExactly("smoking");
    assertThat(a.workup())
        .extracting(WorkupSuggestion::test)
        .first()
        .isEqualTo("post_void_residual");
  }

  @Test
  void sparseCaseIsAssessedWithEveryCauseAndNothingRaised() throws Exception {
    Assessment a =
        assess(
            """
            {
              "format": "reassess-case/1",
              "assessmentDate": "2026-03-01",
              "surgeries": [ { "date": "2025-09-15", "procedure": "laminectomy", "levels": ["L4-L5"] } ]
            }
            """);
    assertThat(a.caseId()).isNull();
    assertThat(a.triage().tier()).isEqualTo("routine");
    assertThat(a.triage().redFlags()).isEmpty();
    assertThat(a.differential())
        .extracting(CauseResult::cause)
        .containsExactlyInAnyOrderElementsOf(FixedIds.CAUSES);
    assertThat(a.incidentalFindings()).isEmpty();
    assertThat(a.contributors()).isEmpty();
    // the recurrent disc's finding is unknown without imaging: the work-up asks for it
    assertThat(a.workup()).extracting(WorkupSuggestion::test).containsExactly("mri_gadolinium");
    assertThat(AssessmentWriter.toJson(a)).doesNotContain("caseId");
  }
}
