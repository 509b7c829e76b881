package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class HtmlReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final Assessment emergency = SampleAssessments.emergency();
  private final String html = HtmlReport.render(emergency);

  @Test
  void showsEachRedFlagWithWhyActionAndDemandedTests() {
    for (Triage.RaisedRedFlag flag : emergency.triage().redFlags()) {
      assertThat(html).contains(flag.name(), flag.action());
    }
    // the why of cauda equina is its triggers' sentences: each is listed with its own citation
    assertThat(html)
        .contains("New urinary retention suggests cauda equina compression.")
        .contains("Weakness getting worse over days.")
        .contains("Post-void residual bladder scan", "MRI of the lumbar spine");
  }

  @Test
  void raisedRedFlagMakesTheBannerAnEmergencyAlarm() throws Exception {
    Element banner = byClass(xml(html), "section", "triage");

    assertThat(banner.getAttribute("class")).contains("tier-emergency");
    assertThat(banner.getTextContent()).contains("RED FLAG", "EMERGENCY", "same day");
  }

  @Test
  void showsEachLikelyAndPossibleCauseWithItsEvidenceAndLikelihoodRatios() {
    assertThat(html)
        .contains("Recurrent or residual disc herniation", "72%", "pre-test 12%")
        .contains("Residual or recurrent spinal stenosis", "31%")
        .contains("Leg pain following a dermatome", "Straight leg raise positive", "1.23")
        .contains("Leg pain worse than back pain", "0.7")
        .contains("Concordant disc on imaging since surgery", "would tell: mri_gadolinium")
        .contains("Pre-test adjusted: Pain returning after a free interval.");
  }

  @Test
  void drawsOneBarPerShownCauseSizedByItsProbability() throws Exception {
    NodeList bars = xml(html).getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");

    assertThat(bars.getLength()).isEqualTo(2);
    Element first = (Element) bars.item(0);
    assertThat(first.getAttribute("aria-label")).contains("likely", "72%");
    Element bar = (Element) first.getElementsByTagNameNS("*", "rect").item(1);
    assertThat(bar.getAttribute("width")).isEqualTo("72.00");
  }

  @Test
  void collapsesUnlikelyCausesIntoAListWithoutTheirEvidence() {
    assertThat(html)
        .contains("Weighed and unlikely (3)")
        .contains("Arachnoiditis", "Hip osteoarthritis", "&lt;1%")
        .doesNotContain("Sign of Arachnoiditis");
  }

  @Test
  void showsEachWorkupTestWithItsReasons() {
    for (WorkupSuggestion w : emergency.workup()) {
      assertThat(html).contains(w.name(), w.why());
    }
    assertThat(html).contains("demanded by red flag cauda_equina_syndrome (emergency)");
  }

  @Test
  void showsContributorsIncidentalFindingsPlanStatusAndExpectations() {
    assertThat(html)
        .contains("Depression", "PHQ-9 of 21 is severe depression.")
        .contains("Disc protrusion at L2-L3", "Not at a level or side that matches the symptoms.")
        .contains("Treatment planning is not yet available in this version.")
        .contains("Most patients improve after revision.");
  }

  @Test
  void citationsListEverySourceCitedAnywhereInTheReferenceOrder() throws Exception {
    Element citations = byClass(xml(html), "section", "citations");
    List<String> keys = new ArrayList<>();
    NodeList headers = citations.getElementsByTagNameNS(XHTML, "th");
    for (int i = 0; i < headers.getLength(); i++) {
      Element th = (Element) headers.item(i);
      if (th.getAttribute("scope").equals("row")) {
        keys.add(th.getTextContent());
      }
    }

    // R120, R23 and R111b are cited only by unlikely causes, whose evidence is not shown
    assertThat(keys)
        .containsExactly(
            "R4", "R19", "R23", "R24", "R28", "R51", "R52", "R53", "R67", "R75", "R90", "R103",
            "R109", "R111b", "R120");
  }

  @Test
  void notVerifiedEvidenceIsSpelledOutWithEveryGradeOfTheSource() throws Exception {
    String citations = byClass(xml(html), "section", "citations").getTextContent();

    assertThat(citations)
        .contains("R4not verified")
        .contains("R103not verified, expert convention")
        .contains("R67partly verified, not verified")
        .contains("R75verified, expert convention");
    assertThat(html).contains("[R4 · not verified]").doesNotContain("NV]");
  }

  @Test
  void footerNamesTheKnowledgeBaseEngineDateAndDisclaimer() throws Exception {
    String footer = byClass(xml(html), "footer", "colophon").getTextContent();

    assertThat(footer)
        .contains("reassess-kb " + SampleAssessments.KB_VERSION)
        .contains(SampleAssessments.KB_HASH)
        .contains("engine 0.1.0-TEST")
        .contains("2026-01-13")
        .contains("decision support — not a diagnosis");
  }

  @Test
  void escapesMarkupInTheCaseId() throws Exception {
    String page = HtmlReport.render(SampleAssessments.emergency("<script>alert(1)</script>"));

    assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(xml(page).getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(xml(page).getElementsByTagNameNS(XHTML, "title").item(0).getTextContent())
        .contains("<script>alert(1)</script>");
  }

  @Test
  void escapesMarkupAndQuotesInKnowledgeBaseText() throws Exception {
    Assessment a = SampleAssessments.emergency();
    CauseResult first = a.differential().get(0);
    CauseResult hostile =
        new CauseResult(
            "x\" onmouseover=\"alert(1)",
            "Cause <b>bold</b> & \"quoted\"",
            first.likelihood(),
            first.probability(),
            first.priorProbability(),
            first.priorAdjustments(),
            first.supporting(),
            first.against(),
            first.missing(),
            first.source());
    String page = HtmlReport.render(withDifferential(a, List.of(hostile)));

    assertThat(page).doesNotContain("<b>bold</b>").doesNotContain("\" onmouseover=\"");
    assertThat(xml(page).getElementsByTagNameNS(XHTML, "b").getLength()).isZero();
    assertThat(page).contains("Cause &lt;b&gt;bold&lt;/b&gt; &amp;");
  }

  @Test
  void isWellFormedXhtmlForThePdfRenderer() throws Exception {
    Document doc = xml(html);

    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void controlCharactersInTheInputStillGiveWellFormedXml() throws Exception {
    Document doc = xml(HtmlReport.render(SampleAssessments.emergency("case\u0001\u0008\uD800x")));

    assertThat(doc.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent())
        .contains("case\uFFFD\uFFFD\uFFFDx");
  }

  @Test
  void isSelfContainedWithoutScriptsOrExternalResources() throws Exception {
    Document doc = xml(html);

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=");
    assertThat(doc.getElementsByTagNameNS(XHTML, "link").getLength()).isZero();
    NodeList anchors = doc.getElementsByTagNameNS(XHTML, "a");
    for (int i = 0; i < anchors.getLength(); i++) {
      assertThat(((Element) anchors.item(i)).getAttribute("href")).startsWith("#");
    }
    assertThat(doc.getElementsByTagNameNS(XHTML, "style").getLength()).isEqualTo(1);
  }

  @Test
  void withoutRedFlagsSaysSoAndNamesNoCauseLikely() {
    String page = HtmlReport.render(SampleAssessments.routine());

    assertThat(page)
        .contains("No red flag raised.", "tier-routine", "ROUTINE")
        .doesNotContain("RED FLAG")
        .contains("No cause reaches “possible” on what the case tells; see the work-up.")
        .contains("No further test would change the picture much.")
        .contains("No contributor identified from what the case records.");
  }

  @Test
  void missingCaseIdIsNamedAsSuch() {
    assertThat(HtmlReport.render(SampleAssessments.emergency(null))).contains("(no case id)");
  }

  @Test
  void sameAssessmentGivesTheSamePage() {
    assertThat(HtmlReport.render(SampleAssessments.emergency())).isEqualTo(html);
  }

  private static Assessment withDifferential(Assessment a, List<CauseResult> differential) {
    return new Assessment(
        a.format(),
        a.caseId(),
        a.assessmentDate(),
        a.disclaimer(),
        a.knowledgeBase(),
        a.engineVersion(),
        a.triage(),
        differential,
        a.contributors(),
        a.incidentalFindings(),
        a.workup(),
        a.plan(),
        a.expectations());
  }

  /** Parses the page as the PDF renderer does: as namespaced XML, nothing fetched. */
  static Document xml(String page) throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new InputSource(new StringReader(page)));
  }

  private static Element byClass(Document doc, String tag, String cssClass) {
    NodeList nodes = doc.getElementsByTagNameNS(XHTML, tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ", -1)).contains(cssClass)) {
        return e;
      }
    }
    throw new AssertionError("no <" + tag + " class=" + cssClass + ">");
  }
}
