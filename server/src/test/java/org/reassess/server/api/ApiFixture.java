package org.reassess.server.api;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reassess.server.testing.Cases;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/**
 * A real server with its first administrator signed in, who issues API tokens through the
 * administration pages exactly as a person would: clinic "Clinic A" from setup, more on demand.
 */
public final class ApiFixture implements AutoCloseable {

  public final TestServer server;
  public final WebClient admin;

  private ApiFixture(TestServer server, WebClient admin) {
    this.server = server;
    this.admin = admin;
  }

  public static ApiFixture start(TestDatabases.Kind kind) {
    TestServer server = TestServer.start(kind, false);
    try {
      WebClient admin =
          new WebClient(server.baseUrl())
              .setUpAdministrator(server.setupLink(), "Clinic A", "admin")
              .signIn("admin", TestServer.PASSWORD);
      return new ApiFixture(server, admin);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Creates a clinician in a new clinic named {@code clinic} (which creates the clinic). */
  public void addClinic(String clinic, String clinicianUsername) {
    addAccount(clinicianUsername, "clinician", "", clinic);
  }

  /** Creates an account in the existing clinic {@code clinic}. */
  public void addAccount(String username, String role, String clinic) {
    addAccount(username, role, clinicId(clinic), "");
  }

  private void addAccount(String username, String role, String clinicId, String newClinic) {
    admin.get("/admin/users");
    HttpResponse<String> r =
        admin.post(
            "/admin/users",
            Map.of(
                "username", username,
                "displayName", "Dr " + username,
                "password", TestServer.PASSWORD,
                "role", role,
                "clinicId", clinicId,
                "newClinic", newClinic));
    if (r.statusCode() != 302) {
      throw new IllegalStateException("account not created: " + r.statusCode() + r.body());
    }
  }

  /** The id of the clinic named {@code clinic}, as the forms offer it. */
  public String clinicId(String clinic) {
    Document page = Jsoup.parse(admin.get("/admin/tokens").body());
    for (Element option : page.select("select#clinicId option")) {
      if (option.text().equals(clinic)) {
        return option.attr("value");
      }
    }
    throw new IllegalStateException("no clinic " + clinic);
  }

  /**
   * Issues a token for {@code clinic} and returns its secret, read from the one page showing it.
   */
  public String issueToken(String name, String clinic) {
    String clinicId = clinicId(clinic);
    HttpResponse<String> r =
        admin.post("/admin/tokens", Map.of("name", name, "clinicId", clinicId));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("token not issued: " + r.statusCode());
    }
    return Jsoup.parse(r.body()).selectFirst("#secret").attr("value");
  }

  /** Revokes the token named {@code name} with its button on the tokens page. */
  public HttpResponse<String> revoke(String name) {
    Document page = Jsoup.parse(admin.get("/admin/tokens").body());
    for (Element row : page.select("#tokens tbody tr")) {
      if (row.child(0).text().equals(name)) {
        return admin.post(row.selectFirst("form").attr("action"), Map.of());
      }
    }
    throw new IllegalStateException("no live token " + name);
  }

  public ApiClient api(String token) {
    return new ApiClient(server.baseUrl(), token);
  }

  ApiClient anonymous() {
    return new ApiClient(server.baseUrl(), null);
  }

  /** One of the repository's example cases. */
  static byte[] exampleCase() {
    return Cases.example("demo-recurrent-l5s1");
  }

  /** The rows of a query on the server's database, as text, one list per row. */
  public List<List<String>> rows(String sql, Object... params) {
    TestDatabases.Target db = server.database();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
