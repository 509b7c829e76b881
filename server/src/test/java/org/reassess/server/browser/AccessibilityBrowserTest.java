package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;

/**
 * Every main page, as the browser renders it: no serious or critical accessibility violation
 * (axe-core), nothing refused by the Content-Security-Policy, and a full-page screenshot under
 * {@code target/screenshots/} for a person to look at.
 */
class AccessibilityBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  @BeforeAll
  static void administrator() {
    browser.administrator();
  }

  /** A main page: its name, whether it needs a signed-in clinician, and how to reach it. */
  record MainPage(String name, boolean signedIn, Consumer<BrowserSession> open) {}

  static Stream<Named<MainPage>> mainPages() {
    return Stream.of(
            new MainPage("login", false, b -> b.open("/login")),
            new MainPage(
                "login-failed",
                false,
                b -> {
                  b.open("/login");
                  b.driver().findElement(By.id("username")).sendKeys(BrowserSession.ADMIN);
                  var password = b.driver().findElement(By.id("password"));
                  password.sendKeys("not the password");
                  b.submitAndWaitForNewPage(password);
                }),
            new MainPage("patient-list", true, b -> b.open("/patients")),
            new MainPage(
                "patient-with-red-flag",
                true,
                b -> b.open(Pages.patient(b.server(), Pages.CAUDA_EQUINA))),
            new MainPage(
                "patient-with-outcome-charts",
                true,
                b -> b.open(Pages.patient(b.server(), Pages.WITH_OUTCOMES))),
            new MainPage(
                "assessment-with-red-flag",
                true,
                b -> b.open(Pages.latestAssessment(b.server(), Pages.CAUDA_EQUINA))),
            new MainPage(
                "assessment-without-red-flag",
                true,
                b -> b.open(Pages.latestAssessment(b.server(), Pages.NO_RED_FLAG))),
            new MainPage("new-patient", true, b -> b.open("/patients/new")),
            new MainPage(
                "new-patient-refused",
                true,
                b -> {
                  b.open("/patients/new");
                  var name = b.driver().findElement(By.id("displayName"));
                  // a name of spaces passes the browser's "required" and is refused by the server
                  name.sendKeys("   ");
                  b.submitAndWaitForNewPage(name);
                }),
            new MainPage("error-page", true, b -> b.open("/patients/999999999")),
            new MainPage("admin-accounts", true, b -> b.open("/admin/users")),
            new MainPage("admin-api-tokens", true, b -> b.open("/admin/tokens")),
            new MainPage("admin-audit-log", true, b -> b.open("/admin/audit")))
        .map(p -> Named.of(p.name(), p));
  }

  @ParameterizedTest
  @MethodSource("mainPages")
  void pageIsAccessibleAndKeepsToTheContentSecurityPolicy(MainPage page) {
    if (page.signedIn()) {
      browser.signIn(BrowserSession.ADMIN);
    }
    page.open().accept(browser);
    assertThat(browser.driver().findElements(By.tagName("h1"))).as("one h1").hasSize(1);
    assertThat(browser.driver().executeScript("return typeof window.htmx"))
        .as("htmx loaded from our own origin")
        .isEqualTo("object");
    browser.screenshot("page-" + page.name());
    browser.assertNoCspViolations(page.name());
    browser.assertAccessible(page.name());
  }

  @Test
  void setupPageIsAccessibleAndKeepsToTheContentSecurityPolicy() {
    // the setup form exists only on an install without accounts: a server of its own
    try (TestServer fresh = TestServer.start(TestDatabases.Kind.H2, false)) {
      browser.driver().get(fresh.setupLink());
      assertThat(browser.driver().findElements(By.id("clinicName"))).hasSize(1);
      browser.screenshot("page-setup");
      browser.assertNoCspViolations("setup");
      browser.assertAccessible("setup");
    }
  }

  @Test
  void accessibilityCheckSeesAnImageWithoutText() {
    // the check above proves nothing unless it would see a violation: add one to a page
    browser.open("/login");
    browser
        .driver()
        .executeScript(
            "var i = document.createElement('img'); i.src = 'data:,';"
                + " document.querySelector('main').appendChild(i);");
    assertThat(browser.seriousAccessibilityViolations("login with an image without alt"))
        .anySatisfy(line -> assertThat(line).startsWith("image-alt (critical)"));
  }

  @Test
  void cspCheckSeesWhatThePolicyRefuses() {
    // the check above proves nothing unless it would see a refusal: make the page try one
    browser.open("/login");
    browser
        .driver()
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'window.inlineRan = true';"
                + " document.head.appendChild(s);");
    assertThat(browser.driver().executeScript("return window.inlineRan === true")).isEqualTo(false);
    assertThat(browser.console())
        .anySatisfy(e -> assertThat(BrowserSession.isCspViolation(e.getMessage())).isTrue());
  }
}
