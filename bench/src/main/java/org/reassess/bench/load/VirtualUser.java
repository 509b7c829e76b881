package org.reassess.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated clinician: signs in with a session of their own (own cookies, own connection), then
 * until the end of the run opens a page of the patient list (a random page, or a search by name),
 * the assessment page of a random patient, and the baseline route. Keeps the requests that start
 * inside the measured window. Not thread-safe: one thread per user.
 */
final class VirtualUser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
  private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
  // name fragments of the seeded patients (SeedPatient): a search matches a few hundred of them
  private static final String[] SEARCHES = {"ada", "berg", "costa", "maya", "schmidt", "xu", "ol"};

  private final String base;
  private final String username;
  private final String password;
  private final List<Target> targets;
  private final Duration think;
  private final Random random;
  private final HttpClient http;
  private final List<Sample> samples = new ArrayList<>();
  private int failuresOutsideWindow;

  VirtualUser(
      String base,
      String username,
      String password,
      List<Target> targets,
      Duration think,
      long seed) {
    this.base = base;
    this.username = username;
    this.password = password;
    this.targets = targets;
    this.think = think;
    this.random = new Random(seed);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in; throws when the server does not accept the account. */
  void signIn() throws IOException, InterruptedException {
    HttpResponse<String> form = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(form.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on /login (status " + form.statusCode() + ")");
    }
    String body =
        "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed with status " + r.statusCode());
    }
  }

  /** Loops over the three requests until the window closes; returns the measured ones. */
  List<Sample> run(Window window) {
    while (!window.over() && !Thread.currentThread().isInterrupted()) {
      request(window, PageKind.PATIENT_LIST, listPath());
      request(
          window,
          PageKind.ASSESSMENT,
          targets.get(random.nextInt(targets.size())).assessmentPath());
      request(window, PageKind.HEALTH, "/health");
    }
    return samples;
  }

  private String listPath() {
    if (random.nextInt(4) == 0) {
      return "/patients?q=" + SEARCHES[random.nextInt(SEARCHES.length)];
    }
    int pages = Math.max(1, (targets.size() + 49) / 50);
    return "/patients?page=" + (1 + random.nextInt(pages));
  }

  private void request(Window window, PageKind kind, String path) {
    if (window.over()) {
      return;
    }
    long start = System.nanoTime();
    boolean measured = window.measuring(start);
    Sample sample;
    try {
      HttpResponse<String> r =
          http.send(get(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      double client = (System.nanoTime() - start) / 1e6;
      Optional<Double> server = serverMillis(r);
      sample =
          new Sample(
              kind, client, server.orElse(Double.NaN), r.statusCode() == 200 && server.isPresent());
    } catch (IOException e) {
      sample = new Sample(kind, (System.nanoTime() - start) / 1e6, Double.NaN, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (measured) {
      samples.add(sample);
    } else if (!sample.ok()) {
      failuresOutsideWindow++;
    }
    pause();
  }

  private void pause() {
    if (think.isZero()) {
      return;
    }
    try {
      Thread.sleep(think.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Double> serverMillis(HttpResponse<String> r) {
    return r.headers()
        .firstValue("Server-Timing")
        .map(SERVER_TIMING::matcher)
        .filter(Matcher::find)
        .map(m -> Double.parseDouble(m.group(1)));
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  int failuresOutsideWindow() {
    return failuresOutsideWindow;
  }
}
