package org.reassess.server.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  static List<Path> validCases() {
    return Fixtures.validCases();
  }

  @ParameterizedTest
  @MethodSource("validCases")
  void everyValidCaseComesBackEqualThroughTheFormValues(Path file) {
    JsonNode original = Fixtures.read(file);

    CaseForm.Imported shown = CaseForm.toForm(original);
    CaseForm.Parsed back = CaseForm.toCase(shown.values(), LocalDate.of(1999, 1, 1));

    assertThat(shown.notShown()).isEmpty();
    assertThat(back.formIssues()).isEmpty();
    assertThat(back.json()).isEqualTo(original);
  }

  @Test
  void unknownIsLeftOutWhileNoAndYesAreWritten() {
    ObjectNode json =
        CaseForm.toCase(
                form(
                    "patient.smoker", "unknown",
                    "patient.cancerHistory", "",
                    "patient.diabetes", "false",
                    "patient.osteoporosis", "true",
                    "symptoms.bladder", "",
                    "symptoms.bowel", "normal"),
                TODAY)
            .json();

    assertThat(json.path("patient").has("smoker")).isFalse();
    assertThat(json.path("patient").has("cancerHistory")).isFalse();
    assertThat(json.path("patient").get("diabetes").booleanValue()).isFalse();
    assertThat(json.path("patient").get("osteoporosis").booleanValue()).isTrue();
    assertThat(json.path("symptoms").has("bladder")).isFalse();
    assertThat(json.path("symptoms").get("bowel").textValue()).isEqualTo("normal");
  }

  @Test
  void aSectionWithNothingKnownIsLeftOutWhole() {
    ObjectNode json = CaseForm.toCase(form("patient.age", " "), TODAY).json();

    assertThat(json.has("patient")).isFalse();
    assertThat(json.has("symptoms")).isFalse();
  }

  @Test
  void setsTheFormatAndTakesTodayWhenNoAssessmentDateIsGiven() {
    ObjectNode json = CaseForm.toCase(Map.of(), TODAY).json();

    assertThat(json.get("format").textValue()).isEqualTo("reassess-case/1");
    assertThat(json.get("assessmentDate").textValue()).isEqualTo("2026-11-02");
    assertThat(
            CaseForm.toCase(form("assessmentDate", "2026-01-05"), TODAY)
                .json()
                .get("assessmentDate")
                .textValue())
        .isEqualTo("2026-01-05");
  }

  @Test
  void textInANumberFieldIsReportedInWordsAndNotWritten() {
    CaseForm.Parsed parsed =
        CaseForm.toCase(form("patient.age", "4o", "patient.bmi", "27,5"), TODAY);

    assertThat(parsed.json().has("patient")).isFalse();
    assertThat(parsed.formIssues())
        .containsExactly(
            new FieldIssue("patient.age", "Age (years)", "“4o” is not a number"),
            new FieldIssue(
                "patient.bmi",
                "Body-mass index (kg/m²)",
                "“27,5” is not a number: write decimals with a point (27.5)"));
  }

  @Test
  void numbersAreReadAsAJsonFileWouldBe() {
    ObjectNode json =
        CaseForm.toCase(
                form("patient.age", " 41 ", "patient.bmi", "27.5", "function.eq5dIndex", "−0.2"),
                TODAY)
            .json();

    assertThat(json.at("/patient/age").isInt()).isTrue();
    assertThat(json.at("/patient/age").intValue()).isEqualTo(41);
    assertThat(json.at("/patient/bmi").doubleValue()).isEqualTo(27.5);
    assertThat(json.at("/function/eq5dIndex").doubleValue()).isEqualTo(-0.2);
  }

  @Test
  void aFractionInAWholeNumberFieldIsLeftForTheCaseReaderToName() {
    CaseForm.Checked checked = CaseForm.check(form("symptoms.legPainNrs", "6.5"), TODAY);

    assertThat(checked.issues())
        .contains(
            new FieldIssue(
                "symptoms.legPainNrs",
                "Leg pain, worst leg (NRS)",
                "expected a whole number, found number 6.5"));
  }

  @Test
  void blankRowsAreDroppedAndIssuesStillLandOnTheRowTheClinicianFilled() {
    Map<String, List<String>> values =
        form(
            "surgeries[0].date", "",
            "surgeries[0].procedure", "",
            "surgeries[1].date", "2021-05-10",
            "surgeries[1].procedure", "fusion",
            "surgeries[1].levels", "L5-S1");

    CaseForm.Checked checked = CaseForm.check(values, TODAY);

    assertThat(checked.json().get("surgeries")).hasSize(1);
    assertThat(checked.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.field()).isEqualTo("surgeries[1].procedure");
              assertThat(i.label()).isEqualTo("Surgery 2: Procedure");
              assertThat(i.message()).startsWith("\"fusion\" is not one of: discectomy");
              assertThat(i.targetId()).isEqualTo("f-surgeries-1-procedure");
            });
  }

  @Test
  void anImagingStudyWithoutFindingsIsANormalStudy() {
    ObjectNode json =
        CaseForm.toCase(
                form(
                    "imaging[0].modality", "mri",
                    "imaging[0].date", "2026-10-01",
                    "imaging[0].findings[0].type", "",
                    "imaging[0].findings[0].level", ""),
                TODAY)
            .json();

    assertThat(json.at("/imaging/0/findings").isArray()).isTrue();
    assertThat(json.at("/imaging/0/findings")).isEmpty();
  }

  @Test
  void aGridCellWithNoGradeIsNotAFinding() {
    ObjectNode json =
        CaseForm.toCase(
                form(
                    "exam.motor[0].root", "L5",
                    "exam.motor[0].side", "left",
                    "exam.motor[0].mrc", "",
                    "exam.motor[1].root", "S1",
                    "exam.motor[1].side", "right",
                    "exam.motor[1].mrc", "4"),
                TODAY)
            .json();

    assertThat(json.at("/exam/motor").toString())
        .isEqualTo("[{\"root\":\"S1\",\"side\":\"right\",\"mrc\":4}]");
  }

  @Test
  void listValuesKeepTheirOrderAndNestedObjectsAreBuilt() {
    ObjectNode json =
        CaseForm.toCase(
                form(
                    "symptoms.weakness.present", "true",
                    "exam.straightLegRaise.result", "positive",
                    "exam.straightLegRaise.angleDeg", "45"),
                TODAY)
            .json();
    Map<String, List<String>> multi = new LinkedHashMap<>();
    multi.put("symptoms.dermatomes", List.of("S1", "", "L5"));

    assertThat(json.at("/symptoms/weakness/present").booleanValue()).isTrue();
    assertThat(json.at("/exam/straightLegRaise/angleDeg").intValue()).isEqualTo(45);
    assertThat(CaseForm.toCase(multi, TODAY).json().at("/symptoms/dermatomes").toString())
        .isEqualTo("[\"S1\",\"L5\"]");
  }

  @Test
  void extensionsThatAreNotJsonAreReportedAndKeptInTheForm() {
    CaseForm.Parsed parsed = CaseForm.toCase(form("extensions", "{\"dn4\": 6"), TODAY);

    assertThat(parsed.json().has("extensions")).isFalse();
    assertThat(parsed.formIssues())
        .singleElement()
        .extracting(FieldIssue::field)
        .isEqualTo("extensions");
  }

  @Test
  void whatTheFormCannotShowIsListedByPointer() throws Exception {
    JsonNode json =
        Fixtures.JSON.readTree(
            "{\"format\":\"reassess-case/1\",\"assessmentDate\":\"2026-01-01\","
                + "\"patient\":{\"age\":40,\"height\":180},\"course\":[1]}");

    CaseForm.Imported shown = CaseForm.toForm(json);

    assertThat(shown.values()).containsEntry("patient.age", List.of("40"));
    assertThat(shown.notShown()).containsExactly("/patient/height", "/course/0");
  }

  @Test
  void pointersMapToTheirField() {
    CaseForm.RowMap same = CaseForm.RowMap.IDENTITY;

    assertThat(CaseForm.fieldFor("/surgeries/0/procedure", same))
        .isEqualTo("surgeries[0].procedure");
    assertThat(CaseForm.fieldFor("/imaging/1/findings/0/type", same))
        .isEqualTo("imaging[1].findings[0].type");
    assertThat(CaseForm.fieldFor("/symptoms/dermatomes/1", same)).isEqualTo("symptoms.dermatomes");
    assertThat(CaseForm.fieldFor("/surgeries/0/levels/1", same)).isEqualTo("surgeries[0].levels");
    assertThat(CaseForm.fieldFor("/exam/motor/2/mrc", same)).isEqualTo("exam.motor[2].mrc");
    assertThat(CaseForm.fieldFor("/symptoms/weakness/onsetDate", same))
        .isEqualTo("symptoms.weakness.onsetDate");
    assertThat(CaseForm.fieldFor("/imaging/0/findings/0/size", same))
        .isEqualTo("imaging[0].findings[0]");
    assertThat(CaseForm.fieldFor("/imaging/0/findings", same)).isEqualTo("imaging[0].findings");
    assertThat(CaseForm.fieldFor("/surgeries", same)).isEqualTo("surgeries");
    assertThat(CaseForm.fieldFor("/symptoms/legpain", same)).isEmpty();
    assertThat(CaseForm.fieldFor("/course", same)).isEmpty();
    assertThat(CaseForm.fieldFor("", same)).isEmpty();
  }

  @Test
  void pointersFollowTheRowsTheFormDroppedInNestedGroups() {
    Map<String, List<String>> values =
        form(
            "imaging[0].modality", "",
            "imaging[3].modality", "mri",
            "imaging[3].date", "2026-10-01",
            "imaging[3].findings[0].type", "",
            "imaging[3].findings[4].type", "stenosis");

    CaseForm.Parsed parsed = CaseForm.toCase(values, TODAY);

    assertThat(CaseForm.fieldFor("/imaging/0/findings/0/level", parsed.rows()))
        .isEqualTo("imaging[3].findings[4].level");
  }

  /** Pairs of name, value. */
  static Map<String, List<String>> form(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], List.of(pairs[i + 1]));
    }
    return out;
  }
}
