package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  /**
   * A valid case chosen so that every list of the assessment has entries (a red flag, contributors,
   * work-up), so that the checks of their identifiers are not vacuous: new urinary retention with
   * saddle anaesthesia, a smoker with high depression and anxiety scores.
   */
  private static final String CASE =
      """
      {
        "format": "reassess-case/1",
        "caseId": "cli-test-case",
        "assessmentDate": "2026-11-02",
        "patient": { "age": 52, "sex": "female", "smoker": true },
        "surgeries": [
          { "date": "2025-03-10", "procedure": "microdiscectomy", "levels": ["L4-L5"], "side": "left" }
        ],
        "symptoms": { "backPainNrs": 6, "legPainNrs": 8, "legPainSide": "left",
                      "bladder": "new_retention", "saddleAnesthesia": true },
        "psychosocial": { "phq9": 21, "gad7": 17 }
      }
      """;

  /** A valid case plus one field the format does not have. */
  private static final String INVALID_CASE =
      CASE.replace("\"format\"", "\"colour\": \"blue\",\n  \"format\"");

  // The fixed values and identifiers of assessment-format.md.
  private static final List<String> TIERS = List.of("emergency", "urgent", "soon", "routine");

  /** Most likely first. */
  private static final List<String> LIKELIHOODS = List.of("likely", "possible", "unlikely");

  private static final Set<String> RED_FLAGS =
      Set.of(
          "cauda_equina_syndrome",
          "progressive_motor_deficit",
          "spinal_infection",
          "malignancy",
          "fracture",
          "hardware_failure_with_deficit",
          "acute_limb_ischemia",
          "csf_leak",
          "self_harm_risk");

  private static final Set<String> CAUSES =
      Set.of(
          "recurrent_disc_herniation",
          "spinal_stenosis",
          "epidural_fibrosis",
          "segmental_instability",
          "adjacent_segment_disease",
          "pseudarthrosis",
          "hardware_failure",
          "sacroiliac_joint_pain",
          "facet_joint_pain",
          "discogenic_pain",
          "sagittal_imbalance",
          "arachnoiditis",
          "spinal_infection",
          "pseudomeningocele",
          "neuropathic_radicular_pain",
          "hip_pathology",
          "greater_trochanteric_pain",
          "peripheral_nerve_entrapment",
          "peripheral_neuropathy",
          "vascular_claudication",
          "myofascial_pain",
          "nociplastic_pain",
          "vertebral_fracture",
          "malignancy");

  private static final Set<String> CONTRIBUTORS =
      Set.of(
          "depression",
          "anxiety",
          "catastrophizing",
          "fear_avoidance",
          "high_dose_opioids",
          "compensation_or_litigation",
          "unrealistic_expectations",
          "poor_social_support",
          "smoking",
          "poor_bone_quality");

  /** assessment-format.md: options and their category. */
  private static final java.util.Map<String, String> OPTIONS = options();

  private static java.util.Map<String, String> options() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("emergency_spine_evaluation", "emergency");
    for (String id :
        List.of(
            "education_and_activity",
            "physical_therapy",
            "multidisciplinary_rehabilitation",
            "psychological_therapy",
            "nsaid",
            "neuropathic_medication",
            "opioid_stewardship",
            "smoking_cessation")) {
      out.put(id, "conservative");
    }
    for (String id :
        List.of(
            "epidural_steroid_injection",
            "facet_radiofrequency_ablation",
            "sij_injection",
            "sij_radiofrequency_ablation",
            "percutaneous_adhesiolysis",
            "pulsed_radiofrequency_drg",
            "peripheral_nerve_block")) {
      out.put(id, "interventional");
    }
    for (String id :
        List.of("spinal_cord_stimulation", "drg_stimulation", "intrathecal_drug_delivery")) {
      out.put(id, "neuromodulation");
    }
    for (String id :
        List.of(
            "endoscopic_revision_decompression",
            "mis_revision_decompression",
            "open_revision_decompression",
            "instrumented_fusion",
            "fusion_extension",
            "revision_fusion",
            "hardware_revision",
            "deformity_correction",
            "sij_fusion",
            "dural_repair",
            "peripheral_nerve_release",
            "infection_debridement")) {
      out.put(id, "surgical");
    }
    for (String id :
        List.of(
            "hip_specialist_referral",
            "vascular_referral",
            "neurology_referral",
            "infectious_disease_referral",
            "mental_health_referral")) {
      out.put(id, "referral");
    }
    return out;
  }

  private static final Set<String> TESTS =
      Set.of(
          "xray",
          "mri",
          "mri_gadolinium",
          "ct",
          "ct_myelogram",
          "xray_flexion_extension",
          "xray_standing_full_length",
          "pelvis_hip_xray",
          "emg_ncs",
          "inflammatory_markers",
          "blood_cultures",
          "ankle_brachial_index",
          "post_void_residual",
          "selective_nerve_root_block",
          "sij_block",
          "medial_branch_block",
          "hip_intraarticular_injection",
          "peripheral_nerve_block",
          "bone_density",
          "neuropathic_pain_screen",
          "psychological_assessment",
          "spect_ct");

  /** Strict: one JSON document and nothing after it. */
  private static final ObjectReader JSON =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String CAUDA_EQUINA = "red-flags/cauda_equina_syndrome.yaml";

  @TempDir Path dir;

  @Test
  void oneCaseGivesOnePrettyAssessmentWithTheFixedFields() throws IOException {
    CommandRun run = CommandRun.reassess("evaluate", write("case.json", CASE));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("{\n  ").endsWith("\n}\n");
    JsonNode assessment = parse(run.out());
    assertFixedFields(assessment);
    assertThat(assessment.path("caseId").asText()).isEqualTo("cli-test-case");
    assertThat(ids(assessment.path("triage").path("redFlags"), "id")).isNotEmpty();
    assertThat(ids(assessment.path("contributors"), "id")).isNotEmpty();
    assertThat(ids(assessment.path("workup"), "test")).isNotEmpty();
  }

  @Test
  void severalCasesGiveOneAssessmentPerLineInInputOrder() throws IOException {
    String first = write("z-first.json", withCaseId("first"));
    String second = write("a-second.json", withCaseId("second"));
    String third = write("m-third.json", withCaseId("third"));

    CommandRun run = CommandRun.reassess("evaluate", first, second, third);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\n");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines)
        .extracting(line -> parse(line).path("caseId").asText())
        .containsExactly("first", "second", "third");
    // each line is the assessment the file gets on its own
    assertThat(parse(lines.get(1))).isEqualTo(parse(CommandRun.reassess("evaluate", second).out()));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCaseIsAssessedWithTheFixedFields() throws IOException {
    List<Path> examples = RepositoryFiles.examples();
    assertThat(examples).isNotEmpty();
    return examples.stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.getFileName().toString(),
                    () -> {
                      CommandRun run = CommandRun.reassess("evaluate", example.toString());

                      assertThat(run.exitCode()).isZero();
                      assertThat(run.err()).isEmpty();
                      JsonNode assessment = parse(run.out());
                      assertFixedFields(assessment);
                      // the examples' caseId is their file name (examples/README.md)
                      assertThat(assessment.path("caseId").asText() + ".json")
                          .isEqualTo(example.getFileName().toString());
                    }));
  }

  @Test
  void caudaEquinaExampleIsAnEmergencyWithThatRedFlag() throws IOException {
    Path example = RepositoryFiles.root().resolve("examples/cauda-equina-red-flag.json");

    CommandRun run = CommandRun.reassess("evaluate", example.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode triage = parse(run.out()).path("triage");
    assertThat(triage.path("tier").asText()).isEqualTo("emergency");
    assertThat(ids(triage.path("redFlags"), "id")).contains("cauda_equina_syndrome");
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    String file = write("case.json", CASE);

    CommandRun once = CommandRun.reassess("evaluate", file);
    CommandRun again = CommandRun.reassess("evaluate", file);

    assertThat(once.exitCode()).isZero();
    assertThat(again.out()).isEqualTo(once.out());
  }

  @Test
  void sameFileTwiceInOneRunGivesTwoIdenticalLines() throws IOException {
    String file = write("case.json", CASE);

    CommandRun run = CommandRun.reassess("evaluate", file, file);

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).isEqualTo(lines.get(0));
  }

  @Test
  void oneInvalidCaseAmongValidOnesExitsTwoAndPrintsNoAssessment() throws IOException {
    String good = write("good.json", CASE);
    String bad = write("bad.json", INVALID_CASE);
    String alsoGood = write("also-good.json", CASE);

    CommandRun run = CommandRun.reassess("evaluate", good, bad, alsoGood);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).isNotEmpty().allMatch(line -> line.startsWith(bad + ": /colour: "));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void invalidCaseWithOutWritesNoFileAndLeavesNoTemporaryFile() throws IOException {
    String good = write("good.json", CASE);
    String bad = write("bad.json", INVALID_CASE);
    Path folder = Files.createDirectory(dir.resolve("out"));
    Path target = folder.resolve("assessments.ndjson");

    CommandRun run = CommandRun.reassess("evaluate", "--out", target.toString(), good, bad);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).isNotEmpty().allMatch(line -> line.startsWith(bad + ": /colour: "));
    assertThat(run.out()).isEmpty();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void invalidCaseLeavesAnEarlierOutputFileUntouched() throws IOException {
    Path target = dir.resolve("assessment.json");
    Files.writeString(target, "earlier result\n");

    CommandRun run =
        CommandRun.reassess(
            "evaluate", "--out", target.toString(), write("bad.json", INVALID_CASE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(target)).isEqualTo("earlier result\n");
  }

  @Test
  void outWritesTheAssessmentToTheFileAndNothingToStandardOutput() throws IOException {
    String file = write("case.json", CASE);
    Path folder = Files.createDirectory(dir.resolve("out"));
    Path target = folder.resolve("assessment.json");

    CommandRun run = CommandRun.reassess("evaluate", "--out", target.toString(), file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(target)).isEqualTo(CommandRun.reassess("evaluate", file).out());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void outReplacesAnEarlierOutputFile() throws IOException {
    Path target = dir.resolve("assessment.json");
    Files.writeString(target, "earlier result\n");

    CommandRun run =
        CommandRun.reassess("evaluate", "--out", target.toString(), write("case.json", CASE));

    assertThat(run.exitCode()).isZero();
    assertFixedFields(parse(Files.readString(target)));
  }

  @Test
  void outIntoAMissingFolderIsInvalidInputAndCreatesNothing() throws IOException {
    String file = write("case.json", CASE);
    Path target = dir.resolve("no-such-folder/assessment.json");

    CommandRun run = CommandRun.reassess("evaluate", "--out", target.toString(), file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(target + ": cannot write file (no such folder)");
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void outNamingAFolderIsInvalidInput() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));

    CommandRun run =
        CommandRun.reassess("evaluate", "--out", folder.toString(), write("case.json", CASE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(folder + ": cannot write file (is a directory)");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void textFormatPrintsTheReadableSummary() throws IOException {
    CommandRun run = CommandRun.reassess("evaluate", "--format", "text", write("case.json", CASE));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .doesNotStartWith("{")
        .contains("decision support — not a diagnosis")
        .containsPattern("(?m)^TRIAGE: EMERGENCY$");
  }

  @Test
  void textFormatNamesEachFileWhenThereAreSeveral() throws IOException {
    String first = write("first.json", withCaseId("first"));
    String second = write("second.json", withCaseId("second"));

    CommandRun run = CommandRun.reassess("evaluate", "--format", "text", first, second);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().filter(line -> line.startsWith("TRIAGE: "))).hasSize(2);
    assertThat(run.out().indexOf(first)).isNotNegative().isLessThan(run.out().indexOf(second));
  }

  @Test
  void missingFileIsInvalidInputAndStopsEveryAssessment() throws IOException {
    String good = write("good.json", CASE);

    CommandRun run = CommandRun.reassess("evaluate", good, "no/such/case.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("no/such/case.json: : cannot read file (no such file)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noFileIsAUsageError() {
    CommandRun run = CommandRun.reassess("evaluate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Missing required parameter: 'FILE'",
            "Try 'reassess evaluate --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void intactCopyOfTheKnowledgeBaseGivesTheSameAssessmentAsTheBuiltInOne() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    String file = write("case.json", CASE);

    CommandRun run = CommandRun.reassess("evaluate", "--kb", kb.toString(), file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(CommandRun.reassess("evaluate", file).out());
  }

  @Test
  void brokenKnowledgeBaseIsInvalidInputReportedAtFileLineColumn() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    int line =
        RepositoryFiles.replaceFirstLine(
            kb.resolve(CAUDA_EQUINA), "when:", "    when: bladderr == 'new_retention'");

    CommandRun run =
        CommandRun.reassess("evaluate", "--kb", kb.toString(), write("case.json", CASE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .satisfiesExactly(
            problem ->
                assertThat(problem)
                    .startsWith(kb + "/" + CAUDA_EQUINA + ":" + line + ":11: ")
                    .contains("bladderr"),
            hint ->
                assertThat(hint)
                    .isEqualTo("the knowledge base has problems; run: reassess kb check " + kb));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void knowledgeBaseFolderWithoutKbYamlIsInvalidInput() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    CommandRun run =
        CommandRun.reassess("evaluate", "--kb", empty.toString(), write("case.json", CASE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(empty + ": not a knowledge-base folder (no kb.yaml)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpNamesTheFormatsAndSaysItIsDecisionSupport() {
    CommandRun run = CommandRun.reassess("evaluate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: reassess evaluate")
        .contains("json, text")
        .contains("Decision support — not a diagnosis.");
    assertThat(run.err()).isEmpty();
  }

  /** The fields and identifiers assessment-format.md fixes, which other programs rely on. */
  private static void assertFixedFields(JsonNode assessment) {
    assertThat(assessment.path("format").asText()).isEqualTo("reassess-assessment/1");
    assertThat(assessment.path("caseId").isTextual()).as("caseId is echoed").isTrue();
    assertThat(assessment.path("knowledgeBase").path("version").asText())
        .matches("\\d+\\.\\d+\\.\\d+");

    JsonNode triage = assessment.path("triage");
    assertThat(triage.path("tier").asText()).isIn(TIERS);
    assertThat(ids(triage.path("redFlags"), "id")).allMatch(RED_FLAGS::contains);
    assertThat(ids(triage.path("redFlags"), "why")).allMatch(why -> !why.isBlank());

    JsonNode differential = assessment.path("differential");
    assertThat(ids(differential, "cause")).containsExactlyInAnyOrderElementsOf(CAUSES);
    assertThat(ids(differential, "likelihood"))
        .allMatch(LIKELIHOODS::contains)
        .as("most likely first")
        .isSortedAccordingTo(Comparator.comparingInt(LIKELIHOODS::indexOf));

    assertThat(ids(assessment.path("contributors"), "id"))
        .allMatch(CONTRIBUTORS::contains)
        .doesNotHaveDuplicates();

    JsonNode workup = assessment.path("workup");
    assertThat(ids(workup, "test")).allMatch(TESTS::contains).doesNotHaveDuplicates();
    assertThat(ids(workup, "why")).allMatch(why -> !why.isBlank());

    // every option of the fixed list is considered, with its fixed category and a reason
    JsonNode options = assessment.path("plan").path("options");
    assertThat(ids(options, "option")).containsExactlyInAnyOrderElementsOf(OPTIONS.keySet());
    for (JsonNode option : options) {
      assertThat(option.path("category").asText())
          .isEqualTo(OPTIONS.get(option.path("option").asText()));
      assertThat(option.path("recommendation").asText())
          .isIn("recommended", "consider", "not_recommended");
      assertThat(option.path("why").asText()).isNotBlank();
    }

    assertThat(ids(assessment.path("expectations"), "text")).allMatch(text -> !text.isBlank());
  }

  /** The text of {@code field} in each element of {@code array}, which must be a list. */
  private static List<String> ids(JsonNode array, String field) {
    assertThat(array.isArray()).as("a list with %s in each element", field).isTrue();
    List<String> values = new ArrayList<>();
    for (JsonNode element : array) {
      JsonNode value = element.path(field);
      assertThat(value.isTextual()).as("%s is text in %s", field, element).isTrue();
      values.add(value.asText());
    }
    return values;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readValue(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not one JSON document: " + e.getOriginalMessage(), e);
    }
  }

  private static String withCaseId(String caseId) {
    return CASE.replace("\"cli-test-case\"", "\"" + caseId + "\"");
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  private Path copyOfTheKnowledgeBase() throws IOException {
    Path kb = dir.resolve("kb");
    RepositoryFiles.copyKnowledgeBase(kb);
    return kb;
  }
}
