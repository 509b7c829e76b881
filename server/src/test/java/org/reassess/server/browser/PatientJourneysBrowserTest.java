package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.reassess.server.testing.TestDatabases;

/**
 * A clinician's main journeys through the pages, in a real browser on the demo clinic: the list, a
 * red-flag patient, a new patient with an imported case, the PDF report, and what a typed name can
 * and cannot do.
 */
class PatientJourneysBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  @BeforeAll
  static void administrator() {
    browser.administrator();
  }

  @BeforeEach
  void signIn() {
    browser.signIn(BrowserSession.ADMIN);
  }

  @Test
  void patientListShowsTheDemoPatientsWithOpenRedFlagsFirst() {
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("table.patients tbody tr"));
    // other tests of this class add patients of their own
    assertThat(rows.stream().filter(r -> r.getText().contains("(demo)"))).hasSize(17);
    List<Boolean> flagged =
        rows.stream().map(r -> r.getDomAttribute("class").contains("flagged")).toList();
    assertThat(flagged.get(0)).as("the first row has an open red flag").isTrue();
    assertThat(flagged)
        .as("every flagged row comes before every other row")
        .isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    assertThat(rows.get(0).getText()).contains("Red flag open");
    WebElement caudaEquina =
        rows.stream()
            .filter(r -> r.getText().contains(Pages.CAUDA_EQUINA))
            .findFirst()
            .orElseThrow();
    assertThat(caudaEquina.getDomAttribute("class")).contains("flagged");
    assertThat(caudaEquina.getText()).contains("Red flag open");
  }

  @Test
  void caudaEquinaPatientLeadsToAnAssessmentOpeningOnItsRedFlag() {
    browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText(Pages.CAUDA_EQUINA)));
    WebElement patientBanner =
        browser.driver().findElement(By.cssSelector("main .banner.red-flag"));
    assertThat(patientBanner.getDomAttribute("role")).isEqualTo("alert");
    assertThat(patientBanner.isDisplayed()).isTrue();

    browser.clickAndWaitForNewPage(patientBanner.findElement(By.linkText("see what to do first")));
    browser.waitForPath("/patients/\\d+/assessments/\\d+");

    WebElement banner = browser.driver().findElement(By.cssSelector("main section.banner"));
    assertThat(banner.getDomAttribute("class")).contains("red-flag");
    assertThat(banner.getDomAttribute("role")).isEqualTo("alert");
    assertThat(banner.isDisplayed()).isTrue();
    assertThat(banner.findElement(By.tagName("h2")).getText()).startsWith("Red flag");
    assertThat(banner.getText()).contains("Cauda equina syndrome").contains("Do first:");
    // at the top of main: the first section, and on screen without scrolling
    assertThat(browser.driver().findElements(By.cssSelector("main section")).get(0))
        .isEqualTo(banner);
    Rectangle box = banner.getRect();
    int viewport =
        ((Number) browser.driver().executeScript("return window.innerHeight")).intValue();
    assertThat(box.getY()).as("the banner starts inside the first screen").isLessThan(viewport);
    browser.screenshot("journey-red-flag-assessment");
  }

  @Test
  void newPatientWithAnImportedCaseFileLandsOnItsAssessment(@TempDir Path folder)
      throws IOException {
    Path caseFile = folder.resolve("referral.json");
    Files.copy(Path.of("..", "examples", "recurrent-disc-herniation.json"), caseFile);

    browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText("New patient")));
    browser.driver().findElement(By.id("displayName")).sendKeys("Imported Ivy");
    WebElement mrn = browser.driver().findElement(By.id("mrn"));
    mrn.sendKeys("IMP-0001");
    browser.submitAndWaitForNewPage(mrn);
    browser.waitForPath("/patients/\\d+");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Imported Ivy");
    assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
        .startsWith("Patient created.");

    browser.driver().findElement(By.id("caseFile")).sendKeys(caseFile.toAbsolutePath().toString());
    browser.clickAndWaitForNewPage(
        browser
            .driver()
            .findElement(By.xpath("//button[normalize-space()='Import and evaluate']")));

    browser.waitForPath("/patients/\\d+/assessments/\\d+");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Imported Ivy");
    assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
        .isEqualTo("The case was saved as a new revision and evaluated.");
    assertThat(browser.driver().findElement(By.cssSelector("main section.banner")).getText())
        .startsWith("Triage:");
    assertThat(browser.driver().findElements(By.cssSelector(".ddx details.cause"))).isNotEmpty();
  }

  @Test
  void clinicianReportDownloadsAsAPdf() throws IOException {
    browser.open(Pages.latestAssessment(browser.server(), Pages.NO_RED_FLAG));
    browser.driver().findElement(By.linkText("Clinician report (PDF)")).click();

    Path pdf = browser.waitUntil(d -> finishedDownload(browser.downloads(), "report-"));
    try (InputStream in = Files.newInputStream(pdf)) {
      assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
  }

  @Test
  void scriptTypedIntoAPatientNameIsShownAsTextAndNeverRuns() {
    String name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    browser.open("/patients/new");
    browser.driver().findElement(By.id("displayName")).sendKeys(name);
    WebElement mrn = browser.driver().findElement(By.id("mrn"));
    mrn.sendKeys("XSS-1");
    browser.submitAndWaitForNewPage(mrn);
    browser.waitForPath("/patients/\\d+");

    // the page has loaded completely (images included), so an onerror handler would have run
    assertThat(browser.driver().executeScript("return document.readyState")).isEqualTo("complete");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
    assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("main script"))).isEmpty();
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);

    browser.open("/patients?q=XSS");
    assertThat(browser.driver().findElement(By.cssSelector("table.patients tbody")).getText())
        .contains(name);
    assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    browser.assertNoCspViolations("the patient list showing the name");
  }

  /** The finished download whose name starts with {@code prefix}, or null while there is none. */
  private static Path finishedDownload(Path folder, String prefix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(".pdf"))
          .filter(f -> f.toFile().length() > 0)
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
