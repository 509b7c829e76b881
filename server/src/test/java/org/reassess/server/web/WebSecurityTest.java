package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reassess.server.testing.TestDatabases.Kind;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/**
 * The web application's guards on a real server: no default password, one-time setup, session
 * cookie flags, CSRF on every change, sign-in throttling, security headers, inert user text.
 */
class WebSecurityTest {

  private static TestServer server;
  private static WebClient admin;

  @BeforeAll
  static void start() {
    server = TestServer.start(Kind.H2, true);
    admin =
        new WebClient(server.baseUrl())
            .setUpAdministrator(server.setupLink(), "North clinic", "admin")
            .signIn("admin", TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void thereIsNoDefaultPasswordAndTheSetupLinkWorksOnce() {
    assertThat(server.console()).contains("one-time link").contains("/setup?token=");
    WebClient stranger = new WebClient(server.baseUrl());
    stranger.get("/login");
    for (String[] guess : new String[][] {{"admin", "admin"}, {"admin", "password"}}) {
      assertThat(
              stranger
                  .post("/login", Map.of("username", guess[0], "password", guess[1]))
                  .statusCode())
          .isEqualTo(401);
    }
    String path = server.setupLink().substring(server.setupLink().indexOf("/setup"));
    HttpResponse<String> again = stranger.get(path);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.body()).contains("This setup link is not valid");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
    WebClient c = new WebClient(server.baseUrl());
    c.get("/login");
    HttpResponse<String> r =
        c.post("/login", Map.of("username", "admin", "password", TestServer.PASSWORD));
    List<String> cookies = r.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("reassess_session=")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict"));
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
    admin.get("/patients/new");
    HttpResponse<String> r =
        admin.postRaw("/patients", Map.of("displayName", "Forged Patient", "mrn", ""));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("The form has expired");
    HttpResponse<String> wrong =
        admin.postRaw(
            "/patients", Map.of("_csrf", "not-the-token", "displayName", "Forged Patient"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(admin.get("/patients?q=Forged").body()).contains("No patient matches");
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndNoCaching() {
    HttpResponse<String> r = admin.get("/patients");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(r.headers().firstValue("Server-Timing"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("app;dur="));
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[style]")).isEmpty();
    assertThat(
            page.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on")))
        .isEmpty();
  }

  @Test
  void scriptTypedIntoANameIsShownAsText() {
    String name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    admin.get("/patients/new");
    HttpResponse<String> created = admin.post("/patients", Map.of("displayName", name, "mrn", ""));
    assertThat(created.statusCode()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> page = admin.get(location);
    assertThat(page.body())
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo(name);
  }

  @Test
  void withoutASessionPagesRedirectToSignInAndOnlyToLocalPathsAfterwards() {
    WebClient stranger = new WebClient(server.baseUrl());
    HttpResponse<String> r = stranger.get("/patients/1");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains("/login?next=%2Fpatients%2F1");
    assertThat(AuthPages.safeNext("https://evil.example/")).isEqualTo("/patients");
    assertThat(AuthPages.safeNext("//evil.example/")).isEqualTo("/patients");
    assertThat(AuthPages.safeNext("/patients/3")).isEqualTo("/patients/3");
  }

  @Test
  void repeatedWrongPasswordsAreThrottled() {
    WebClient c = new WebClient(server.baseUrl());
    c.get("/login");
    int last = 0;
    for (int i = 0; i < 6; i++) {
      last =
          c.post("/login", Map.of("username", "throttled-user", "password", "wrong" + i))
              .statusCode();
    }
    assertThat(last).isEqualTo(429);
    HttpResponse<String> blocked =
        c.post("/login", Map.of("username", "throttled-user", "password", "wrong"));
    assertThat(blocked.body()).contains("Too many failed attempts");
  }

  @Test
  void anOversizedUploadIsRefusedWithAClearMessage() {
    HttpResponse<String> list = admin.get("/patients?q=DEMO-001");
    String patient = Jsoup.parse(list.body()).select("table.patients a").attr("href");
    admin.get(patient);
    byte[] big = new byte[7 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> r = admin.upload(patient + "/case/import", "caseFile", "big.json", big);
    assertThat(r.statusCode()).isIn(400, 413);
    assertThat(r.body()).containsIgnoringCase("larger than");
  }
}
