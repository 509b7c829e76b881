package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class PatientLetterTest {

  private static final String WHAT_THIS_IS =
      "This is a summary to help you and your doctor talk. It is decision support — not a"
          + " diagnosis.";

  @Test
  void saysWhatItIsAndCarriesTheDisclaimerAndTheKnowledgeBaseVersion() {
    String letter = PatientLetter.renderHtml(SampleAssessments.routine());

    assertThat(letter)
        .contains(WHAT_THIS_IS)
        .contains("This letter is decision support — not a diagnosis.")
        .contains("knowledge base reassess-kb " + SampleAssessments.KB_VERSION);
  }

  @Test
  void aRaisedRedFlagGetsTheUrgentBoxWithItsPlainMeaningAndHowSoon() {
    String letter = PatientLetter.renderHtml(SampleAssessments.emergency());

    assertThat(letter)
        .contains("class=\"urgent\"", "role=\"alert\"")
        .contains(PlainWords.TIERS.get("emergency"))
        .contains(PlainWords.RED_FLAGS.get("cauda_equina_syndrome"));
  }

  @Test
  void routineCareHasNoUrgentBoxButAlwaysSaysWhenToGetHelpRightAway() {
    String letter = PatientLetter.renderHtml(SampleAssessments.routine());

    assertThat(letter).doesNotContain("class=\"urgent\"").doesNotContain("role=\"alert\"");
    assertThat(letter)
        .contains("When to get help right away")
        .contains("Numbness between your legs or around your bottom.")
        .contains("A fever with back pain.");
  }

  @Test
  void namesCausesInPlainWordsNotTheKnowledgeBaseNames() {
    String letter = PatientLetter.renderHtml(SampleAssessments.emergency());

    assertThat(letter).doesNotContain("Cauda equina syndrome");
  }

  @Test
  void escapesMarkupInTheCaseId() throws Exception {
    String letter =
        PatientLetter.renderHtml(SampleAssessments.emergency("<script>alert(1)</script>"));

    assertThat(letter).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(xml(letter).getElementsByTagNameNS("*", "script").getLength()).isZero();
  }

  @Test
  void pdfHasTheLetterAsExtractableTextAndTheRendererHasNoComplaint() throws IOException {
    PdfReport.Rendering rendering =
        PatientLetter.renderPdfWithDiagnostics(SampleAssessments.emergency());

    try (PDDocument pdf = Loader.loadPDF(rendering.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Your back pain: a summary")
          .contains("decision support — not a diagnosis")
          .contains("When to get help right away");
    }
    assertThat(rendering.problems())
        .allSatisfy(message -> assertThat(message).contains("print-color-adjust"));
  }

  @Test
  void theSameAssessmentGivesTheSamePdf() {
    assertThat(PatientLetter.renderPdf(SampleAssessments.emergency()))
        .isEqualTo(PatientLetter.renderPdf(SampleAssessments.emergency()));
  }

  @Test
  void firstSentenceStopsAtTheFirstFullStopBeforeACapital() {
    assertThat(LetterModel.firstSentence("Good in 8 of 10. Worse after 2.5 years."))
        .isEqualTo("Good in 8 of 10.");
    assertThat(LetterModel.firstSentence("One sentence only.")).isEqualTo("One sentence only.");
  }

  /** The plain words cover every id of the shipped knowledge base: none falls back to jargon. */
  @ParameterizedTest
  @ValueSource(strings = {"causes", "red-flags", "tests", "options"})
  void plainWordsHaveAnEntryForEveryIdOfTheShippedKnowledgeBase(String folder) throws IOException {
    Map<String, String> words =
        switch (folder) {
          case "causes" -> PlainWords.CAUSES;
          case "red-flags" -> PlainWords.RED_FLAGS;
          case "tests" -> PlainWords.TESTS;
          default -> PlainWords.OPTIONS;
        };
    Path kb = Path.of("..", "knowledge", "src", "main", "resources", "kb", folder);
    try (Stream<Path> files = Files.list(kb)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(n -> n.endsWith(".yaml"))
                  .map(n -> n.substring(0, n.length() - ".yaml".length())))
          .isNotEmpty()
          .allSatisfy(id -> assertThat(words).containsKey(id));
    }
  }

  private static Document xml(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }
}
