package org.reassess.engine.casefile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Surgery;

class CaseWriterTest {

  private static final Path CASES = Path.of("src/test/resources/cases");

  private final CaseReader reader = CaseReader.strict();

  private static CaseDocument minimalCase(Course course, Map<String, Object> extensions) {
    Surgery surgery =
        new Surgery(
            LocalDate.of(2020, 1, 15),
            Procedure.LAMINECTOMY,
            List.of(Level.L4_L5),
            null,
            null,
            null,
            null,
            List.of());
    return new CaseDocument(
        CaseDocument.FORMAT,
        null,
        LocalDate.of(2026, 11, 2),
        null,
        List.of(surgery),
        course,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        extensions);
  }

  @Test
  void toJson_specExample_isTheCheckedInCanonicalText() throws Exception {
    CaseDocument example = reader.read(CASES.resolve("valid/spec-example.json"));

    assertThat(CaseWriter.toJson(example))
        .isEqualTo(Files.readString(CASES.resolve("canonical/spec-example.json"), UTF_8).strip());
  }

  @Test
  void toJson_sameCaseWrittenInAnotherOrder_givesTheSameText() throws Exception {
    String shuffled =
        """
        {"surgeries": [{"levels": ["L5-S1"], "procedure": "microdiscectomy", "date": "2021-05-10",
           "instrumented": false, "indication": "disc_herniation", "side": "right"}],
         "preferences": {"surgeryAcceptable": "yes"},
         "treatmentsTried": [{"response": "none", "weeks": 8.0, "treatment": "physical_therapy"}],
         "imaging": [{"findings": [{"enhancement": "peripheral", "compressedRoot": "S1",
           "zone": "paracentral", "side": "right", "level": "L5-S1", "type": "disc_herniation"}],
           "date": "2026-10-20", "modality": "mri_gadolinium"}],
         "exam": {"reflexes": [{"status": "reduced", "side": "right", "reflex": "achilles"}],
           "straightLegRaise": {"angleDeg": 60, "side": "right", "result": "positive"}},
         "symptoms": {"weakness": {"present": false}, "saddleAnesthesia": false,
           "bladder": "normal", "numbness": true, "painBelowKnee": true, "dermatomes": ["S1"],
           "legPainDistribution": "dermatomal", "legPainSide": "right", "legPainNrs": 7,
           "backPainNrs": 4},
         "course": {"painComparedToBefore": "same", "painFreeIntervalMonths": 60,
           "reliefAfterSurgery": "complete"},
         "patient": {"smoker": false, "sex": "male", "age": 41},
         "assessmentDate": "2026-11-02", "caseId": "demo-recurrent-l5s1",
         "format": "reassess-case/1"}
        """;
    CaseDocument example = reader.read(CASES.resolve("valid/spec-example.json"));

    assertThat(CaseWriter.toJson(reader.read(shuffled.getBytes(UTF_8))))
        .isEqualTo(CaseWriter.toJson(example));
  }

  @Test
  void toJson_unknownFields_areLeftOut_emptyListsKept() {
    String json = CaseWriter.toJson(minimalCase(null, null));

    assertThat(json)
        .doesNotContain("null", "caseId", "patient", "side")
        .contains("\"complications\": []");
  }

  @Test
  void toJson_numbers_wholeWithoutFractionOthersAsWritten() {
    String json = CaseWriter.toJson(minimalCase(new Course(null, 60.0, null, null, null), null));
    String fraction =
        CaseWriter.toJson(minimalCase(new Course(null, 7.25, null, null, null), null));

    assertThat(json).contains("\"painFreeIntervalMonths\": 60\n");
    assertThat(fraction).contains("\"painFreeIntervalMonths\": 7.25\n");
  }

  @Test
  void toJson_negativeZero_readsBackEqual() throws Exception {
    CaseDocument c = minimalCase(new Course(null, -0.0, null, null, null), null);

    assertThat(reader.read(CaseWriter.toJson(c).getBytes(UTF_8))).isEqualTo(c);
  }

  @Test
  void toJson_extensions_keepOrderAndNulls() throws Exception {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("z", Arrays.asList(1, null, "x"));
    extensions.put("a", null);
    CaseDocument c = minimalCase(null, extensions);

    String json = CaseWriter.toJson(c);

    assertThat(json).contains("\"z\": [\n", "\"a\": null");
    assertThat(json.indexOf("\"z\"")).isLessThan(json.indexOf("\"a\""));
    assertThat(reader.read(json.getBytes(UTF_8))).isEqualTo(c);
  }

  @Test
  void toJson_extensionThatIsNotJson_isAProgrammingError() {
    CaseDocument c = minimalCase(null, Map.of("when", LocalDate.of(2026, 1, 1)));

    assertThatThrownBy(() -> CaseWriter.toJson(c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.LocalDate");
  }

  @Test
  void toJson_usesTwoSpacesAndUnixLineEnds_withoutFinalNewline() {
    String json = CaseWriter.toJson(minimalCase(null, null));

    assertThat(json)
        .startsWith("{\n  \"format\": \"reassess-case/1\",\n  \"assessmentDate\": \"2026-11-02\",")
        .doesNotContain("\r", "\t")
        .endsWith("}");
  }
}
