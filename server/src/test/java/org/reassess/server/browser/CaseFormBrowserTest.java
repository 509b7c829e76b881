package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reassess.server.testing.TestDatabases;

/**
 * A clinician fills in the guided re-assessment form in a real browser: the repeated rows, the
 * body/dermatome map, the examination grid and the imaging findings are worked by {@code form.js},
 * the problems are shown next to their fields as they are typed (htmx), a draft is kept, and the
 * saved case is evaluated and exported as it was typed.
 */
class CaseFormBrowserTest {

  @RegisterExtension
  static final BrowserSession browser = BrowserSession.withDemoServer(TestDatabases.Kind.H2);

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void administrator() {
    browser.administrator();
  }

  @BeforeEach
  void signIn() {
    browser.signIn(BrowserSession.ADMIN);
  }

  @Test
  void emptyFormIsAccessibleAndKeepsToTheContentSecurityPolicy() {
    String patient = CaseFormSteps.newPatient(browser, "Empty Form Patient", "FORM-0000");
    browser.open(patient + "/case/edit");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Re-assessment — Empty Form Patient");
    assertThat(browser.driver().executeScript("return typeof window.htmx")).isEqualTo("object");
    assertThat(browser.driver().findElement(By.id("case-issues")).getText())
        .isEqualTo("No problems found in what has been entered.");
    browser.screenshot("form-empty");
    browser.assertNoCspViolations("the empty form");
    browser.assertAccessible("the empty form");

    // the first thing typed: what the case still lacks is listed at once
    CaseFormSteps form = new CaseFormSteps(browser);
    form.typeDate("surgeries[0].date", LocalDate.of(2025, 3, 12));
    form.waitForChecks();
    browser.screenshot("form-first-field");
  }

  @Test
  void clinicianFillsInTheFormKeepsADraftAndGetsTheDifferentialAndTheCaseAsTyped()
      throws IOException {
    String patient = CaseFormSteps.newPatient(browser, "Form Filled Patient", "FORM-0001");
    browser.clickAndWaitForNewPage(
        browser.driver().findElement(By.linkText("Start the re-assessment")));
    browser.waitForPath(patient + "/case/edit");
    CaseFormSteps form = new CaseFormSteps(browser);

    // the index surgery
    form.typeDate("surgeries[0].date", LocalDate.of(2025, 3, 12));
    form.choose("surgeries[0].procedure", "microdiscectomy");
    form.check("surgeries[0].levels", "L5-S1");
    form.choose("surgeries[0].side", "left");
    form.choose("surgeries[0].indication", "disc herniation");
    form.answer("surgeries[0].instrumented", "false");

    // what changed after it
    form.choose("course.reliefAfterSurgery", "complete");
    form.type("course.painFreeIntervalMonths", "6");
    form.choose("course.painComparedToBefore", "same");
    form.choose("course.trajectory", "worsening");
    form.choose("course.onset", "sudden");

    // symptoms; a leg pain of 12 is out of the scale, and the form says so beside the field
    form.type("symptoms.backPainNrs", "4");
    WebElement summary = browser.driver().findElement(By.id("case-issues"));
    form.type("symptoms.legPainNrs", "12");
    WebElement legPain = form.field("symptoms.legPainNrs");
    WebElement message = form.waitForMessageBeside(legPain);
    assertThat(message.getText()).isEqualTo("12 is outside 0–10");
    assertThat(legPain.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(legPain.getDomAttribute("aria-describedby")).contains(message.getDomAttribute("id"));
    // the summary is a live region: it stays in the page and its content changes
    assertThat(summary.getDomAttribute("aria-live")).isEqualTo("polite");
    assertThat(summary.getText())
        .startsWith("1 problem to fix")
        .contains("Leg pain, worst leg (NRS): 12 is outside 0–10");
    browser.screenshot("form-inline-validation");
    browser.assertNoCspViolations("the form showing a problem");
    browser.assertAccessible("the form showing a problem");

    form.retype("symptoms.legPainNrs", "7");
    form.waitForNoMessageBeside(legPain);
    assertThat(legPain.getDomAttribute("aria-invalid")).isNull();
    assertThat(summary.getText()).isEqualTo("No problems found in what has been entered.");

    form.choose("symptoms.legPainSide", "left");
    form.choose("symptoms.legPainDistribution", "dermatomal");
    form.answer("symptoms.painBelowKnee", "true");

    // the body map: a region toggles its checkbox, a checkbox paints its region
    WebElement buttock = form.region("symptoms.painLocations", "buttock");
    assertThat(form.checkbox("symptoms.painLocations", "buttock").isSelected()).isFalse();
    form.clickRegion(buttock);
    assertThat(form.checkbox("symptoms.painLocations", "buttock").isSelected()).isTrue();
    assertThat(buttock.getDomAttribute("class")).contains("is-on");
    WebElement midline = form.region("symptoms.painLocations", "low_back_midline");
    form.clickRegion(midline);
    assertThat(form.checkbox("symptoms.painLocations", "low_back_midline").isSelected()).isTrue();
    form.clickRegion(midline); // a second click takes it back
    assertThat(form.checkbox("symptoms.painLocations", "low_back_midline").isSelected()).isFalse();
    assertThat(midline.getDomAttribute("class")).doesNotContain("is-on");
    form.clickRegion(form.region("symptoms.painLocations", "calf"));
    form.check("symptoms.painLocations", "posterior_thigh");
    assertThat(form.region("symptoms.painLocations", "posterior_thigh").getDomAttribute("class"))
        .contains("is-on");
    WebElement s1 = form.region("symptoms.dermatomes", "S1");
    form.clickRegion(s1);
    assertThat(form.checkbox("symptoms.dermatomes", "S1").isSelected()).isTrue();
    assertThat(s1.getDomAttribute("class")).contains("is-on");
    assertThat(form.checkbox("symptoms.dermatomes", "L5").isSelected()).isFalse();
    browser.screenshot("form-body-map");

    // the examination grid
    form.chooseLabelled("S1 motor grade, left", "4");
    form.chooseLabelled("S1 sensation, left", "reduced");
    form.chooseLabelled("achilles reflex, left", "reduced");
    form.choose("exam.straightLegRaise.result", "positive");
    form.choose("exam.straightLegRaise.side", "left");
    form.type("exam.straightLegRaise.angleDeg", "40");

    // imaging: a study with two findings, then a second study, each row added by its button
    form.choose("imaging[0].modality", "MRI gadolinium");
    form.typeDate("imaging[0].date", LocalDate.of(2026, 10, 20));
    form.choose("imaging[0].findings[0].type", "disc herniation");
    assertThat(form.attributeShown("imaging[0].findings[0].zone")).isTrue();
    assertThat(form.attributeShown("imaging[0].findings[0].compressedRoot")).isTrue();
    assertThat(form.attributeShown("imaging[0].findings[0].slipMm")).isFalse();
    assertThat(form.attributeShown("imaging[0].findings[0].extent")).isFalse();
    assertThat(form.attributeShown("imaging[0].findings[0].withStenosis"))
        .as("a yes/no of another type, left unknown")
        .isFalse();
    assertThat(form.attributeShown("imaging[0].findings[0].acute")).isFalse();
    form.choose("imaging[0].findings[0].level", "L5-S1");
    form.choose("imaging[0].findings[0].side", "left");
    form.choose("imaging[0].findings[0].compressedRoot", "S1");

    form.add("imaging[0].findings");
    WebElement secondFinding = browser.driver().findElement(By.id("f-imaging-0-findings-1"));
    assertThat(secondFinding.findElement(By.tagName("legend")).getText()).isEqualTo("Finding 2");
    assertThat(form.field("imaging[0].findings[1].type"))
        .as("the new row has the focus")
        .isEqualTo(browser.driver().switchTo().activeElement());
    assertThat(form.selected("imaging[0].findings[1].type")).isEmpty();
    assertThat(form.attributeShown("imaging[0].findings[1].level"))
        .as("no attribute before the finding is chosen")
        .isFalse();
    assertThat(form.attributeShown("imaging[0].findings[1].zone")).isFalse();
    form.choose("imaging[0].findings[1].type", "facet arthropathy");
    assertThat(form.attributeShown("imaging[0].findings[1].level")).isTrue();
    assertThat(form.selected("imaging[0].findings[1].level")).as("a blank copy").isEmpty();
    assertThat(form.attributeShown("imaging[0].findings[1].effusion")).isTrue();
    assertThat(form.answered("imaging[0].findings[1].effusion"))
        .as("a new row's yes/no starts unknown")
        .isEqualTo("unknown");
    assertThat(form.attributeShown("imaging[0].findings[1].zone")).isFalse();
    assertThat(form.attributeShown("imaging[0].findings[1].compressedRoot")).isFalse();
    form.choose("imaging[0].findings[1].level", "L5-S1");
    form.choose("imaging[0].findings[1].side", "left");
    // the first finding is as it was
    assertThat(form.selected("imaging[0].findings[0].type")).isEqualTo("disc_herniation");
    assertThat(form.selected("imaging[0].findings[0].compressedRoot")).isEqualTo("S1");
    assertThat(form.attributeShown("imaging[0].findings[0].zone")).isTrue();
    form.waitForNoProblems();

    form.add("imaging");
    WebElement secondStudy = browser.driver().findElement(By.id("f-imaging-1"));
    assertThat(secondStudy.findElement(By.tagName("legend")).getText()).isEqualTo("Study 2");
    assertThat(form.selected("imaging[1].modality")).isEmpty();
    assertThat(secondStudy.findElements(By.cssSelector("fieldset.form-row fieldset.form-row")))
        .as("the new study starts with one blank finding")
        .hasSize(1);
    assertThat(form.selected("imaging[1].findings[0].type")).isEmpty();
    form.choose("imaging[1].modality", "X-ray flexion extension");
    // a study needs its date: the problem lands beside the new row's field
    WebElement studyDate = form.field("imaging[1].date");
    assertThat(form.waitForMessageBeside(studyDate).getText())
        .isEqualTo("required field is missing");
    form.typeDate("imaging[1].date", LocalDate.of(2026, 10, 1));
    form.waitForNoMessageBeside(studyDate);
    browser.screenshot("form-imaging-rows");

    // a second surgery row, for an earlier operation
    form.add("surgeries");
    assertThat(browser.driver().findElement(By.id("f-surgeries-1")).getText())
        .startsWith("Surgery 2");

    // psychosocial screening (a folded section) and the goals
    form.unfold("sec-psychosocial");
    form.type("psychosocial.phq9", "6");
    form.choose("psychosocial.startBack", "medium");
    form.choose("preferences.surgeryAcceptable", "yes");
    form.check("preferences.goals", "walk_farther");
    form.check("preferences.goals", "return_to_work");
    form.waitForNoProblems();
    browser.screenshot("form-filled");
    browser.assertNoCspViolations("the filled form");
    browser.assertAccessible("the filled form");

    // a draft keeps everything, cloned rows included
    browser.clickAndWaitForNewPage(
        browser.driver().findElement(By.xpath("//button[normalize-space()='Save draft']")));
    browser.waitForPath(patient + "/case/edit");
    assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
        .startsWith("Draft saved.");
    browser.driver().navigate().refresh();
    assertThat(browser.driver().findElement(By.cssSelector("main p.muted")).getText())
        .startsWith("Started from your saved draft.");
    assertThat(form.field("symptoms.legPainNrs").getDomProperty("value")).isEqualTo("7");
    assertThat(form.checkbox("symptoms.painLocations", "buttock").isSelected()).isTrue();
    assertThat(form.checkbox("symptoms.painLocations", "low_back_midline").isSelected()).isFalse();
    assertThat(form.region("symptoms.painLocations", "calf").getDomAttribute("class"))
        .contains("is-on");
    assertThat(form.region("symptoms.dermatomes", "S1").getDomAttribute("class")).contains("is-on");
    assertThat(form.selectedLabelled("S1 motor grade, left")).isEqualTo("4");
    assertThat(form.selected("imaging[0].findings[1].type")).isEqualTo("facet_arthropathy");
    assertThat(form.attributeShown("imaging[0].findings[1].zone")).isFalse();
    assertThat(form.attributeShown("imaging[0].findings[1].effusion")).isTrue();
    assertThat(form.attributeShown("imaging[0].findings[0].withStenosis")).isFalse();
    assertThat(browser.driver().findElement(By.id("sec-blocks")).getDomProperty("open"))
        .as("a folded section with nothing in it stays folded")
        .isEqualTo("false");
    assertThat(form.selected("imaging[1].modality")).isEqualTo("xray_flexion_extension");
    assertThat(form.field("imaging[1].date").getDomProperty("value")).isEqualTo("2026-10-01");
    assertThat(form.field("psychosocial.phq9").isDisplayed()).isTrue();
    assertThat(form.checkbox("preferences.goals", "return_to_work").isSelected()).isTrue();

    // save and assess: the assessment with its differential
    browser.clickAndWaitForNewPage(
        browser.driver().findElement(By.xpath("//button[normalize-space()='Save and assess']")));
    browser.waitForPath(patient + "/assessments/\\d+");
    assertThat(browser.driver().findElement(By.cssSelector("main .notice")).getText())
        .isEqualTo("The case was saved as a new revision and evaluated.");
    assertThat(browser.driver().findElement(By.cssSelector("main section.banner")).getText())
        .startsWith("Triage:");
    List<WebElement> causes = browser.driver().findElements(By.cssSelector(".ddx details.cause"));
    assertThat(causes).hasSizeGreaterThan(1);
    assertThat(causes.get(0).findElement(By.tagName("summary")).getText())
        .as("the most likely cause of this case")
        .contains("disc herniation");
    browser.screenshot("form-saved-assessment");

    // the case as it was typed, exported from the patient page
    browser.open(patient);
    browser.driver().findElement(By.linkText("export JSON")).click();
    Path exported = browser.waitUntil(d -> finishedDownload(browser.downloads(), "case-"));
    JsonNode json = JSON.readTree(exported.toFile());
    assertThat(json.path("format").asText()).isEqualTo("reassess-case/1");
    assertThat(json.path("assessmentDate").asText())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(json.path("surgeries")).as("the blank second surgery is dropped").hasSize(1);
    JsonNode surgery = json.path("surgeries").path(0);
    assertThat(surgery.path("date").asText()).isEqualTo("2025-03-12");
    assertThat(surgery.path("procedure").asText()).isEqualTo("microdiscectomy");
    assertThat(texts(surgery.path("levels"))).containsExactly("L5-S1");
    assertThat(surgery.path("instrumented").isBoolean()).isTrue();
    assertThat(surgery.path("instrumented").booleanValue()).isFalse();
    assertThat(json.path("course").path("painFreeIntervalMonths").asInt()).isEqualTo(6);
    JsonNode symptoms = json.path("symptoms");
    assertThat(symptoms.path("legPainNrs").asInt()).isEqualTo(7);
    assertThat(symptoms.path("backPainNrs").asInt()).isEqualTo(4);
    assertThat(texts(symptoms.path("painLocations")))
        .containsExactlyInAnyOrder("buttock", "calf", "posterior_thigh");
    assertThat(texts(symptoms.path("dermatomes"))).containsExactly("S1");
    assertThat(symptoms.path("painBelowKnee").booleanValue()).isTrue();
    assertThat(symptoms.has("nightPain")).as("unknown is left out").isFalse();
    JsonNode exam = json.path("exam");
    assertThat(exam.path("motor")).hasSize(1);
    assertThat(exam.path("motor").path(0).path("root").asText()).isEqualTo("S1");
    assertThat(exam.path("motor").path(0).path("side").asText()).isEqualTo("left");
    assertThat(exam.path("motor").path(0).path("mrc").asInt()).isEqualTo(4);
    assertThat(exam.path("sensory").path(0).path("status").asText()).isEqualTo("reduced");
    assertThat(exam.path("reflexes").path(0).path("reflex").asText()).isEqualTo("achilles");
    assertThat(exam.path("straightLegRaise").path("angleDeg").asInt()).isEqualTo(40);
    JsonNode imaging = json.path("imaging");
    assertThat(imaging).hasSize(2);
    assertThat(imaging.path(0).path("modality").asText()).isEqualTo("mri_gadolinium");
    assertThat(imaging.path(0).path("findings")).hasSize(2);
    JsonNode herniation = imaging.path(0).path("findings").path(0);
    assertThat(herniation.path("type").asText()).isEqualTo("disc_herniation");
    assertThat(herniation.path("compressedRoot").asText()).isEqualTo("S1");
    JsonNode facets = imaging.path(0).path("findings").path(1);
    assertThat(facets.path("type").asText()).isEqualTo("facet_arthropathy");
    assertThat(facets.path("level").asText()).isEqualTo("L5-S1");
    assertThat(facets.has("effusion")).as("unknown is left out").isFalse();
    assertThat(imaging.path(1).path("modality").asText()).isEqualTo("xray_flexion_extension");
    assertThat(imaging.path(1).path("date").asText()).isEqualTo("2026-10-01");
    assertThat(imaging.path(1).path("findings")).as("a normal study").isEmpty();
    assertThat(json.path("psychosocial").path("phq9").asInt()).isEqualTo(6);
    assertThat(json.path("psychosocial").path("startBack").asText()).isEqualTo("medium");
    assertThat(texts(json.path("preferences").path("goals")))
        .containsExactly("walk_farther", "return_to_work");
  }

  @Test
  void caudaEquinaEnteredThroughTheFormOpensOnItsRedFlagBanner() {
    String patient = CaseFormSteps.newPatient(browser, "Form Red Flag Patient", "FORM-0002");
    browser.open(patient + "/case/edit");
    CaseFormSteps form = new CaseFormSteps(browser);
    form.typeDate("surgeries[0].date", LocalDate.of(2026, 9, 2));
    form.choose("surgeries[0].procedure", "laminectomy");
    form.check("surgeries[0].levels", "L4-L5");
    form.choose("symptoms.bladder", "new retention");
    form.answer("symptoms.saddleAnesthesia", "true");
    form.answer("symptoms.bilateralLegSymptomsNew", "true");
    form.clickRegion(form.region("symptoms.painLocations", "posterior_thigh"));
    form.waitForNoProblems();

    browser.clickAndWaitForNewPage(
        browser.driver().findElement(By.xpath("//button[normalize-space()='Save and assess']")));
    browser.waitForPath(patient + "/assessments/\\d+");
    WebElement first =
        browser.driver().findElement(By.cssSelector("main section, main [role=alert]"));
    assertThat(first.getDomAttribute("class")).contains("banner").contains("red-flag");
    assertThat(first.getDomAttribute("role")).isEqualTo("alert");
    assertThat(first.findElement(By.tagName("h2")).getText()).startsWith("Red flag");
    assertThat(first.getText()).contains("Cauda equina syndrome").contains("Do first:");
    int viewport =
        ((Number) browser.driver().executeScript("return window.innerHeight")).intValue();
    assertThat(first.getRect().getY()).as("on the first screen").isLessThan(viewport);
    browser.screenshot("form-red-flag-assessment");

    browser.open(patient);
    WebElement banner = browser.driver().findElement(By.cssSelector("main .banner.red-flag"));
    assertThat(banner.getDomAttribute("role")).isEqualTo("alert");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** The finished download whose name starts with {@code prefix}, or null while there is none. */
  private static @Nullable Path finishedDownload(Path folder, String prefix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> f.toFile().length() > 0)
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
