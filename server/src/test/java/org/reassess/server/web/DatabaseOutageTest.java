package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.reassess.server.testing.Cases;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/**
 * A database outage and a restart: the user gets an error page (never a stack trace), what was
 * saved before is still there afterwards, and what was submitted during the outage is reported as
 * not saved. Runs on its own PostgreSQL server, which it stops and starts again on the same data.
 */
class DatabaseOutageTest {

  @Test
  void anOutageGivesAnErrorPageAndLosesNothingAlreadySaved() throws Exception {
    Path data = Files.createTempDirectory("reassess-outage-pg-");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedPostgres pg = postgres(data, port);
    TestDatabases.Target target =
        new TestDatabases.Target(
            TestDatabases.Kind.POSTGRESQL,
            pg.getJdbcUrl("postgres", "postgres"),
            "postgres",
            "postgres");
    try (TestServer server = TestServer.start(target, false)) {
      WebClient c =
          new WebClient(server.baseUrl())
              .setUpAdministrator(server.setupLink(), "North clinic", "admin")
              .signIn("admin", TestServer.PASSWORD);
      c.get("/patients/new");
      String patient =
          c.post("/patients", Map.of("displayName", "Kept Patient", "mrn", ""))
              .headers()
              .firstValue("Location")
              .orElseThrow();
      c.get(patient);
      assertThat(
              c.upload(
                      patient + "/case/import",
                      "caseFile",
                      "c.json",
                      Cases.example("recurrent-disc-herniation"))
                  .statusCode())
          .isEqualTo(302);

      pg.close();
      HttpResponse<String> during = c.get("/patients");
      assertThat(during.statusCode()).isEqualTo(503);
      assertThat(during.body())
          .contains("The database is not reachable")
          .contains("Nothing you just submitted was saved")
          .doesNotContain("Exception")
          .doesNotContain("at org.");
      HttpResponse<String> write =
          c.postRaw("/patients", Map.of("_csrf", c.csrf(), "displayName", "Lost Patient"));
      assertThat(write.statusCode()).isIn(503);

      pg = postgres(data, port);
      // the pool reconnects on its own; a request may still meet a connection that died with the
      // old server (503, nothing saved), as a user would, who tries again
      HttpResponse<String> after = c.get("/patients");
      for (int attempt = 0; attempt < 10 && after.statusCode() == 503; attempt++) {
        after = c.get("/patients");
      }
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(after.body()).select("table.patients").text())
          .contains("Kept Patient")
          .doesNotContain("Lost Patient");
      assertThat(c.get(patient).body()).contains("Assessment");
    } finally {
      pg.close();
    }
  }

  private static EmbeddedPostgres postgres(Path data, int port) throws java.io.IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}
