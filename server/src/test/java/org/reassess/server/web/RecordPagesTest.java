package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reassess.server.testing.Cases;
import org.reassess.server.testing.TestDatabases.Kind;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/**
 * The clinician's pages over HTTP on a real server: a patient, the guided form, import, the
 * assessment page and its documents, outcomes and their chart.
 */
class RecordPagesTest {

  private static TestServer server;
  private static WebClient clinician;

  @BeforeAll
  static void start() {
    server = TestServer.start(Kind.H2, false);
    clinician =
        new WebClient(server.baseUrl())
            .setUpAdministrator(server.setupLink(), "North clinic", "admin")
            .signIn("admin", TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String newPatient(String name) {
    clinician.get("/patients/new");
    HttpResponse<String> r = clinician.post("/patients", Map.of("displayName", name, "mrn", ""));
    assertThat(r.statusCode()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void aCaseFilledInTheFormIsSavedEvaluatedAndShownWithItsRedFlagBanner() {
    String patient = newPatient("Form Patient");
    Document form = Jsoup.parse(clinician.get(patient + "/case/edit").body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("assessmentDate", LocalDate.now(ZoneOffset.UTC).toString());
    fields.put("surgeries[0].date", "2026-08-01");
    fields.put("surgeries[0].procedure", "microdiscectomy");
    fields.put("surgeries[0].levels", "L4-L5");
    fields.put("symptoms.bladder", "new_retention");
    fields.put("symptoms.saddleAnesthesia", "true");
    assertThat(form.select("[name=surgeries[0].procedure]")).isNotEmpty();
    assertThat(form.select("[name=symptoms.saddleAnesthesia]")).isNotEmpty();

    HttpResponse<String> saved = clinician.post(patient + "/case", fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String assessment = saved.headers().firstValue("Location").orElseThrow();
    assertThat(assessment).contains("/assessments/");
    Document page = Jsoup.parse(clinician.get(assessment).body());
    Element banner = page.selectFirst("section.banner.red-flag[role=alert]");
    assertThat(banner).isNotNull();
    assertThat(banner.text()).containsIgnoringCase("cauda equina");
    assertThat(page.text()).contains("decision support — not a diagnosis");
    assertThat(page.select("ol.sources li")).isNotEmpty();
    for (Element link : page.select("a[href^=#src-]")) {
      assertThat(page.getElementById(link.attr("href").substring(1)))
          .as("citation %s has its reference at the end", link.attr("href"))
          .isNotNull();
    }
  }

  @Test
  void anInvalidFormIsNotSavedAsACaseButKeptAsADraftWithTheValidatorsMessages() {
    String patient = newPatient("Draft Patient");
    clinician.get(patient + "/case/edit");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("assessmentDate", LocalDate.now(ZoneOffset.UTC).toString());
    fields.put("surgeries[0].date", "2026-08-01");
    fields.put("surgeries[0].levels", "L4-L5");
    fields.put("symptoms.legPainNrs", "12");
    HttpResponse<String> r = clinician.post(patient + "/case", fields);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("12 is outside 0–10");

    Document again = Jsoup.parse(clinician.get(patient + "/case/edit").body());
    assertThat(again.select("[name=symptoms.legPainNrs]").val()).isEqualTo("12");
    assertThat(clinician.get(patient).body()).contains("Continue the draft");
  }

  @Test
  void inlineValidationAnswersWithTheIssuesFragment() {
    String patient = newPatient("Inline Patient");
    clinician.get(patient + "/case/edit");
    HttpResponse<String> r =
        clinician.post(patient + "/case/validate", Map.of("symptoms.legPainNrs", "abc"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"case-issues\"").contains("is not a number");
  }

  @Test
  void anImportedCaseIsEvaluatedAndCanBeExportedAgainUnchangedInMeaning() {
    String patient = newPatient("Import Patient");
    clinician.get(patient);
    HttpResponse<String> r =
        clinician.upload(
            patient + "/case/import",
            "caseFile",
            "case.json",
            Cases.example("recurrent-disc-herniation"));
    assertThat(r.statusCode()).isEqualTo(302);
    HttpResponse<String> exported = clinician.get(patient + "/revisions/1/case.json");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(exported.body()).contains("\"format\"").contains("reassess-case/1");
  }

  @Test
  void anInvalidImportShowsEveryProblemAndSavesNothing() {
    String patient = newPatient("Bad Import Patient");
    clinician.get(patient);
    byte[] bad =
        "{\"format\":\"reassess-case/1\",\"assessmentDate\":\"2026-13-01\"}"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        clinician.upload(patient + "/case/import", "caseFile", "bad.json", bad);
    assertThat(r.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("#import-issues li")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(page.text()).contains("/assessmentDate").contains("/surgeries");
    assertThat(page.text()).contains("No case saved yet");
  }

  @Test
  void theClinicianReportAndTheLetterDownloadAsPdf() {
    String patient = newPatient("Pdf Patient");
    clinician.get(patient);
    String assessment =
        clinician
            .upload(
                patient + "/case/import",
                "caseFile",
                "c.json",
                Cases.example("facet-pain-dual-medial-branch-blocks"))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    for (String doc : new String[] {"/report.pdf", "/letter.pdf"}) {
      HttpResponse<byte[]> pdf = clinician.bytes(assessment + doc);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
      assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
    assertThat(clinician.get(assessment + "/letter").body()).contains("not a diagnosis");
  }

  @Test
  void recordedVisitsDrawAChartWithTheMcidLineAndUpdateTheListStatus() {
    String patient = newPatient("Outcome Patient");
    clinician.get(patient);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(
            clinician
                .post(
                    patient + "/outcomes",
                    Map.of(
                        "measuredOn",
                        today.minusDays(60).toString(),
                        "legPainNrs",
                        "8",
                        "odi",
                        "50"))
                .statusCode())
        .isEqualTo(302);
    clinician.get(patient);
    assertThat(
            clinician
                .post(
                    patient + "/outcomes",
                    Map.of("measuredOn", today.toString(), "legPainNrs", "3", "odi", "30"))
                .statusCode())
        .isEqualTo(302);

    Document page = Jsoup.parse(clinician.get(patient).body());
    Element chart = page.selectFirst("#chart-legPainNrs");
    assertThat(chart).isNotNull();
    assertThat(chart.select("polyline.line")).hasSize(1);
    assertThat(chart.select("circle.point")).hasSize(2);
    assertThat(chart.select("line.mcid")).hasSize(1);
    assertThat(chart.text()).contains("important improvement");
    assertThat(
            Jsoup.parse(clinician.get("/patients?q=Outcome").body())
                .select("table.patients .trend")
                .text())
        .isEqualTo("Improving");
  }

  @Test
  void aVisitOutsideTheScaleIsRefusedWithTheCaseFormatsMessageAndNothingIsSaved() {
    String patient = newPatient("Bad Visit Patient");
    clinician.get(patient);
    HttpResponse<String> r =
        clinician.post(
            patient + "/outcomes",
            Map.of(
                "measuredOn",
                LocalDate.now(ZoneOffset.UTC).toString(),
                "legPainNrs",
                "11",
                "odi",
                "abc"));
    assertThat(r.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("#outcome-problems").text())
        .contains("11 is outside 0–10")
        .contains("is not a number");
    assertThat(page.select("[name=legPainNrs]").val()).isEqualTo("11");
    assertThat(page.select(".chart")).isEmpty();
    HttpResponse<String> future =
        clinician.post(
            patient + "/outcomes",
            Map.of(
                "measuredOn",
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
                "legPainNrs",
                "5"));
    assertThat(future.body()).contains("is in the future");
  }
}
