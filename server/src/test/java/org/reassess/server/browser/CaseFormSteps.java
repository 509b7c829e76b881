package org.reassess.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.reassess.server.form.FormNames;

/**
 * What a clinician does on the guided form, in the browser: fields are found by the form name they
 * post ({@code "imaging[0].findings[1].type"}), worked with the keyboard and the mouse as a person
 * would (a select by its visible option, a checkbox by its label, a map region by a click inside
 * it).
 */
final class CaseFormSteps {

  private final BrowserSession browser;

  CaseFormSteps(BrowserSession browser) {
    this.browser = browser;
  }

  /** Creates a patient through the "New patient" page; returns the patient page's path. */
  static String newPatient(BrowserSession browser, String name, String mrn) {
    browser.open("/patients/new");
    browser.driver().findElement(By.id("displayName")).sendKeys(name);
    WebElement field = browser.driver().findElement(By.id("mrn"));
    field.sendKeys(mrn);
    browser.submitAndWaitForNewPage(field);
    browser.waitForPath("/patients/\\d+");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
    return browser.currentPath();
  }

  /** The input, select or yes/no group posted as {@code name}. */
  WebElement field(String name) {
    return browser.driver().findElement(By.id(FormNames.id(name)));
  }

  /** Types into an empty text field and moves on (the change is what the form reacts to). */
  void type(String name, String text) {
    watchChecks();
    field(name).sendKeys(text, Keys.TAB);
  }

  /** Replaces what a text field holds, as a person selecting it all and typing over it. */
  void retype(String name, String text) {
    watchChecks();
    field(name).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  /**
   * Types a date into the date field posted as {@code name} (see {@link #typeDate(BrowserSession,
   * WebElement, LocalDate)}).
   */
  void typeDate(String name, LocalDate date) {
    watchChecks();
    typeDate(browser, field(name), date);
  }

  /**
   * Types a date into a date field segment by segment, in the order the browser's locale shows them
   * (the field's own widget; what it holds is always {@code yyyy-mm-dd}), and moves on.
   */
  static void typeDate(BrowserSession browser, WebElement input, LocalDate date) {
    @SuppressWarnings("unchecked") // a script's array comes back as a list
    List<String> order =
        (List<String>)
            browser
                .driver()
                .executeScript(
                    "return new Intl.DateTimeFormat(navigator.language,"
                        + " {year: 'numeric', month: '2-digit', day: '2-digit'})"
                        + ".formatToParts(new Date(2001, 10, 23))"
                        + ".filter(function (p) { return p.type !== 'literal'; })"
                        + ".map(function (p) { return p.type; });");
    StringBuilder keys = new StringBuilder();
    for (String part : order) {
      keys.append(
          switch (part) {
            case "year" -> String.format("%04d", date.getYear());
            case "month" -> String.format("%02d", date.getMonthValue());
            default -> String.format("%02d", date.getDayOfMonth());
          });
    }
    assertThat(input.getDomAttribute("type")).isEqualTo("date");
    input.sendKeys(keys.toString(), Keys.TAB);
    assertThat(input.getDomProperty("value"))
        .as(input.getDomAttribute("name"))
        .isEqualTo(date.toString());
  }

  /** The value of the chosen radio of a yes/no question ({@code "unknown"}, {@code "true"}, …). */
  String answered(String name) {
    return field(name).findElements(By.cssSelector("input[type=radio]")).stream()
        .filter(WebElement::isSelected)
        .map(r -> r.getDomAttribute("value"))
        .findFirst()
        .orElse("(none)");
  }

  /** Picks the option showing {@code visibleText} in the select posted as {@code name}. */
  void choose(String name, String visibleText) {
    watchChecks();
    new Select(field(name)).selectByVisibleText(visibleText);
  }

  /** Picks an option in the select whose label reads {@code label} (the examination grid). */
  void chooseLabelled(String label, String visibleText) {
    watchChecks();
    new Select(labelled(label)).selectByVisibleText(visibleText);
  }

  /** The value of the chosen option ({@code ""}: unknown / not assessed). */
  String selected(String name) {
    return new Select(field(name)).getFirstSelectedOption().getDomAttribute("value");
  }

  String selectedLabelled(String label) {
    return new Select(labelled(label)).getFirstSelectedOption().getDomAttribute("value");
  }

  private WebElement labelled(String label) {
    WebElement l =
        browser.driver().findElement(By.xpath("//label[normalize-space()='" + label + "']"));
    return browser.driver().findElement(By.id(l.getDomAttribute("for")));
  }

  /** The checkbox of {@code value} in the list posted as {@code name}. */
  WebElement checkbox(String name, String value) {
    return browser.driver().findElement(By.id(FormNames.optionId(name, value)));
  }

  /** Ticks a checkbox by clicking its label. */
  void check(String name, String value) {
    watchChecks();
    WebElement box = checkbox(name, value);
    assertThat(box.isSelected()).as("%s %s before", name, value).isFalse();
    label(FormNames.optionId(name, value)).click();
    assertThat(box.isSelected()).as("%s %s after", name, value).isTrue();
  }

  /** Answers a yes/no question: {@code "true"}, {@code "false"}, or {@code ""} for unknown. */
  void answer(String name, String value) {
    watchChecks();
    String id = FormNames.optionId(name, value);
    label(id).click();
    assertThat(browser.driver().findElement(By.id(id)).isSelected()).as(name).isTrue();
  }

  private WebElement label(String forId) {
    return browser.driver().findElement(By.cssSelector("label[for='" + forId + "']"));
  }

  /** The map region that toggles the checkbox of {@code value} in the list {@code name}. */
  WebElement region(String name, String value) {
    return browser
        .driver()
        .findElement(By.cssSelector("[data-toggle='" + FormNames.optionId(name, value) + "']"));
  }

  /**
   * Clicks inside a map region with the mouse. A region may be two shapes (one on each leg) whose
   * box's centre is between them, so the point is one the browser says the region covers.
   */
  void clickRegion(WebElement region) {
    watchChecks();
    @SuppressWarnings("unchecked") // a script's array comes back as a list of numbers
    List<Number> offset =
        (List<Number>)
            browser
                .driver()
                .executeScript(
                    "var el = arguments[0]; el.scrollIntoView({block: 'center'});"
                        + " function on(x, y) { var at = document.elementFromPoint(x, y);"
                        + "  return at !== null && (at === el || el.contains(at)); }"
                        + " var r = el.getBoundingClientRect(); var inside = [];"
                        + " for (var y = Math.ceil(r.top) + 4; y < r.bottom - 4; y += 2) {"
                        + "  for (var x = Math.ceil(r.left) + 4; x < r.right - 4; x += 2) {"
                        // well inside the shape: a pixel off either way is still on it
                        + "   if (on(x, y) && on(x - 4, y) && on(x + 4, y) && on(x, y - 4)"
                        + "    && on(x, y + 4)) { inside.push([x, y]); }"
                        + " } }"
                        + " if (!inside.length) { return null; }"
                        + " var h = inside[Math.floor(inside.length / 2)];"
                        + " return [Math.round(h[0] - (r.left + r.width / 2)),"
                        + "  Math.round(h[1] - (r.top + r.height / 2))];",
                    region);
    assertThat(offset).as("a visible point of the region").isNotNull();
    String checkbox = region.getDomAttribute("data-toggle");
    boolean before = browser.driver().findElement(By.id(checkbox)).isSelected();
    new Actions(browser.driver())
        .moveToElement(region, offset.get(0).intValue(), offset.get(1).intValue())
        .click()
        .perform();
    assertThat(browser.driver().findElement(By.id(checkbox)).isSelected())
        .as("the click on %s toggled its checkbox", checkbox)
        .isEqualTo(!before);
  }

  /** Whether an imaging finding's attribute is shown (and can be filled in) for the type chosen. */
  boolean attributeShown(String name) {
    WebElement field = field(name);
    boolean shown = field.isDisplayed();
    List<WebElement> inputs =
        "fieldset".equals(field.getTagName())
            ? field.findElements(By.tagName("input"))
            : List.of(field);
    for (WebElement input : inputs) {
      assertThat(input.isEnabled()).as("%s enabled when shown", name).isEqualTo(shown);
    }
    return shown;
  }

  /**
   * Clicks the "add another" button of the group posted as {@code group} and checks that the row
   * was added in the page, by the script, without a round trip to the server.
   */
  void add(String group) {
    watchChecks();
    WebElement html = browser.driver().findElement(By.tagName("html"));
    WebElement fieldset =
        browser.driver().findElement(By.cssSelector("[data-group='" + group + "']"));
    int rows = rows(fieldset).size();
    fieldset.findElement(By.cssSelector("[data-add='" + group + "']")).click();
    assertThat(rows(fieldset)).as("rows of %s", group).hasSize(rows + 1);
    assertThat(ExpectedConditions.stalenessOf(html).apply(browser.driver()))
        .as("the page was not reloaded")
        .isFalse();
    assertThat(
            browser
                .driver()
                .executeScript(
                    "var seen = {}, twice = [];"
                        + " document.querySelectorAll('[id]').forEach(function (e) {"
                        + "  if (seen[e.id]) { twice.push(e.id); } seen[e.id] = true; });"
                        + " document.querySelectorAll('label[for]').forEach(function (l) {"
                        + "  if (!document.getElementById(l.htmlFor)) { twice.push('for ' + l.htmlFor); } });"
                        + " return twice.join(' ');"))
        .as("ids used twice, labels for nothing")
        .isEqualTo("");
  }

  private static List<WebElement> rows(WebElement group) {
    return group.findElements(By.xpath("./fieldset[contains(@class, 'form-row')]"));
  }

  /** Opens a folded optional section. */
  void unfold(String sectionId) {
    watchChecks();
    WebElement section = browser.driver().findElement(By.id(sectionId));
    if (section.getDomAttribute("open") == null) {
      section.findElement(By.tagName("summary")).click();
    }
    assertThat(section.getDomProperty("open")).isEqualTo("true");
  }

  /**
   * Starts watching the page's inline checks (once per page): each change of the form is checked by
   * the server half a second later; {@link #waitForChecks} waits for the check of the last one.
   */
  private void watchChecks() {
    browser
        .driver()
        .executeScript(
            "if (window.formChecks) { return; }"
                + " var s = window.formChecks = {tick: 0, changed: 0, started: 0, done: 0,"
                + " failed: []};"
                + " document.getElementById('case-form').addEventListener('change',"
                + "  function () { s.changed = ++s.tick; }, true);"
                + " document.body.addEventListener('htmx:beforeRequest',"
                + "  function () { s.started = ++s.tick; });"
                + " document.body.addEventListener('htmx:afterSettle',"
                + "  function () { s.done = ++s.tick; });"
                + " document.body.addEventListener('htmx:afterRequest', function (e) {"
                + "  if (!e.detail.successful) { s.failed.push(e.detail.requestConfig.path);"
                + "   s.done = ++s.tick; } });");
  }

  /**
   * Waits until the last change has been checked and its answer is in the page, then checks that
   * the answer went where it belongs: the page is still one page with one form and one summary, and
   * no check failed.
   */
  void waitForChecks() {
    watchChecks();
    browser.waitUntil(
        d ->
            (Boolean)
                browser
                    .driver()
                    .executeScript(
                        "var s = window.formChecks;"
                            + " return s.started > s.changed && s.done > s.started;"));
    assertThat(browser.driver().findElements(By.tagName("main"))).as("main").hasSize(1);
    assertThat(browser.driver().findElements(By.id("case-form"))).as("forms").hasSize(1);
    assertThat(browser.driver().findElements(By.id("case-issues"))).as("summaries").hasSize(1);
    assertThat(browser.driver().executeScript("return window.formChecks.failed.join(' ')"))
        .as("failed checks")
        .isEqualTo("");
  }

  /** Waits for the problem the form shows beside {@code input}, and returns it. */
  WebElement waitForMessageBeside(WebElement input) {
    waitForChecks();
    String id = input.getDomAttribute("id") + "-error";
    WebElement message = browser.driver().findElement(By.id(id));
    assertThat(message.isDisplayed()).isTrue();
    WebElement holder =
        input.findElement(By.xpath("./ancestor::*[contains(@class, 'form-field')][1]"));
    assertThat(holder.findElements(By.id(id))).as("the message is beside its field").hasSize(1);
    return message;
  }

  /** Waits until the form shows no problem beside {@code input}. */
  void waitForNoMessageBeside(WebElement input) {
    waitForChecks();
    String id = input.getDomAttribute("id") + "-error";
    assertThat(browser.driver().findElements(By.id(id))).isEmpty();
  }

  /** Waits until the summary says there is nothing to correct. */
  void waitForNoProblems() {
    waitForChecks();
    assertThat(browser.driver().findElement(By.id("case-issues")).getText())
        .isEqualTo("No problems found in what has been entered.");
  }
}
