package org.reassess.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/** The REST API on a real server, on H2 and on PostgreSQL. */
class ApiTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTokenWorksUntilItIsRevoked(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr-sync", "Clinic A"));
      assertThat(lastUsed(f, "ehr-sync")).isEqualTo("never");
      assertThat(api.get("/api/patients").statusCode()).isEqualTo(200);
      assertThat(api.get("/api/patients").statusCode()).isEqualTo(200);
      assertThat(lastUsed(f, "ehr-sync")).as("the tokens page says when").isNotEqualTo("never");

      assertThat(f.revoke("ehr-sync").statusCode()).isEqualTo(302);

      HttpResponse<String> refused = api.get("/api/patients");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(ApiClient.contentType(refused)).startsWith("application/problem+json");
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(ApiClient.json(refused).get("detail").asText()).contains("revoked");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTokenStopsWhileTheAdministratorWhoIssuedItIsDeactivated(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr-sync", "Clinic A"));
      f.addAccount("second", "admin", "Clinic A");
      WebClient second = new WebClient(f.server.baseUrl()).signIn("second", TestServer.PASSWORD);

      assertThat(setActive(second, "admin", false).statusCode()).isEqualTo(302);
      HttpResponse<String> refused = api.get("/api/patients");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(ApiClient.json(refused).get("detail").asText()).contains("deactivated");
      assertThat(Jsoup.parse(second.get("/admin/tokens").body()).select("#tokens tbody tr").text())
          .contains("ehr-sync")
          .contains("Not working: issued by admin, now deactivated");

      assertThat(setActive(second, "admin", true).statusCode()).isEqualTo(302);
      assertThat(api.get("/api/patients").statusCode()).isEqualTo(200);
    }
  }

  /** The "Last used" cell of the token named {@code name} on the tokens page. */
  private static String lastUsed(ApiFixture f, String name) {
    for (Element row :
        Jsoup.parse(f.admin.get("/admin/tokens").body()).select("#tokens tbody tr")) {
      if (row.child(0).text().equals(name)) {
        return row.child(3).text();
      }
    }
    throw new IllegalStateException("no token " + name);
  }

  /** (De)activates {@code username} with the button on the accounts page, as an admin would. */
  private static HttpResponse<String> setActive(WebClient admin, String username, boolean active) {
    Document page = Jsoup.parse(admin.get("/admin/users").body());
    for (Element row : page.select("tbody tr")) {
      if (row.child(0).text().equals(username)) {
        Element form = row.selectFirst("form[action$=/active]");
        assertThat(form.selectFirst("input[name=active]").attr("value"))
            .isEqualTo(String.valueOf(active));
        return admin.post(form.attr("action"), Map.of("active", String.valueOf(active)));
      }
    }
    throw new IllegalStateException("no account " + username);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTokenOfAnotherClinicCannotReadThePatient(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      f.addClinic("Clinic B", "drb");
      ApiClient a = f.api(f.issueToken("a", "Clinic A"));
      ApiClient b = f.api(f.issueToken("b", "Clinic B"));
      long pid = createPatient(a, "Ada Example", "A-1");
      assertThat(
              a.postJson(
                      "/api/patients/" + pid + "/cases",
                      new String(ApiFixture.exampleCase(), StandardCharsets.UTF_8))
                  .statusCode())
          .isEqualTo(201);

      for (String path :
          List.of(
              "/api/patients/" + pid,
              "/api/patients/" + pid + "/cases",
              "/api/patients/" + pid + "/cases/1",
              "/api/patients/" + pid + "/assessments")) {
        HttpResponse<String> r = b.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(404);
        assertThat(ApiClient.contentType(r)).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Ada");
      }
      assertThat(
              b.postJson(
                      "/api/patients/" + pid + "/cases",
                      new String(ApiFixture.exampleCase(), StandardCharsets.UTF_8))
                  .statusCode())
          .isEqualTo(404);
      assertThat(ApiClient.json(b.get("/api/patients")).get("total").asLong()).isZero();
      // the attempt is in the audit log, with the token that made it
      assertThat(
              f.rows(
                  "SELECT actor FROM audit_event WHERE action = 'access_denied' AND"
                      + " patient_id = ?",
                  pid))
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row.get(0)).startsWith("api-token:b"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void savesAndEvaluatesACaseAndGivesBackWhatWasStored(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example", null);

      HttpResponse<String> saved =
          api.post(
              "/api/patients/" + pid + "/cases",
              "application/json; charset=utf-8",
              ApiFixture.exampleCase());
      assertThat(saved.statusCode()).isEqualTo(201);
      assertThat(saved.headers().firstValue("Location"))
          .hasValue("/api/patients/" + pid + "/cases/1");
      JsonNode body = ApiClient.json(saved);
      assertThat(body.get("revision").asInt()).isEqualTo(1);
      long aid = body.get("assessmentId").asLong();
      assertThat(body.get("assessmentUrl").asText())
          .isEqualTo("/api/patients/" + pid + "/assessments/" + aid);

      HttpResponse<String> revisions = api.get("/api/patients/" + pid + "/cases");
      assertThat(ApiClient.json(revisions).get("items")).hasSize(1);
      assertThat(ApiClient.json(revisions).get("items").get(0).get("origin").asText())
          .isEqualTo("api");

      HttpResponse<String> caseJson = api.get("/api/patients/" + pid + "/cases/1");
      assertThat(caseJson.statusCode()).isEqualTo(200);
      assertThat(ApiClient.contentType(caseJson)).startsWith("application/json");
      assertThat(ApiClient.json(caseJson).get("format").asText()).isEqualTo("reassess-case/1");

      JsonNode assessments = ApiClient.json(api.get("/api/patients/" + pid + "/assessments"));
      assertThat(assessments.get("items")).hasSize(1);
      assertThat(assessments.get("items").get(0).get("id").asLong()).isEqualTo(aid);

      HttpResponse<String> assessment = api.get("/api/patients/" + pid + "/assessments/" + aid);
      assertThat(assessment.statusCode()).isEqualTo(200);
      assertThat(ApiClient.contentType(assessment)).startsWith("application/json");
      String stored =
          f.rows("SELECT assessment_json FROM assessment WHERE id = ?", aid).get(0).get(0);
      assertThat(assessment.body()).isEqualTo(stored);

      JsonNode patient = ApiClient.json(api.get("/api/patients/" + pid));
      assertThat(patient.get("latestAssessmentId").asLong()).isEqualTo(aid);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anInvalidCaseIsA422WithEveryProblemAndSavesNothing(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada Example", null);

      HttpResponse<String> r =
          api.postJson(
              "/api/patients/" + pid + "/cases",
              "{\"format\": \"reassess-case/1\", \"assessmentDate\": \"not a date\", \"bogus\": 1}");

      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(ApiClient.contentType(r)).startsWith("application/problem+json");
      JsonNode problem = ApiClient.json(r);
      assertThat(problem.get("status").asInt()).isEqualTo(422);
      assertThat(problem.get("errors")).isNotEmpty();
      for (JsonNode e : problem.get("errors")) {
        assertThat(e.has("pointer")).isTrue();
        assertThat(e.get("detail").asText()).isNotBlank();
      }
      assertThat(problem.get("errors").findValuesAsText("pointer"))
          .contains("/assessmentDate", "/bogus");
      assertThat(ApiClient.json(api.get("/api/patients/" + pid + "/cases")).get("items")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void malformedRequestsAreProblemDocumentsThatSayWhatIsWrong(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));

      assertProblem(api.postJson("/api/patients", "{\"displayName\": "), 400, "not valid JSON");
      assertProblem(
          api.postJson("/api/patients", "{\"displayName\": \"A\", \"age\": 4}"),
          400,
          "Unknown field \"age\"");
      assertProblem(
          api.postJson("/api/patients", "{\"displayName\": [1]}"),
          400,
          "\"displayName\" has the wrong type");
      assertProblem(
          api.postJson("/api/patients", "{\"mrn\": \"1\"}"), 400, "\"displayName\" is required");
      assertProblem(api.postJson("/api/patients", "[]"), 400, "must be a JSON object");
      assertProblem(
          api.post("/api/patients", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
          415,
          "application/json");
      assertProblem(
          api.post("/api/patients", null, "{}".getBytes(StandardCharsets.UTF_8)),
          415,
          "application/json");
      byte[] large =
          ("{\"displayName\": \"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
      assertProblem(api.post("/api/patients", "application/json", large), 413, "16 KB");
      assertProblem(api.get("/api/patients/abc"), 400, "pid must be a positive whole number");
      assertProblem(api.get("/api/patients/1/assessments/x"), 400, "aid");
      assertProblem(api.get("/api/patients?page=0"), 400, "page");
      assertProblem(api.get("/api/patients?pageSize=201"), 400, "pageSize");
      assertProblem(api.get("/api/patients?filter=everyone"), 400, "red_flag");
      assertProblem(api.get("/api/patients/999"), 404, "not in your clinic");
      assertProblem(api.get("/api/nothing-here"), 404, "/openapi.json lists them");
      assertProblem(f.anonymous().get("/api/patients"), 401, "Bearer");
      assertProblem(f.api("rat_made-up").get("/api/patients"), 401, "unknown or revoked");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void listsPatientsAPageAtATime(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      createPatient(api, "Carla", "C-3");
      createPatient(api, "Ada", "A-1");
      createPatient(api, "Bea", "B-2");

      JsonNode first = ApiClient.json(api.get("/api/patients?pageSize=2"));
      assertThat(first.get("items").findValuesAsText("displayName")).containsExactly("Ada", "Bea");
      assertThat(first.get("page").asInt()).isEqualTo(1);
      assertThat(first.get("pageSize").asInt()).isEqualTo(2);
      assertThat(first.get("total").asLong()).isEqualTo(3);
      assertThat(first.get("pages").asInt()).isEqualTo(2);
      JsonNode second = ApiClient.json(api.get("/api/patients?pageSize=2&page=2"));
      assertThat(second.get("items").findValuesAsText("displayName")).containsExactly("Carla");
      JsonNode search = ApiClient.json(api.get("/api/patients?q=b-2"));
      assertThat(search.get("items").findValuesAsText("displayName")).containsExactly("Bea");
      assertThat(ApiClient.json(api.get("/api/patients?filter=red_flag")).get("total").asLong())
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void everyApiReadIsAudited(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      ApiClient api = f.api(f.issueToken("ehr", "Clinic A"));
      long pid = createPatient(api, "Ada", null);
      long aid =
          ApiClient.json(
                  api.post(
                      "/api/patients/" + pid + "/cases",
                      "application/json",
                      ApiFixture.exampleCase()))
              .get("assessmentId")
              .asLong();
      long before = Long.parseLong(f.rows("SELECT MAX(id) FROM audit_event").get(0).get(0));

      api.get("/api/patients");
      api.get("/api/patients/" + pid);
      api.get("/api/patients/" + pid + "/cases");
      api.get("/api/patients/" + pid + "/cases/1");
      api.get("/api/patients/" + pid + "/assessments");
      api.get("/api/patients/" + pid + "/assessments/" + aid);

      List<List<String>> rows =
          f.rows(
              "SELECT action, subject, actor FROM audit_event WHERE id > ?" + " ORDER BY id",
              before);
      assertThat(rows)
          .extracting(r -> r.get(0) + " " + r.get(1))
          .containsExactly(
              "view patient list",
              "view patient " + pid,
              "view case revisions of patient " + pid,
              "export case revision "
                  + f.rows("SELECT id FROM case_revision WHERE patient_id = ?", pid).get(0).get(0),
              "view assessments of patient " + pid,
              "view assessment " + aid);
      assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).startsWith("api-token:ehr"));
    }
  }

  private static long createPatient(ApiClient api, String name, String mrn) {
    String json =
        mrn == null
            ? "{\"displayName\": \"" + name + "\"}"
            : "{\"displayName\": \"" + name + "\", \"mrn\": \"" + mrn + "\"}";
    HttpResponse<String> r = api.postJson("/api/patients", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    long id = ApiClient.json(r).get("id").asLong();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/patients/" + id);
    return id;
  }

  private static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(ApiClient.contentType(r)).startsWith("application/problem+json");
    JsonNode p = ApiClient.json(r);
    assertThat(p.get("type").asText()).isEqualTo("about:blank");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("detail").asText()).contains(detailPart);
    assertThat(p.get("instance").asText()).startsWith("/api/");
  }
}
