package org.reassess.knowledge.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.reassess.engine.Engine;
import org.reassess.engine.FixedIds;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.ContributorResult;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.casefile.CaseArbitraries;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseWriter;
import org.reassess.engine.features.FeatureDeriver;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.TreatmentOption;
import org.reassess.engine.kb.Truth;
import org.reassess.engine.kb.load.KbSource;

/**
 * The safety invariants of triage and the differential, over random valid cases: a red-flag finding
 * is never lost in a routine triage, an unrelated finding never hides a red flag, and the engine
 * never answers outside the fixed identifiers or throws on a valid case.
 */
class SafetyPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Engine engine;

  @BeforeContainer
  static void loadEngine() throws Exception {
    engine =
        new Engine(
            KnowledgeBase.load(
                KbSource.directory(Path.of("src/main/resources/kb").toAbsolutePath())));
  }

  /** A red-flag finding written into a case, and the red flag it must raise. */
  record RedFlagFinding(String description, String expectedFlag, Consumer<ObjectNode> apply) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Provide
  Arbitrary<CaseDocument> cases() {
    return CaseArbitraries.validCases();
  }

  @Provide
  Arbitrary<RedFlagFinding> redFlagFindings() {
    return Arbitraries.of(
        new RedFlagFinding(
            "new urinary retention",
            "cauda_equina_syndrome",
            c -> object(c, "symptoms").put("bladder", "new_retention")),
        new RedFlagFinding(
            "saddle anaesthesia",
            "cauda_equina_syndrome",
            c -> object(c, "symptoms").put("saddleAnesthesia", true)),
        new RedFlagFinding(
            "new faecal incontinence",
            "cauda_equina_syndrome",
            c -> object(c, "symptoms").put("bowel", "new_incontinence")),
        new RedFlagFinding(
            "progressive weakness",
            "progressive_motor_deficit",
            c -> {
              ObjectNode weakness = JSON.createObjectNode();
              weakness.put("present", true).put("progressive", true);
              object(c, "symptoms").set("weakness", weakness);
            }),
        new RedFlagFinding(
            "cold pale pulseless leg",
            "acute_limb_ischemia",
            c -> {
              object(c, "symptoms").put("legColdPale", true);
              object(c, "exam").put("distalPulses", "absent");
            }),
        new RedFlagFinding(
            "thoughts of self-harm",
            "self_harm_risk",
            c -> object(c, "psychosocial").put("phq9Item9", 2)),
        new RedFlagFinding(
            "epidural abscess on MRI", "spinal_infection", c -> study(c, "epidural_abscess")),
        new RedFlagFinding("discitis on MRI", "spinal_infection", c -> study(c, "discitis")),
        new RedFlagFinding("tumour on MRI", "malignancy", c -> study(c, "tumor")),
        new RedFlagFinding(
            "acute vertebral fracture",
            "fracture",
            c -> {
              ObjectNode finding = JSON.createObjectNode();
              finding.put("type", "vertebral_fracture").put("level", "L2").put("acute", true);
              addStudy(c, finding);
            }));
  }

  @Property(tries = 150)
  void addingARedFlagFindingNeverLeavesTheTriageRoutine(
      @ForAll("cases") CaseDocument c, @ForAll("redFlagFindings") RedFlagFinding finding)
      throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(CaseWriter.toJson(c));
    finding.apply().accept(json);
    Assessment a = engine.assess(CaseReader.strict().read(JSON.writeValueAsBytes(json)));
    assertThat(a.triage().tier()).isNotEqualTo("routine");
    assertThat(a.triage().redFlags())
        .extracting(Triage.RaisedRedFlag::id)
        .contains(finding.expectedFlag());
  }

  @Provide
  Arbitrary<String> unrelatedFields() {
    return Arbitraries.of(
        "/preferences",
        "/function",
        "/extensions",
        "/caseId",
        "/patient/bmi",
        "/patient/sex",
        "/psychosocial/tsk",
        "/psychosocial/startBack",
        "/symptoms/painSites",
        "/exam/greaterTrochanterTender",
        "/exam/paraspinalTriggerPoints");
  }

  @Property(tries = 150)
  void removingAnUnrelatedFindingNeverRemovesARedFlag(
      @ForAll("cases") CaseDocument c, @ForAll("unrelatedFields") String pointer) throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(CaseWriter.toJson(c));
    Set<String> before = flags(engine.assess(c));
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? json : json.at(pointer.substring(0, slash));
    if (parent instanceof ObjectNode object) {
      object.remove(pointer.substring(slash + 1));
    }
    Set<String> after =
        flags(engine.assess(CaseReader.strict().read(JSON.writeValueAsBytes(json))));
    assertThat(after).containsAll(before);
  }

  @Property(tries = 200)
  void everyAnswerUsesOnlyTheFixedIdentifiers(@ForAll("cases") CaseDocument c) {
    Assessment a = engine.assess(c);
    assertThat(a.differential())
        .extracting(CauseResult::cause)
        .containsExactlyInAnyOrderElementsOf(FixedIds.CAUSES);
    assertThat(a.workup())
        .extracting(WorkupSuggestion::test)
        .doesNotHaveDuplicates()
        .isSubsetOf(FixedIds.TESTS);
    assertThat(a.contributors())
        .extracting(ContributorResult::id)
        .isSubsetOf(FixedIds.CONTRIBUTORS);
    assertThat(flags(a)).isSubsetOf(FixedIds.RED_FLAGS);
    assertThat(List.of("routine", "soon", "urgent", "emergency")).contains(a.triage().tier());
    assertThat(a.differential())
        .extracting(CauseResult::likelihood)
        .allSatisfy(l -> assertThat(List.of("likely", "possible", "unlikely")).contains(l));
    assertThat(a.disclaimer()).isEqualTo("decision support — not a diagnosis");
  }

  @Property(tries = 150)
  void aPressingRedFlagPutsItsActionFirstAndTheRestWaits(
      @ForAll("cases") CaseDocument c, @ForAll("redFlagFindings") RedFlagFinding finding)
      throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(CaseWriter.toJson(c));
    finding.apply().accept(json);
    Assessment a = engine.assess(CaseReader.strict().read(JSON.writeValueAsBytes(json)));
    Set<String> pressingActions =
        a.triage().redFlags().stream()
            .filter(f -> f.tier().equals("urgent") || f.tier().equals("emergency"))
            .flatMap(
                f ->
                    engine.knowledgeBase().redFlags().stream()
                        .filter(k -> k.id().equals(f.id()))
                        .flatMap(k -> k.options().stream()))
            .collect(java.util.stream.Collectors.toSet());
    if (!pressingActions.isEmpty()) {
      PlanOption first = a.plan().options().get(0);
      assertThat(first.recommendation()).isEqualTo("recommended");
      assertThat(pressingActions).contains(first.option());
      assertThat(a.plan().options())
          .filteredOn(o -> o.recommendation().equals("recommended"))
          .allSatisfy(o -> assertThat(pressingActions).contains(o.option()));
    }
  }

  @Property(tries = 200)
  void noOptionIsRecommendedWhileAPrerequisiteIsUnmet(@ForAll("cases") CaseDocument c) {
    Assessment a = engine.assess(c);
    Features features = FeatureDeriver.derive(c, engine.knowledgeBase().parameters());
    for (PlanOption o : a.plan().options()) {
      TreatmentOption option =
          engine.knowledgeBase().options().stream()
              .filter(k -> k.id().equals(o.option()))
              .findFirst()
              .orElseThrow();
      if (o.recommendation().equals("recommended") && !o.why().startsWith("Red flag")) {
        assertThat(option.prerequisites())
            .as(o.option())
            .allSatisfy(p -> assertThat(p.when().evaluate(features)).isEqualTo(Truth.TRUE));
        if (option.category().equals("surgical")) {
          // every surgical option names its target as a prerequisite (kb lint), so a recommended
          // one has a concordant target in this case
          assertThat(option.prerequisites()).as(o.option()).isNotEmpty();
        }
      }
    }
    assertThat(a.plan().options())
        .extracting(PlanOption::option)
        .containsExactlyInAnyOrderElementsOf(FixedIds.OPTIONS);
  }

  private static Set<String> flags(Assessment a) {
    return a.triage().redFlags().stream()
        .map(Triage.RaisedRedFlag::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static ObjectNode object(ObjectNode c, String field) {
    JsonNode existing = c.get(field);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    return c.putObject(field);
  }

  private static void study(ObjectNode c, String type) {
    ObjectNode finding = JSON.createObjectNode();
    finding.put("type", type).put("level", "L4-L5");
    addStudy(c, finding);
  }

  /** Adds an MRI dated on the assessment date: after every surgery, never after "today". */
  private static void addStudy(ObjectNode c, ObjectNode finding) {
    JsonNode existing = c.get("imaging");
    ArrayNode imaging = existing instanceof ArrayNode array ? array : c.putArray("imaging");
    ObjectNode study = imaging.addObject();
    study.put("modality", "mri_gadolinium").put("date", c.get("assessmentDate").asText());
    study.putArray("findings").add(finding);
  }
}
