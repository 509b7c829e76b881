package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.reassess.server.testing.TestDatabases;

/**
 * A clinician records follow-up visits on the patient page in a real browser: each measure's course
 * is drawn as a chart with its improvement line (the MCID from the baseline), the patient list
 * shows the patient improving, and a visit with a value off its scale is refused with a message and
 * saves nothing.
 */
class OutcomeChartBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  /** The measures each visit of the journey records: back and leg pain, ODI and PHQ-9. */
  private static final List<String> MEASURES = List.of("backPainNrs", "legPainNrs", "odi", "phq9");

  @BeforeAll
  static void administrator() {
    browser.administrator();
  }

  @BeforeEach
  void signIn() {
    browser.signIn(BrowserSession.ADMIN);
  }

  @Test
  void twoVisitsDrawEachMeasuresChartWithItsImprovementLineAndTheListShowsImproving() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String patient = Pages.patient(browser.server(), Pages.WITHOUT_VISITS);
    browser.open(patient);
    assertThat(outcomes().getText()).contains("No outcome measured yet");
    assertThat(outcomes().findElements(By.cssSelector("figure.chart"))).isEmpty();

    // the baseline, eight weeks ago
    recordVisit(
        today.minusWeeks(8),
        Map.of("backPainNrs", "6", "legPainNrs", "8", "odi", "48", "phq9", "14"));
    browser.waitForPath(patient + "#outcomes-h");
    assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
        .isEqualTo("Outcome measurements saved.");
    for (String measure : MEASURES) {
      WebElement chart = chart(measure);
      assertThat(chart.findElements(By.cssSelector("circle.point"))).as(measure).hasSize(1);
      assertThat(chart.getText()).as(measure).contains("a second visit is needed");
    }

    // today, much better on every measure
    recordVisit(today, Map.of("backPainNrs", "3", "legPainNrs", "3", "odi", "26", "phq9", "6"));
    browser.waitForPath(patient + "#outcomes-h");
    for (String measure : MEASURES) {
      WebElement chart = chart(measure);
      assertThat(chart.findElement(By.tagName("figcaption")).getText())
          .as(measure)
          .contains("an important improvement");
      List<WebElement> points = chart.findElements(By.cssSelector("svg circle.point"));
      assertThat(points).as(measure).hasSize(2);
      assertThat(chart.findElements(By.cssSelector("svg polyline.line"))).hasSize(1);
      List<WebElement> mcid = chart.findElements(By.cssSelector("svg line.mcid"));
      assertThat(mcid).as("%s improvement line", measure).hasSize(1);
      // drawn on screen, and in the right places: lower is better on all four measures, so the
      // baseline is above the improvement line and today's value below it
      assertThat(mcid.get(0).getCssValue("stroke-dasharray")).as("dashed").isNotEqualTo("none");
      Rectangle line = mcid.get(0).getRect();
      assertThat(line.getWidth()).as("%s line drawn across", measure).isGreaterThan(100);
      Rectangle baseline = points.get(0).getRect();
      Rectangle latest = points.get(1).getRect();
      assertThat(centreY(baseline)).as("%s baseline above the line", measure).isLessThan(line.y);
      assertThat(centreY(latest)).as("%s latest below the line", measure).isGreaterThan(line.y);
      assertThat(latest.x).as("%s later is further right", measure).isGreaterThan(baseline.x);
    }
    browser.screenshot("outcome-charts");
    browser.assertNoCspViolations("the outcome charts");
    browser.assertAccessible("the outcome charts");

    browser.open("/patients?q=Grace");
    WebElement row =
        browser.driver().findElements(By.cssSelector("table.patients tbody tr")).stream()
            .filter(r -> r.getText().contains(Pages.WITHOUT_VISITS))
            .findFirst()
            .orElseThrow();
    WebElement status = row.findElement(By.cssSelector(".trend"));
    assertThat(status.getText()).isEqualTo("Improving");
    assertThat(status.getDomAttribute("class")).contains("trend-improving");
  }

  @Test
  void aVisitWithAValueOffItsScaleIsRefusedWithAMessageAndSavesNothing() {
    String patient = Pages.patient(browser.server(), Pages.ALSO_WITHOUT_VISITS);
    browser.open(patient);
    recordVisit(
        LocalDate.now(ZoneOffset.UTC), Map.of("backPainNrs", "4", "legPainNrs", "11", "odi", "4o"));

    WebElement problems = browser.driver().findElement(By.id("outcome-problems"));
    assertThat(problems.getDomAttribute("role")).isEqualTo("alert");
    assertThat(problems.getText())
        .startsWith("Nothing was saved")
        .contains("Leg pain: 11 is outside 0–10")
        .contains("Everyday activities (disability): \"4o\" is not a number")
        .doesNotContain("Back pain");
    WebElement leg = browser.driver().findElement(By.id("m-legPainNrs"));
    assertThat(leg.getDomProperty("value")).as("what was typed is kept").isEqualTo("11");
    assertThat(leg.getDomAttribute("aria-invalid")).isEqualTo("true");
    WebElement beside = browser.driver().findElement(By.id("e-legPainNrs"));
    assertThat(beside.getText()).isEqualTo("11 is outside 0–10");
    assertThat(leg.getDomAttribute("aria-describedby")).contains("e-legPainNrs");
    assertThat(browser.driver().findElement(By.id("m-backPainNrs")).getDomAttribute("aria-invalid"))
        .isNotEqualTo("true");
    assertThat(outcomes().findElements(By.cssSelector("figure.chart"))).isEmpty();
    assertThat(outcomes().getText()).contains("No outcome measured yet");
    browser.screenshot("outcome-refused");
    browser.assertNoCspViolations("the refused visit");
    browser.assertAccessible("the refused visit");

    // the link in the message leads to the field
    problems.findElement(By.linkText("Leg pain")).click();
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(leg);

    // corrected, it is saved
    leg.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "7");
    WebElement odi = browser.driver().findElement(By.id("m-odi"));
    odi.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "40");
    browser.submitAndWaitForNewPage(odi);
    browser.waitForPath(patient + "#outcomes-h");
    assertThat(browser.driver().findElements(By.id("outcome-problems"))).isEmpty();
    assertThat(chart("legPainNrs").findElements(By.cssSelector("circle.point"))).hasSize(1);
    assertThat(chart("odi").findElements(By.cssSelector("circle.point"))).hasSize(1);
  }

  /** Fills in the visit form of the patient page and saves it. */
  private static void recordVisit(LocalDate on, Map<String, String> values) {
    WebElement date = browser.driver().findElement(By.id("m-measuredOn"));
    CaseFormSteps.typeDate(browser, date, on);
    for (Map.Entry<String, String> v : values.entrySet()) {
      WebElement field = browser.driver().findElement(By.id("m-" + v.getKey()));
      field.clear();
      field.sendKeys(v.getValue());
    }
    browser.clickAndWaitForNewPage(
        browser.driver().findElement(By.xpath("//button[normalize-space()='Save visit']")));
  }

  private static WebElement outcomes() {
    return browser.driver().findElement(By.xpath("//section[@aria-labelledby='outcomes-h']"));
  }

  private static WebElement chart(String measure) {
    return browser.driver().findElement(By.id("chart-" + measure));
  }

  private static double centreY(Rectangle r) {
    return r.y + r.height / 2.0;
  }
}
