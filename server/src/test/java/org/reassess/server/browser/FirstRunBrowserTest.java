package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;

/**
 * The first minutes of a new install, in a real browser: the server prints a one-time setup link;
 * the administrator opens it, creates their account, signs in and finds the demo clinic's patients.
 * On both databases, each with a server of its own (the link works only on an empty install).
 */
class FirstRunBrowserTest {

  @RegisterExtension static final BrowserSession browser = BrowserSession.browserOnly();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void administratorSetsUpThroughThePrintedLinkThenSignsInToTheDemoPatients(
      TestDatabases.Kind kind) {
    try (TestServer server = TestServer.start(kind, true)) {
      browser.use(server);
      assertThat(server.console()).contains(server.setupLink());

      browser.driver().get(server.setupLink());
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("First-time setup");
      type("clinicName", "Northside spine clinic");
      type("displayName", "Dr Ana Admin");
      type("username", "ana");
      type("password", TestServer.PASSWORD);
      WebElement confirm = type("confirm", TestServer.PASSWORD);
      browser.submitAndWaitForNewPage(confirm);

      browser.waitForPath("/login");
      assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
          .isEqualTo("The administrator account is ready. Sign in to start.");
      browser.signIn("ana");

      assertThat(browser.driver().findElement(By.cssSelector("header.site .who")).getText())
          .isEqualTo("Dr Ana Admin · Northside spine clinic");
      assertThat(browser.driver().findElement(By.id("count")).getText()).isEqualTo("17 patients.");
      assertThat(browser.driver().findElements(By.cssSelector("table.patients tbody tr")))
          .hasSize(17);

      // the link was for one use: opened again, it no longer offers the form
      browser.driver().get(server.setupLink());
      assertThat(browser.driver().findElements(By.id("clinicName"))).isEmpty();
      assertThat(browser.mainText()).contains("This setup link is not valid");
    }
  }

  private static WebElement type(String id, String text) {
    WebElement field = browser.driver().findElement(By.id(id));
    field.sendKeys(text);
    return field;
  }
}
