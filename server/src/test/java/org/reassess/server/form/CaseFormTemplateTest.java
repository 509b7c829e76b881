package org.reassess.server.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.ValidationIssue;

class CaseFormTemplateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  static List<Path> validCases() {
    return Fixtures.validCases();
  }

  static List<Path> invalidCases() {
    return Fixtures.invalidCases();
  }

  @Test
  void everyInputHasALabel() {
    Document page = Jsoup.parse(Fixtures.renderForm(FormView.blank(TODAY)));

    for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
      assertThat(page.select("label[for=" + input.id() + "]"))
          .as("label for %s", input.attr("name"))
          .isNotEmpty();
    }
    for (Element group : page.select("fieldset")) {
      assertThat(group.children().first()).as("fieldset %s", group.id()).isNotNull();
      assertThat(group.child(0).tagName()).as("fieldset %s", group.id()).isEqualTo("legend");
    }
  }

  @Test
  void idsAreUnique() {
    Document page = Jsoup.parse(Fixtures.renderForm(FormView.blank(TODAY)));
    Set<String> seen = new HashSet<>();

    for (Element e : page.select("[id]")) {
      assertThat(seen.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
  }

  @Test
  void hasNoInlineScriptStyleOrHandlers() {
    Document page =
        Jsoup.parse(
            Fixtures.renderForm(
                FormView.of(exampleValues("recurrent-disc-herniation"), List.of())));

    assertThat(page.select("script, style, [style]")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("on %s", e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
      }
    }
  }

  @Test
  void typedTextComesBackInert() {
    String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("caseId", List.of(attack));
    values.put("symptoms.weakness.description", List.of(attack));
    values.put("symptoms.bladder", List.of(attack));
    values.put("extensions", List.of("</textarea>" + attack));
    List<FieldIssue> issues = List.of(new FieldIssue("caseId", attack, attack));

    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, issues)));

    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.getElementById("f-caseId").val()).isEqualTo(attack);
    assertThat(page.getElementById("f-extensions").val()).isEqualTo("</textarea>" + attack);
    assertThat(page.select("#f-symptoms-bladder option[selected]").val()).isEqualTo(attack);
    assertThat(page.getElementById("f-caseId-error").text()).isEqualTo(attack);
  }

  @Test
  void issuesAreShownNextToTheirFieldAndLinkedFromTheSummary() {
    Map<String, List<String>> values =
        CaseFormTest.form("patient.age", "150", "patient.smoker", "");
    CaseForm.Checked checked = CaseForm.check(values, TODAY);

    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, checked.issues())));

    Element age = page.getElementById("f-patient-age");
    assertThat(age.attr("aria-invalid")).isEqualTo("true");
    assertThat(age.attr("aria-describedby")).contains("f-patient-age-error");
    assertThat(page.getElementById("f-patient-age-error").text())
        .isEqualTo("150 is outside 18–110");
    assertThat(page.select("#case-issues a[href=#f-patient-age]")).hasSize(1);
    assertThat(page.select("#case-issues a[href=#f-surgeries]").text())
        .isEqualTo("Lumbar operations (the latest is the index surgery)");
  }

  @Test
  void theFormPostsToValidateOnChangeAndCarriesTheToken() {
    Document page = Jsoup.parse(Fixtures.renderForm(FormView.blank(TODAY)));
    Element form = page.getElementById("case-form");
    Element check = form.selectFirst("[hx-post]");

    // not on the form itself: htmx would post the check to the last button's formaction
    assertThat(form.hasAttr("hx-post")).isFalse();
    assertThat(check).isNotNull();
    assertThat(check.attr("hx-post")).isEqualTo("/patients/1/case/validate");
    assertThat(check.attr("hx-trigger")).startsWith("change");
    assertThat(check.attr("hx-target")).isEqualTo("#case-issues");
    assertThat(check.select("#case-issues, fieldset")).isNotEmpty();
    assertThat(form.attr("action")).isEqualTo("/patients/1/case");
    assertThat(page.select("input[name=_csrf]").val()).isEqualTo("token-123");
    assertThat(page.select("button[formaction=/patients/1/case/draft]")).isNotEmpty();
  }

  @Test
  void unknownIsAnExplicitChoiceAndCheckedWhenNothingIsKnown() {
    Document page = Jsoup.parse(Fixtures.renderForm(FormView.blank(TODAY)));

    assertThat(page.select("input[name=patient.smoker][value=unknown]").hasAttr("checked"))
        .isTrue();
    assertThat(page.select("input[name=patient.smoker][checked]")).hasSize(1);
    assertThat(page.select("#f-patient-sex option").first().text())
        .isEqualTo("unknown / not assessed");
    assertThat(page.select("#f-patient-sex option").first().val()).isEmpty();
  }

  @Test
  void addAnotherPostsBackWithOneMoreBlankRow() {
    Map<String, List<String>> values = CaseFormTest.form("surgeries[0].procedure", "laminectomy");
    values.put(FormView.ADD_ROW, List.of("surgeries"));

    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, List.of())));

    assertThat(page.select("#f-surgeries > .form-row")).hasSize(2);
    assertThat(page.getElementById("f-surgeries-1-procedure")).isNotNull();
    assertThat(page.select("button[name=_add][value=surgeries]")).hasSize(1);
  }

  @Test
  void theBodyMapRegionsToggleCheckboxesThatExist() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("symptoms.dermatomes", List.of("L5"));
    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, List.of())));

    Set<String> toggled = new HashSet<>();
    for (Element region : page.select("svg [data-toggle]")) {
      Element box = page.getElementById(region.attr("data-toggle"));
      assertThat(box).as(region.attr("data-toggle")).isNotNull();
      assertThat(box.attr("type")).isEqualTo("checkbox");
      toggled.add(box.val());
    }
    assertThat(toggled).contains("L1", "L2", "L3", "L4", "L5", "S1", "S2", "buttock", "calf");
    assertThat(page.select("svg").attr("aria-hidden")).isEqualTo("true");
    assertThat(page.select("path.is-on[data-toggle=f-symptoms-dermatomes--L5]")).hasSize(1);
    assertThat(page.select("path.is-on")).hasSize(1);
  }

  @Test
  void findingAttributesOfAnotherTypeAreHiddenUnlessTheyHoldAValue() {
    Map<String, List<String>> values =
        CaseFormTest.form(
            "imaging[0].findings[0].type", "stenosis",
            "imaging[0].findings[0].zone", "central");

    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, List.of())));

    assertThat(page.getElementById("f-imaging-0-findings-0-severity").parent().hasAttr("hidden"))
        .isFalse();
    assertThat(page.getElementById("f-imaging-0-findings-0-zone").parent().hasAttr("hidden"))
        .isFalse();
    assertThat(page.getElementById("f-imaging-0-findings-0-modicType").parent().hasAttr("hidden"))
        .isTrue();
    assertThat(
            page.getElementById("f-imaging-0-findings-0-modicType")
                .parent()
                .attr("data-finding-types"))
        .isEqualTo("modic_change");
  }

  @Test
  void aYesNoLeftAtUnknownHoldsNothing() {
    // what a browser posts for questions left as they were: each yes/no's "unknown" radio
    Map<String, List<String>> values =
        CaseFormTest.form(
            "psychosocial.litigation", "unknown",
            "imaging[0].findings[0].type", "disc_herniation",
            "imaging[0].findings[0].withStenosis", "unknown");

    Document page = Jsoup.parse(Fixtures.renderForm(FormView.of(values, List.of())));

    assertThat(page.getElementById("sec-psychosocial").hasAttr("open"))
        .as("a folded section holding nothing stays folded")
        .isFalse();
    assertThat(page.getElementById("f-imaging-0-findings-0-withStenosis").hasAttr("hidden"))
        .as("an attribute of another finding type, unanswered")
        .isTrue();
    assertThat(page.select("input[name=psychosocial.litigation][value=unknown]").hasAttr("checked"))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("validCases")
  void whatTheRenderedFormPostsIsTheCaseItShows(Path file) {
    JsonNode original = Fixtures.read(file);
    FormView view = FormView.of(CaseForm.toForm(original).values(), List.of());
    Document page = Jsoup.parse(Fixtures.renderForm(view));

    Map<String, List<String>> posted = new LinkedHashMap<>();
    for (Connection.KeyVal kv : ((FormElement) page.getElementById("case-form")).formData()) {
      posted.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
    }
    ObjectNode back = CaseForm.toCase(posted, TODAY).json();

    // a browser posts checkboxes and grid cells in page order: compare lists as sets
    assertThat(sorted(back)).isEqualTo(sorted(original));
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void everyIssueOfAnInvalidCaseLandsOnSomethingTheFormShows(Path file) {
    List<ValidationIssue> issues = CaseReader.strict().validate(Fixtures.bytes(file));
    assertThat(issues).isNotEmpty();
    JsonNode json;
    try {
      json = Fixtures.JSON.readTree(Fixtures.bytes(file));
    } catch (java.io.IOException e) {
      json = null; // malformed JSON: only the case as a whole can be blamed
    }
    List<FieldIssue> placed =
        issues.stream().map(i -> CaseForm.place(i, CaseForm.RowMap.IDENTITY)).toList();
    if (json == null || !json.isObject()) {
      assertThat(placed).allSatisfy(i -> assertThat(i.field()).isEmpty());
      return;
    }
    Document page =
        Jsoup.parse(Fixtures.renderForm(FormView.of(CaseForm.toForm(json).values(), placed)));

    for (FieldIssue issue : placed) {
      assertThat(issue.label()).isNotBlank();
      if (!issue.field().isEmpty()) {
        assertThat(page.getElementById(issue.targetId()))
            .as("%s → %s", issue.field(), issue.targetId())
            .isNotNull();
        assertThat(page.select("#case-issues a[href=#" + issue.targetId() + "]")).isNotEmpty();
      }
    }
  }

  @Test
  void theIssuesFragmentRendersAlone() {
    String html =
        Fixtures.render(
            "form/issues.jte",
            Map.of("issues", List.of(new FieldIssue("", "Case", "required field is missing"))));
    Document fragment = Jsoup.parseBodyFragment(html);

    assertThat(fragment.select("#case-issues li").text())
        .isEqualTo("Case: required field is missing");
  }

  private static Map<String, List<String>> exampleValues(String name) {
    return CaseForm.toForm(Fixtures.read(Path.of("..", "examples", name + ".json"))).values();
  }

  /** The tree with keys and arrays in a canonical order, so that order does not count. */
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Fixtures.JSON.createObjectNode();
      new java.util.TreeMap<String, JsonNode>(
              node.propertyStream()
                  .collect(
                      java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
          .forEach((k, v) -> out.set(k, sorted(v)));
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(n -> items.add(sorted(n)));
      items.sort(Comparator.comparing(JsonNode::toString));
      ArrayNode out = Fixtures.JSON.createArrayNode();
      items.forEach(out::add);
      return out;
    }
    return node;
  }
}
