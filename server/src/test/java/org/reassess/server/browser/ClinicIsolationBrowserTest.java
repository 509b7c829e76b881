package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.PasswordHasher;
import org.reassess.server.auth.Role;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestServer;

/**
 * A clinician sees only their own clinic's patients: an address of another clinic's patient, typed
 * or followed, answers as if there were no such patient.
 *
 * <p>Clinic B's clinician is created directly through {@link Accounts} for now; once the
 * administrator's account pages exist, {@link #clinicB()} should create it through them.
 */
class ClinicIsolationBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  private static final String CLINICIAN_B = "dr.b";

  @BeforeAll
  static void clinicB() {
    browser.administrator();
    TestServer server = browser.server();
    var jdbi = server.server().database().jdbi();
    // the hash records its own cost, so the server verifies what this cheaper hasher made
    Accounts accounts = new Accounts(jdbi, new PasswordHasher(64, 1), Clock.systemUTC());
    jdbi.useTransaction(
        h ->
            accounts.create(
                h,
                new Accounts.NewAccount(
                    CLINICIAN_B,
                    "Dr Bea Other",
                    TestServer.PASSWORD,
                    Role.CLINICIAN,
                    accounts.clinic(h, "Southside back clinic"))));
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
