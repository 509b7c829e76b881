package org.reassess.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen, for HTTP-level tests of the pages: keeps cookies, does not follow
 * redirects (tests check them), and reads the CSRF token from the last page it fetched, as a form
 * would carry it.
 */
public final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private final String base;
  private final HttpClient http;
  private String csrf = "";

  public WebClient(String baseUrl) {
    this.base = baseUrl;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** GETs {@code path}; remembers the page's CSRF token. */
  public HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  /** POSTs a form with the remembered CSRF token added. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", csrf);
    return postRaw(path, all);
  }

  /** POSTs a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Uploads one file as multipart form data, with the CSRF token. */
  public HttpResponse<String> upload(String path, String field, String filename, byte[] content) {
    String boundary = "----reassess" + System.nanoTime();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + csrf
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/json\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[h.length + content.length + t.length];
    System.arraycopy(h, 0, body, 0, h.length);
    System.arraycopy(content, 0, body, h.length, content.length);
    System.arraycopy(t, 0, body, h.length + content.length, t.length);
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** GETs raw bytes (PDF downloads). */
  public HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Completes first-run setup through the printed link; returns this client, signed out. */
  public WebClient setUpAdministrator(String setupLink, String clinic, String username) {
    String path = setupLink.substring(setupLink.indexOf("/setup"));
    get(path);
    String token = path.substring(path.indexOf("token=") + 6);
    HttpResponse<String> r =
        post(
            "/setup",
            Map.of(
                "token",
                token,
                "clinicName",
                clinic,
                "displayName",
                "Admin " + username,
                "username",
                username,
                "password",
                TestServer.PASSWORD,
                "confirm",
                TestServer.PASSWORD));
    if (r.statusCode() != 302) {
      throw new IllegalStateException("setup failed: " + r.statusCode() + "\n" + r.body());
    }
    return this;
  }

  /** Signs in; fails the test when the server does not redirect onwards. */
  public WebClient signIn(String username, String password) {
    get("/login");
    HttpResponse<String> r = post("/login", Map.of("username", username, "password", password));
    if (r.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode());
    }
    return this;
  }

  public String csrf() {
    return csrf;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
