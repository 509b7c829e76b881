package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;
import org.reassess.server.testing.WebClient;

/**
 * A test class's browser and server: one headless Chromium for the whole class (its start-up is the
 * expensive part) and, unless the class starts its own, one fresh Reassess server with the demo
 * patients. Register it as a static field with {@code @RegisterExtension}. Before each test the
 * browser forgets its cookies (every test signs in itself) and its console.
 *
 * <p>Also where the browser checks live: accessibility (axe-core), Content-Security-Policy
 * violations in the console, full-page screenshots under {@code target/screenshots/}.
 */
final class BrowserSession
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

  /** Where screenshots go: the module's build folder (not committed). */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The administrator every signed-in test uses (set up over HTTP by {@link #administrator}). */
  static final String ADMIN = "admin";

  /** The impacts that fail a page: axe-core's two highest. */
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  /** Long enough for a page that evaluates a case on a loaded machine; waits end on a condition. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final TestDatabases.@Nullable Kind serverKind;
  private @Nullable Browser browser;
  private @Nullable TestServer server;

  private BrowserSession(TestDatabases.@Nullable Kind serverKind) {
    this.serverKind = serverKind;
  }

  /** A browser and a fresh server with the demo patients on {@code kind}, for the class. */
  static BrowserSession withDemoServer(TestDatabases.Kind kind) {
    return new BrowserSession(kind);
  }

  /** Only the browser: each test starts the server it needs ({@link #use}). */
  static BrowserSession browserOnly() {
    return new BrowserSession(null);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    browser = Browser.start();
    if (serverKind != null) {
      server = TestServer.start(serverKind, true);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null && serverKind != null) {
        server.close();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (serverKind == null) {
      server = null; // the previous test's server, closed by that test
    } else {
      forgetCookies();
    }
    browser().console();
  }

  /** A failing test leaves a picture of what the browser showed. */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && browser != null) {
      screenshot("failed-" + context.getRequiredTestMethod().getName());
    }
  }

  /** Points the session at a server the test started (the class's own server is not closed). */
  void use(TestServer started) {
    this.server = started;
    forgetCookies();
  }

  ChromeDriver driver() {
    return browser().driver();
  }

  TestServer server() {
    if (server == null) {
      throw new IllegalStateException("no server: start one and pass it to use()");
    }
    return server;
  }

  Path downloads() {
    return browser().downloads();
  }

  /** Opens {@code path} of the server and waits for the page to be loaded. */
  void open(String path) {
    driver().get(server().baseUrl() + path);
  }

  /** The path of the page the browser shows. */
  String currentPath() {
    String url = driver().getCurrentUrl();
    String base = server().baseUrl();
    return url != null && url.startsWith(base) ? url.substring(base.length()) : String.valueOf(url);
  }

  /** Waits until {@code condition} holds (never a fixed sleep). */
  <T> T waitUntil(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver(), PATIENCE).until(condition);
  }

  /** Waits until the browser shows a page whose path matches {@code regex}. */
  void waitForPath(String regex) {
    waitUntil(
        d -> {
          String path = currentPath();
          return path.matches(regex) ? path : null;
        });
  }

  /** Clicks {@code element} and waits until the page it showed has been replaced. */
  void clickAndWaitForNewPage(WebElement element) {
    leaveThePage(element::click);
  }

  /** Submits the form of {@code field} and waits for the next page. */
  void submitAndWaitForNewPage(WebElement field) {
    leaveThePage(field::submit);
  }

  /**
   * Does what leaves the page and waits for the next one: the old document carries a mark the new
   * one does not. (Waiting for the old {@code html} element to go stale raced: while the documents
   * change, chromedriver may answer "node does not belong to the document" instead of "stale".)
   */
  private void leaveThePage(Runnable action) {
    driver().executeScript("window.__reassessLeaving = true;");
    try {
      action.run();
    } catch (WebDriverException e) {
      // the navigation the action started replaced the document under chromedriver's feet; the
      // wait below still checks that a new page arrived
      if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        throw e;
      }
    }
    new WebDriverWait(driver(), PATIENCE)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver()
                        .executeScript(
                            "return document.readyState !== 'loading'"
                                + " && window.__reassessLeaving === undefined;")));
  }

  /** Sets up the first administrator over HTTP (not the journey under test). Once per server. */
  void administrator() {
    new WebClient(server().baseUrl())
        .setUpAdministrator(server().setupLink(), "Northside spine clinic", ADMIN);
  }

  /** Signs in through the login form and waits for the patient list. */
  void signIn(String username) {
    open("/login");
    driver().findElement(By.id("username")).sendKeys(username);
    WebElement password = driver().findElement(By.id("password"));
    password.sendKeys(TestServer.PASSWORD);
    submitAndWaitForNewPage(password);
    waitForPath("/patients");
  }

  /** The browser's own message for a page the server answered with {@code text}. */
  String mainText() {
    return driver().findElement(By.tagName("main")).getText();
  }

  // --- checks ----------------------------------------------------------------------------------

  /**
   * Runs axe-core on the page and fails on any serious or critical violation, naming the rule, its
   * impact and the elements (CSS selectors) that break it.
   */
  void assertAccessible(String page) {
    assertThat(seriousAccessibilityViolations(page))
        .as("serious or critical accessibility violations on %s", page)
        .isEmpty();
  }

  /**
   * The page's serious and critical axe-core violations, one line each (rule, impact, selectors);
   * lesser ones are printed for a person to weigh, without failing.
   */
  List<String> seriousAccessibilityViolations(String page) {
    Results results = new AxeBuilder().analyze(driver());
    assertThat(results.isErrored()).as("axe-core ran on %s", page).isFalse();
    assertThat(results.getPasses()).as("axe-core checked something on %s", page).isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      String impact = rule.getImpact() == null ? "" : rule.getImpact().toLowerCase(Locale.ROOT);
      List<String> targets = new ArrayList<>();
      for (CheckedNode node : rule.getNodes()) {
        targets.add(String.valueOf(node.getTarget()));
      }
      String line = rule.getId() + " (" + impact + "): " + rule.getHelp() + " — at " + targets;
      if (FAILING_IMPACTS.contains(impact)) {
        failures.add(line);
      } else {
        System.out.println("axe-core on " + page + ", not failing: " + line);
      }
    }
    return failures;
  }

  /** Fails when the console reports anything the Content-Security-Policy refused. */
  void assertNoCspViolations(String page) {
    List<String> refused = new ArrayList<>();
    for (LogEntry entry : browser().console()) {
      if (isCspViolation(entry.getMessage())) {
        refused.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    assertThat(refused).as("Content-Security-Policy violations on %s", page).isEmpty();
  }

  /** Reads and clears the console; what the CSP check would see. */
  List<LogEntry> console() {
    return browser().console();
  }

  static boolean isCspViolation(String message) {
    return message.contains("Content Security Policy")
        || message.contains("Content-Security-Policy");
  }

  /** Saves a full-page PNG as {@code target/screenshots/<name>.png}; returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, browser().fullPageScreenshot());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void forgetCookies() {
    // cookies belong to the host, not the port: one visit to the server clears every test's
    open("/health");
    WebDriver.Options manage = driver().manage();
    manage.deleteAllCookies();
  }

  private Browser browser() {
    if (browser == null) {
      throw new IllegalStateException("the browser starts before the test class");
    }
    return browser;
  }
}
