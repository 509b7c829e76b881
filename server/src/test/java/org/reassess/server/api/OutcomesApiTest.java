package org.reassess.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/** The outcome routes of the REST API on a real server, on H2 and on PostgreSQL. */
class OutcomesApiTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void recordsVisitsAndReadsThemBackJudgedAgainstTheMcids(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");

      HttpResponse<String> first =
          api.postJson(
              outcomes(pid),
              "{\"measuredOn\": \"2025-01-10\", \"values\": {\"backPainNrs\": 7,"
                  + " \"legPainNrs\": 8, \"odi\": 40, \"phq9\": 12, \"gad7\": 9,"
                  + " \"eq5dIndex\": 0.62}}");
      assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
      assertThat(ApiClient.contentType(first)).startsWith("application/json");
      assertThat(first.headers().firstValue("Location")).hasValue(outcomes(pid));
      assertThat(ApiClient.json(first).get("measurements")).hasSize(6);
      assertThat(ApiClient.json(first).get("status").asText()).isEqualTo("no_data");

      HttpResponse<String> second =
          api.postJson(
              outcomes(pid),
              "{\"measuredOn\": \"2025-04-10\", \"values\": {\"backPainNrs\": 4,"
                  + " \"legPainNrs\": 5, \"odi\": 28, \"phq9\": 6, \"gad7\": 4,"
                  + " \"eq5dIndex\": 0.70}}");
      assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

      HttpResponse<String> read = api.get(outcomes(pid));
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(ApiClient.contentType(read)).startsWith("application/json");
      JsonNode body = ApiClient.json(read);
      assertThat(body.get("status").asText()).isEqualTo("improving");
      // the same judgement as the patient's, which the patient list shows
      assertThat(ApiClient.json(api.get("/api/patients/" + pid)).get("outcomeStatus").asText())
          .isEqualTo("improving");
      assertThat(body.get("primaryMeasures").toString())
          .isEqualTo("[\"backPainNrs\",\"legPainNrs\",\"odi\"]");
      assertThat(body.get("kbVersion").asText()).isNotBlank();

      JsonNode measurements = body.get("measurements");
      assertThat(measurements).hasSize(12);
      assertThat(measurements.get(0).get("measuredOn").asText()).isEqualTo("2025-04-10");
      assertThat(measurements.get(11).get("measuredOn").asText()).isEqualTo("2025-01-10");
      assertThat(measurements.findValuesAsText("measure"))
          .containsOnly("backPainNrs", "legPainNrs", "odi", "phq9", "gad7", "eq5dIndex");

      JsonNode back = measure(body, "backPainNrs");
      assertThat(back.get("primary").asBoolean()).isTrue();
      assertThat(back.get("change").asText()).isEqualTo("improved");
      assertThat(back.get("count").asInt()).isEqualTo(2);
      assertThat(back.get("baseline").asDouble()).isEqualTo(7);
      assertThat(back.get("latest").asDouble()).isEqualTo(4);
      assertThat(back.get("improvementAt").asDouble()).isEqualTo(5);
      // a worsening needs the absolute 2 points from any baseline (kb measures.yaml worsening)
      assertThat(back.get("worseningAt").asDouble()).isEqualTo(9.0);
      assertThat(back.at("/mcid/absolute").asDouble()).isEqualTo(2);
      assertThat(back.at("/mcid/percentOfBaseline").asDouble()).isEqualTo(30);
      assertThat(back.at("/mcid/evidence").asText()).isEqualTo("verified");
      assertThat(back.at("/mcid/citations/0/source").asText()).startsWith("R");
      assertThat(back.at("/mcid/citations/0/locator").asText()).startsWith("§6");
      // an exact MCID (0.62 → 0.70 on the EQ-5D, MCID 0.08) reaches it
      assertThat(measure(body, "eq5dIndex").get("change").asText()).isEqualTo("improved");

      // an unverified MCID says so; an absent one is null and the change is not judged
      JsonNode phq9 = measure(body, "phq9");
      assertThat(phq9.get("primary").asBoolean()).isFalse();
      assertThat(phq9.at("/mcid/evidence").asText()).isEqualTo("nv");
      assertThat(phq9.get("note").asText()).contains("not verified");
      assertThat(phq9.get("change").asText()).isEqualTo("improved");
      JsonNode gad7 = measure(body, "gad7");
      assertThat(gad7.get("mcid").isNull()).isTrue();
      assertThat(gad7.get("change").asText()).isEqualTo("no_mcid");
      assertThat(gad7.get("improvementAt").isNull()).isTrue();
      assertThat(gad7.get("note").asText()).contains("no minimal important change");
      // a measure never recorded is listed, with nothing to judge
      JsonNode tsk = measure(body, "tsk");
      assertThat(tsk.get("count").asInt()).isZero();
      assertThat(tsk.get("change").asText()).isEqualTo("not_enough_data");
      assertThat(tsk.get("baseline").isNull()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anInvalidVisitIsA422NamingEveryFieldAndSavesNothing(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");

      HttpResponse<String> r =
          api.postJson(
              outcomes(pid),
              "{\"measuredOn\": \"2025-02-30\", \"values\": {\"backPainNrs\": 12, \"legPainNrs\":"
                  + " 5.5, \"odi\": 40, \"gripStrength\": 3, \"gad7\": null}}");

      JsonNode problem = assertProblem(r, 422, "Nothing was saved");
      assertThat(problem.get("detail").asText())
          .contains("measuredOn", "backPainNrs", "legPainNrs", "gripStrength", "gad7")
          .doesNotContain("odi");
      // in the body's order: the date, the measures as the knowledge base lists them, unknown ones
      assertThat(errors(problem).keySet())
          .containsExactly(
              "/measuredOn",
              "/values/backPainNrs",
              "/values/legPainNrs",
              "/values/gad7",
              "/values/gripStrength");
      assertThat(errors(problem).get("/measuredOn")).contains("is not a date");
      assertThat(errors(problem).get("/values/backPainNrs")).contains("12 is outside 0–10");
      assertThat(errors(problem).get("/values/legPainNrs")).contains("whole number");
      assertThat(errors(problem).get("/values/gripStrength")).contains("not an outcome measure");
      assertThat(errors(problem).get("/values/gad7")).contains("not a number");
      // the valid odi was not saved either
      assertThat(ApiClient.json(api.get(outcomes(pid))).get("measurements")).isEmpty();
      assertThat(f.rows("SELECT COUNT(*) FROM outcome").get(0).get(0)).isEqualTo("0");

      String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
      assertThat(
              errors(
                  assertProblem(
                      api.postJson(
                          outcomes(pid),
                          "{\"measuredOn\": \"" + future + "\", \"values\": {\"odi\": 30}}"),
                      422,
                      "measuredOn is in the future")))
          .containsOnlyKeys("/measuredOn");
      assertThat(
              errors(
                  assertProblem(
                      api.postJson(
                          outcomes(pid), "{\"measuredOn\": \"2025-01-10\", \"values\": {}}"),
                      422,
                      "at least one measurement")))
          .containsOnlyKeys("/values");
      assertThat(
              errors(
                  assertProblem(
                      api.postJson(outcomes(pid), "{\"values\": {\"odi\": 30}}"),
                      422,
                      "measuredOn")))
          .containsOnlyKeys("/measuredOn");
      assertThat(
              errors(
                  assertProblem(
                      api.postJson(outcomes(pid), "{\"measuredOn\": \"2025-01-10\"}"),
                      422,
                      "at least one measurement")))
          .containsOnlyKeys("/values");
      assertThat(f.rows("SELECT COUNT(*) FROM outcome").get(0).get(0)).isEqualTo("0");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void refusesAVisitWithTheWebFormsOwnWords(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");
      f.addAccount("dra", "clinician", "Clinic A");
      WebClient clinician = new WebClient(f.server.baseUrl()).signIn("dra", TestServer.PASSWORD);
      clinician.get("/patients/" + pid);

      HttpResponse<String> page =
          clinician.post(
              "/patients/" + pid + "/outcomes",
              Map.of("measuredOn", "2025-01-10", "legPainNrs", "11", "odi", "40.5", "tsk", "3"));
      HttpResponse<String> api422 =
          api.postJson(
              outcomes(pid),
              "{\"measuredOn\": \"2025-01-10\", \"values\": {\"legPainNrs\": 11, \"odi\": 40.5,"
                  + " \"tsk\": 3}}");

      assertThat(page.statusCode()).isEqualTo(422);
      String webProblems = Jsoup.parse(page.body()).select("#outcome-problems").text();
      Map<String, String> apiProblems = errors(assertProblem(api422, 422, "legPainNrs"));
      assertThat(apiProblems).hasSize(3);
      // the page names each measure by its label ("Leg pain: 11 is outside 0–10"); the words after
      // it are the API's detail for that measure's pointer
      assertThat(apiProblems.values())
          .allSatisfy(detail -> assertThat(webProblems).contains(": " + detail));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void malformedVisitsAreProblemDocumentsThatSayWhatIsWrong(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");
      String path = outcomes(pid);

      assertProblem(api.postJson(path, "{\"measuredOn\": \"2025-01-10\", "), 400, "not valid JSON");
      assertProblem(api.postJson(path, "[]"), 400, "must be a JSON object");
      assertProblem(
          api.postJson(path, "{\"measuredOn\": \"2025-01-10\", \"values\": {}, \"by\": \"x\"}"),
          400,
          "Unknown field \"by\"");
      assertProblem(
          api.postJson(path, "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": \"lots\"}}"),
          400,
          "\"values/odi\" has the wrong type");
      assertProblem(
          api.postJson(path, "{\"measuredOn\": \"2025-01-10\", \"values\": [30]}"),
          400,
          "\"values\" has the wrong type");
      assertProblem(
          api.postJson(
              path, "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30, \"odi\": 40}}"),
          400,
          "a field appears twice");
      assertProblem(
          api.post(path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
          415,
          "application/json");
      byte[] large =
          ("{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30" + " ".repeat(20_000) + "}}")
              .getBytes(StandardCharsets.UTF_8);
      assertProblem(api.post(path, "application/json", large), 413, "16 KB");
      assertProblem(api.get("/api/patients/abc/outcomes"), 400, "pid");
      assertProblem(
          api.postJson("/api/patients/0/outcomes", "{}"),
          400,
          "pid must be a positive whole number");
      assertThat(f.rows("SELECT COUNT(*) FROM outcome").get(0).get(0)).isEqualTo("0");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void needsALiveTokenAndNoCsrfToken(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");
      String visit = "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30}}";

      assertProblem(f.anonymous().get(outcomes(pid)), 401, "Bearer");
      assertProblem(f.anonymous().postJson(outcomes(pid), visit), 401, "Bearer");
      assertProblem(f.api("rat_made-up").postJson(outcomes(pid), visit), 401, "unknown or revoked");
      // a bearer token is the whole authentication: no cookie, so no CSRF token either
      assertThat(api.postJson(outcomes(pid), visit).statusCode()).isEqualTo(201);

      assertThat(f.revoke("ehr").statusCode()).isEqualTo(302);
      HttpResponse<String> revoked = api.postJson(outcomes(pid), visit);
      assertProblem(revoked, 401, "revoked");
      assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertProblem(api.get(outcomes(pid)), 401, "revoked");
      assertThat(f.rows("SELECT COUNT(*) FROM outcome").get(0).get(0)).isEqualTo("1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anotherClinicsPatientIsNotFoundLikeAMissingOneAndTheAttemptIsAudited(
      TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      f.addClinic("Clinic B", "drb");
      ApiClient a = f.api(f.issueToken("a", "Clinic A"));
      ApiClient b = f.api(f.issueToken("b", "Clinic B"));
      long pid = createPatient(a, "Ada Example");
      String visit = "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30}}";
      assertThat(a.postJson(outcomes(pid), visit).statusCode()).isEqualTo(201);
      long missing = pid + 1000;

      List<Answers> answers =
          List.of(
              new Answers(b.get(outcomes(pid)), b.get(outcomes(missing))),
              new Answers(b.postJson(outcomes(pid), visit), b.postJson(outcomes(missing), visit)));
      for (Answers answer : answers) {
        JsonNode other = assertProblem(answer.otherClinics(), 404, "not in your clinic");
        JsonNode none = assertProblem(answer.missing(), 404, "not in your clinic");
        assertThat(answer.otherClinics().body()).doesNotContain("Ada");
        assertThat(other.get("title")).isEqualTo(none.get("title"));
        assertThat(other.get("detail").asText().replaceAll("\\d+", "N"))
            .isEqualTo(none.get("detail").asText().replaceAll("\\d+", "N"));
      }
      assertThat(ApiClient.json(a.get(outcomes(pid))).get("measurements")).hasSize(1);
      assertThat(
              f.rows(
                  "SELECT actor FROM audit_event WHERE action = 'access_denied' AND patient_id = ?",
                  pid))
          .hasSize(2)
          .allSatisfy(row -> assertThat(row.get(0)).startsWith("api-token:b"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void recordingAndReadingAreAudited(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example");
      long before = Long.parseLong(f.rows("SELECT MAX(id) FROM audit_event").get(0).get(0));

      api.postJson(
          outcomes(pid),
          "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30, \"backPainNrs\": 6}}");
      api.get(outcomes(pid));
      api.postJson(outcomes(pid), "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 300}}");

      List<List<String>> rows =
          f.rows(
              "SELECT action, subject, detail, actor, patient_id FROM audit_event WHERE id > ?"
                  + " ORDER BY id",
              before);
      assertThat(rows)
          .extracting(r -> r.get(0) + " " + r.get(1))
          .containsExactly(
              "create outcome measurements",
              "view outcomes of patient " + pid,
              "view outcomes of patient " + pid);
      assertThat(rows.get(0).get(2)).isEqualTo("2 measure(s) on 2025-01-10");
      assertThat(rows)
          .allSatisfy(r -> assertThat(r.get(3)).startsWith("api-token:ehr"))
          .allSatisfy(r -> assertThat(r.get(4)).isEqualTo(Long.toString(pid)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void openApiDescribesTheVisitBodyAndTheOutcomes(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      JsonNode doc = ApiClient.json(f.anonymous().get("/openapi.json"));
      JsonNode schemas = doc.at("/components/schemas");

      assertThat(schemas.at("/NewVisit/additionalProperties").asBoolean(true)).isFalse();
      assertThat(schemas.at("/NewVisit/required").toString())
          .isEqualTo("[\"measuredOn\",\"values\"]");
      assertThat(schemas.at("/NewVisit/properties/measuredOn/format").asText()).isEqualTo("date");
      assertThat(schemas.at("/NewVisit/properties/values/type").asText()).isEqualTo("object");
      assertThat(schemas.at("/NewVisit/properties/values/additionalProperties/type").asText())
          .isEqualTo("number");
      assertThat(schemas.at("/Outcomes/properties/measures/items/$ref").asText())
          .isEqualTo("#/components/schemas/OutcomeMeasure");
      assertThat(schemas.at("/OutcomeMeasure/properties/mcid/oneOf/0/$ref").asText())
          .isEqualTo("#/components/schemas/Mcid");
      JsonNode post = doc.at("/paths/~1api~1patients~1{pid}~1outcomes/post");
      // the measures a visit takes are the knowledge base's, listed where the body is described
      assertThat(post.at("/requestBody/description").asText())
          .contains("backPainNrs", "odi", "walkingToleranceMinutes", "At most 16 KB");
      assertThat(post.at("/responses/201/headers/Location").isMissingNode()).isFalse();
      assertThat(post.at("/responses/422").isMissingNode()).isFalse();
    }
  }

  private static String outcomes(long pid) {
    return "/api/patients/" + pid + "/outcomes";
  }

  private static long createPatient(ApiClient api, String name) {
    HttpResponse<String> r = api.postJson("/api/patients", "{\"displayName\": \"" + name + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return ApiClient.json(r).get("id").asLong();
  }

  private static JsonNode measure(JsonNode outcomes, String id) {
    for (JsonNode m : outcomes.get("measures")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + id + " in " + outcomes);
  }

  /** A problem's errors, pointer → detail. */
  private static Map<String, String> errors(JsonNode problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (JsonNode e : problem.path("errors")) {
      assertThat(errors.put(e.get("pointer").asText(), e.get("detail").asText())).isNull();
    }
    return errors;
  }

  /** The answers for another clinic's patient and for no patient at all, to the same request. */
  private record Answers(HttpResponse<String> otherClinics, HttpResponse<String> missing) {}

  private static JsonNode assertProblem(HttpResponse<String> r, int status, String detailPart) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(ApiClient.contentType(r)).startsWith("application/problem+json");
    JsonNode p = ApiClient.json(r);
    assertThat(p.get("type").asText()).isEqualTo("about:blank");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("detail").asText()).contains(detailPart);
    assertThat(p.get("instance").asText()).startsWith("/api/");
    return p;
  }
}
