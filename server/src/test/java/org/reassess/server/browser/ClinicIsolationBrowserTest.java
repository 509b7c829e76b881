package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;

/**
 * A clinician sees only their own clinic's patients: an address of another clinic's patient, typed
 * or followed, answers as if there were no such patient. Clinic B and its clinician are created by
 * the administrator on the accounts page, as in a real installation.
 */
class ClinicIsolationBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  private static final String CLINICIAN_B = "dr.b";

  @BeforeAll
  static void clinicB() {
    browser.administrator();
    browser.signIn(BrowserSession.ADMIN);
    browser.open("/admin/users");
    var driver = browser.driver();
    driver.findElement(By.id("username")).sendKeys(CLINICIAN_B);
    driver.findElement(By.id("displayName")).sendKeys("Dr Bea Other");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("input[name=role][value=clinician]")).click();
    WebElement newClinic = driver.findElement(By.id("newClinic"));
    newClinic.sendKeys("Southside back clinic");
    browser.submitAndWaitForNewPage(newClinic);
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(CLINICIAN_B)
        .contains("Southside back clinic");
  }

  @Test
  void clinicianOfAnotherClinicOpeningAPatientAddressIsToldItIsNotInTheirRecords() {
    String patient = Pages.patient(browser.server(), Pages.CAUDA_EQUINA);
    String assessment = Pages.latestAssessment(browser.server(), Pages.CAUDA_EQUINA);

    browser.signIn(CLINICIAN_B);
    assertThat(browser.driver().findElement(By.cssSelector("header.site .who")).getText())
        .isEqualTo("Dr Bea Other · Southside back clinic");
    assertThat(browser.driver().findElement(By.id("count")).getText()).isEqualTo("0 patients.");

    for (String address : new String[] {patient, assessment, assessment + "/report.pdf"}) {
      browser.open(address);
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .as(address)
          .isEqualTo("Not found");
      assertThat(browser.mainText())
          .as(address)
          .contains("is not in your clinic's records.")
          .contains("(error 404)")
          .doesNotContain(Pages.CAUDA_EQUINA)
          .doesNotContain("Cauda equina");
    }
    browser.screenshot("journey-other-clinic-not-found");
  }

  @Test
  void clinicianOfTheOwnClinicOpensTheSameAddress() {
    browser.signIn(BrowserSession.ADMIN);
    browser.open(Pages.patient(browser.server(), Pages.CAUDA_EQUINA));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo(Pages.CAUDA_EQUINA);
  }
}
