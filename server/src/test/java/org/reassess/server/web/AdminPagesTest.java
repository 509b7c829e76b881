package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reassess.server.api.ApiClient;
import org.reassess.server.api.ApiFixture;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/** The administration pages on a real server: who may use them, and what they do. */
class AdminPagesTest {

  private static final List<String> ADMIN_PAGES =
      List.of("/admin/users", "/admin/tokens", "/admin/audit", "/admin/audit.csv");

  @Test
  void aClinicianIsRefusedEveryAdministrationPageAndAction() {
    try (ApiFixture f = ApiFixture.start(TestDatabases.Kind.H2)) {
      f.addAccount("drc", "clinician", "Clinic A");
      WebClient clinician = new WebClient(f.server.baseUrl()).signIn("drc", TestServer.PASSWORD);
      for (String page : ADMIN_PAGES) {
        HttpResponse<String> r = clinician.get(page);
        assertThat(r.statusCode()).as(page).isEqualTo(403);
        assertThat(r.body()).as(page).contains("Only an administrator");
      }
      clinician.get("/patients");
      String clinic = f.clinicId("Clinic A");
      assertThat(
              clinician.post("/admin/tokens", Map.of("name", "x", "clinicId", clinic)).statusCode())
          .isEqualTo(403);
      assertThat(
              clinician
                  .post(
                      "/admin/users",
                      Map.of(
                          "username",
                          "mallory",
                          "displayName",
                          "M",
                          "password",
                          TestServer.PASSWORD,
                          "role",
                          "admin",
                          "clinicId",
                          clinic,
                          "newClinic",
                          ""))
                  .statusCode())
          .isEqualTo(403);
      assertThat(f.rows("SELECT COUNT(*) FROM api_token").get(0).get(0)).isEqualTo("0");
      assertThat(f.rows("SELECT COUNT(*) FROM account WHERE username = 'mallory'").get(0).get(0))
          .isEqualTo("0");
      // the navigation does not offer what would be refused
      assertThat(Jsoup.parse(clinician.get("/patients").body()).select("a[href^=/admin]"))
          .isEmpty();

      WebClient anonymous = new WebClient(f.server.baseUrl());
      HttpResponse<String> r = anonymous.get("/admin/users");
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/login");
    }
  }

  @Test
  void aTokenSecretIsShownOnceAndNeverAgain() {
    try (ApiFixture f = ApiFixture.start(TestDatabases.Kind.H2)) {
      f.admin.get("/admin/tokens");
      HttpResponse<String> issued =
          f.admin.post(
              "/admin/tokens", Map.of("name", "ehr-sync", "clinicId", f.clinicId("Clinic A")));
      Document page = Jsoup.parse(issued.body());
      String secret = page.selectFirst("#secret").attr("value");
      assertThat(secret).startsWith("rat_").hasSizeGreaterThan(40);
      assertThat(page.select("[role=alert]").text()).contains("shown only this once");

      assertThat(f.api(secret).get("/api/patients").statusCode()).isEqualTo(200);
      HttpResponse<String> list = f.admin.get("/admin/tokens");
      assertThat(list.body()).doesNotContain(secret).contains("ehr-sync");
      assertThat(Jsoup.parse(list.body()).select("#tokens tbody tr").get(0).text())
          .doesNotContain("never");
      assertThat(f.admin.get("/admin/audit.csv").body()).doesNotContain(secret);
      assertThat(f.rows("SELECT token_hash FROM api_token").get(0).get(0)).isNotEqualTo(secret);
      assertThat(f.rows("SELECT COUNT(*) FROM audit_event WHERE action = 'token_issued'"))
          .containsExactly(List.of("1"));
      // revoking asks first (app.js), then is recorded
      assertThat(Jsoup.parse(list.body()).select("#tokens button[data-confirm]")).hasSize(1);
      assertThat(f.revoke("ehr-sync").statusCode()).isEqualTo(302);
      assertThat(f.rows("SELECT COUNT(*) FROM audit_event WHERE action = 'token_revoked'"))
          .containsExactly(List.of("1"));
    }
  }

  @Test
  void anAdministratorCannotDeactivateThemselvesButCanDeactivateOthers() {
    try (ApiFixture f = ApiFixture.start(TestDatabases.Kind.H2)) {
      f.addAccount("drc", "clinician", "Clinic A");
      String me = f.rows("SELECT id FROM account WHERE username = 'admin'").get(0).get(0);
      String drc = f.rows("SELECT id FROM account WHERE username = 'drc'").get(0).get(0);
      f.admin.get("/admin/users");

      HttpResponse<String> self =
          f.admin.post("/admin/users/" + me + "/active", Map.of("active", "false"));
      assertThat(self.statusCode()).isEqualTo(400);
      assertThat(self.body()).contains("cannot deactivate your own account");
      assertThat(f.admin.get("/admin/users").statusCode()).isEqualTo(200);

      assertThat(
              f.admin
                  .post("/admin/users/" + drc + "/active", Map.of("active", "false"))
                  .statusCode())
          .isEqualTo(302);
      WebClient clinician = new WebClient(f.server.baseUrl());
      clinician.get("/login");
      assertThat(
              clinician
                  .post("/login", Map.of("username", "drc", "password", TestServer.PASSWORD))
                  .statusCode())
          .isEqualTo(401);

      f.admin.get("/admin/users");
      assertThat(
              f.admin
                  .post("/admin/users/" + drc + "/active", Map.of("active", "true"))
                  .statusCode())
          .isEqualTo(302);
      clinician.signIn("drc", TestServer.PASSWORD);
      assertThat(
              f.rows(
                  "SELECT detail FROM audit_event WHERE action = 'account_changed'"
                      + " ORDER BY id"))
          .containsExactly(List.of("deactivated"), List.of("reactivated"));
    }
  }

  @Test
  void anAccountCanBeCreatedInANewClinicAndTheFormSaysWhatIsWrong() {
    try (ApiFixture f = ApiFixture.start(TestDatabases.Kind.H2)) {
      f.admin.get("/admin/users");
      HttpResponse<String> shortPassword =
          f.admin.post(
              "/admin/users",
              Map.of(
                  "username",
                  "x",
                  "displayName",
                  "X",
                  "password",
                  "short",
                  "role",
                  "clinician",
                  "clinicId",
                  "",
                  "newClinic",
                  "Clinic C"));
      assertThat(shortPassword.statusCode()).isEqualTo(400);
      assertThat(Jsoup.parse(shortPassword.body()).select("[role=alert]").text())
          .contains("at least 12 characters");
      assertThat(Jsoup.parse(shortPassword.body()).selectFirst("#newClinic").attr("value"))
          .isEqualTo("Clinic C");

      f.addClinic("Clinic C", "drx");
      Document users = Jsoup.parse(f.admin.get("/admin/users").body());
      assertThat(users.select("#accounts tbody tr").eachText())
          .anySatisfy(row -> assertThat(row).contains("drx", "Clinic C", "Clinician"));
      assertThat(
              f.rows(
                  "SELECT subject, detail FROM audit_event WHERE action =" + " 'account_created'"))
          .hasSize(1);
    }
  }

  @Test
  void theAuditLogShowsEveryClinicPageByPageAndItsCsvIsSafeAndAudited() {
    try (ApiFixture f = ApiFixture.start(TestDatabases.Kind.H2)) {
      f.addClinic("Clinic B", "@evil");
      new WebClient(f.server.baseUrl()).signIn("@evil", TestServer.PASSWORD);
      var api = f.api(f.issueToken("b", "Clinic B"));
      long pid =
          ApiClient.json(api.postJson("/api/patients", "{\"displayName\": \"Bea\"}"))
              .get("id")
              .asLong();
      for (int i = 0; i < 110; i++) {
        api.get("/api/patients/" + pid);
      }

      Document first = Jsoup.parse(f.admin.get("/admin/audit").body());
      assertThat(first.select("main p").first().text()).contains("every clinic");
      assertThat(first.select("#audit tbody tr")).hasSize(AdminPages.AUDIT_PAGE_SIZE);
      assertThat(first.select("#audit tbody tr").eachText())
          .anySatisfy(row -> assertThat(row).contains("Clinic B"));
      String older = first.selectFirst("a[rel=next]").attr("href");
      Document second = Jsoup.parse(f.admin.get(older).body());
      assertThat(second.select("#audit tbody tr")).isNotEmpty();
      long lastOfFirst = Long.parseLong(first.select("#audit tbody tr").last().child(0).text());
      long firstOfSecond = Long.parseLong(second.select("#audit tbody tr").first().child(0).text());
      assertThat(firstOfSecond).isLessThan(lastOfFirst);

      Document onePatient = Jsoup.parse(f.admin.get("/admin/audit?patient=" + pid).body());
      assertThat(onePatient.select("#audit tbody tr").eachText())
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).contains("patient " + pid));

      HttpResponse<String> csv = f.admin.get("/admin/audit.csv");
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.body()).startsWith(AuditCsv.HEADER);
      assertThat(csv.body()).contains(",'@evil,").doesNotContain(",@evil,");
      // the export lists itself: it was recorded before it was written
      assertThat(csv.body().lines().skip(1).findFirst().orElse(""))
          .contains(",export,audit log,CSV");
      assertThat(csv.body().lines().count()).isGreaterThan(120);
    }
  }
}
